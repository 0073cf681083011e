import { describe, expect, test } from 'vitest';
import { followTitle, proposeId, slugify } from './slugify.ts';

const NONE: ReadonlySet<string> = new Set();

describe('ids from titles', () => {
  test('a slug drops accents and punctuation, and is cut at a word to fit 64 characters', () => {
    expect(slugify('Gunmen enter the café!')).toBe('gunmen-enter-the-cafe');
    expect(slugify('  ')).toBe('record');
    const long = slugify('word '.repeat(30));
    expect(long.length).toBeLessThanOrEqual(64);
    expect(long.endsWith('-')).toBe(false);
  });

  test('a proposed id is numbered past the ids already taken', () => {
    expect(proposeId('The raid', new Set(['the-raid', 'the-raid-2']))).toBe('the-raid-3');
  });

  test('a new record’s id follows its title, and keeps the numbering the other ids ask for', () => {
    const options = { taken: new Set(['raid']), published: NONE, fallback: 'event' };
    expect(followTitle('gunmen-enter', 'Gunmen enter', 'Gunmen storm', options)).toBe('gunmen-storm');
    expect(followTitle('gunmen-enter', 'Gunmen enter', 'Raid', options)).toBe('raid-2');
    expect(followTitle('event', '', 'Police arrive', options)).toBe('police-arrive');
  });

  test('an id a published timeline had, or one the author wrote, stays when the title changes', () => {
    const published = new Set(['gunmen-enter']);
    expect(
      followTitle('gunmen-enter', 'Gunmen enter', 'Gunmen storm', { taken: NONE, published, fallback: 'event' }),
    ).toBe(undefined);
    expect(
      followTitle('my-own-id', 'Gunmen enter', 'Gunmen storm', { taken: NONE, published: NONE, fallback: 'event' }),
    ).toBe(undefined);
  });
});
