// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { formatEventCount } from './formatEventCount.ts';

describe('formatEventCount', () => {
  test('says one event in the singular', () => {
    expect(formatEventCount(1)).toBe('1 event');
  });

  test('groups thousands as en-GB does', () => {
    for (const count of [0, 2, 999, 1000, 10_000, 123_456, 1_234_567]) {
      expect(formatEventCount(count)).toBe(`${count.toLocaleString('en-GB')} events`);
    }
  });
});
