// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { fitText } from './fitText.ts';

/** Every character 1 px per px of size wide: "abc" at 10 px is 30 px. */
const measure = (s: string, size: number) => Array.from(s).length * size;

describe('fitText', () => {
  test('keeps text that fits on one line at the largest size', () => {
    expect(fitText('one two three', { maxWidth: 200, maxLines: 2, maxSize: 10, minSize: 6, measure })).toEqual({
      lines: ['one two three'],
      size: 10,
      isCut: false,
    });
  });

  test('wraps between words at the largest size before it shrinks', () => {
    const fitted = fitText('one two three four', { maxWidth: 100, maxLines: 2, maxSize: 10, minSize: 6, measure });
    expect(fitted).toEqual({ lines: ['one two', 'three four'], size: 10, isCut: false });
  });

  test('shrinks rather than cut when the lines allowed cannot hold the text at the largest size', () => {
    const fitted = fitText('one two three four five six', {
      maxWidth: 100,
      maxLines: 2,
      maxSize: 10,
      minSize: 6,
      measure,
    });
    expect(fitted.isCut).toBe(false);
    expect(fitted.size).toBeLessThan(10);
    expect(fitted.lines.join(' ')).toBe('one two three four five six');
  });

  test('shrinks a little to save a line', () => {
    const fitted = fitText('one two three', { maxWidth: 120, maxLines: 2, maxSize: 10, minSize: 6, measure });
    expect(fitted).toEqual({ lines: ['one two three'], size: 9, isCut: false });
  });

  test('balances the lines so the last is not a lone word', () => {
    const fitted = fitText('aaaa bbbb cccc dd', { maxWidth: 150, maxLines: 2, maxSize: 10, minSize: 10, measure });
    expect(fitted.lines).toEqual(['aaaa bbbb', 'cccc dd']);
  });

  test('cuts after a whole word with "…" only when it cannot fit at the smallest size', () => {
    const fitted = fitText('one two three four five six', {
      maxWidth: 90,
      maxLines: 2,
      maxSize: 10,
      minSize: 10,
      measure,
    });
    expect(fitted).toEqual({ lines: ['one two', 'three…'], size: 10, isCut: true });
  });

  test('cuts a word longer than a line between letters', () => {
    expect(fitText('extraordinarily', { maxWidth: 60, maxLines: 1, maxSize: 10, minSize: 10, measure }).lines).toEqual([
      'extra…',
    ]);
  });

  test('never gives a line wider than the box', () => {
    const text = 'a quite long sentence with supercalifragilisticexpialidocious words in it and more';
    for (const maxWidth of [40, 70, 130, 250]) {
      for (const maxLines of [1, 2, 3]) {
        const fitted = fitText(text, { maxWidth, maxLines, maxSize: 10, minSize: 8, measure });
        expect(fitted.lines.length).toBeLessThanOrEqual(maxLines);
        for (const line of fitted.lines) expect(measure(line, fitted.size)).toBeLessThanOrEqual(maxWidth);
      }
    }
  });
});
