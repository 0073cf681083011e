// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { measureLabel, wrapLabel } from './measureLabel.ts';

/** A label set on one line, cut to fit `width` px where it must be. */
function fitLabel(text: string, width: number): string {
  return wrapLabel(text, width, 1).lines[0] ?? '';
}

describe('wrapLabel on one line', () => {
  test('leaves a label that fits alone', () => {
    expect(fitLabel('Troops raid the building', 500)).toBe('Troops raid the building');
  });

  test('cuts between words, so each word shown is a word of the accessible name', () => {
    const title = 'Gunmen burst into the Holey Artisan Bakery';
    const label = fitLabel(title, 200);
    expect(label.endsWith('…')).toBe(true);
    expect(measureLabel(label)).toBeLessThanOrEqual(200);
    const words = label.slice(0, -1).split(' ');
    for (const word of words) expect(title.split(' ')).toContain(word);
  });

  test('drops trailing punctuation before the ellipsis', () => {
    const label = fitLabel('Police will not confirm the attackers’ figures; two officers dead', 280);
    expect(label).not.toMatch(/[;,:]…$/);
  });
});

describe('measureLabel', () => {
  test('adds up its characters, so a longer label is never narrower', () => {
    expect(measureLabel('Troops')).toBeLessThan(measureLabel('Troops raid'));
    expect(measureLabel('')).toBe(0);
  });

  test('a cut label keeps whole characters, surrogate pairs included', () => {
    const label = fitLabel('🇧🇩 '.repeat(40), 100);
    expect(label.endsWith('…')).toBe(true);
    expect(label).not.toMatch(/[\uD800-\uDBFF]…$/);
  });
});

describe('wrapLabel on several lines', () => {
  test('breaks between words, evens out the last two lines and reports the widest line', () => {
    // Without a canvas every character is 7 px: 14 characters to a 100 px line.
    const { lines, width } = wrapLabel('aaaa bbbb cccc dddd e', 100, 4);
    expect(lines).toEqual(['aaaa bbbb', 'cccc dddd e']);
    expect(width).toBe(Math.max(...lines.map((line) => measureLabel(line))));
  });

  test('cuts with an ellipsis only a title too long for its lines', () => {
    expect(wrapLabel('aaaa bbbb cccc dddd', 100, 2).lines).toEqual(['aaaa bbbb', 'cccc dddd']);
    expect(wrapLabel('aaaa bbbb cccc dddd eeee ffff', 70, 2).lines.at(-1)?.endsWith('…')).toBe(true);
  });
});
