// @vitest-environment node
import { describe, expect, test, vi } from 'vitest';
import { memoizeByIdentity } from './memoizeByIdentity.ts';

describe('memoizeByIdentity', () => {
  test('works a result out once per input object, and again for another object with the same contents', () => {
    const compute = vi.fn((xs: readonly number[]) => xs.reduce((a, b) => a + b, 0));
    const sum = memoizeByIdentity(compute);
    const xs = [1, 2, 3];
    expect(sum(xs)).toBe(6);
    expect(sum(xs)).toBe(6);
    expect(compute).toHaveBeenCalledTimes(1);
    expect(sum([1, 2, 3])).toBe(6);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  test('keeps a result that is undefined instead of working it out again', () => {
    const compute = vi.fn((_: object) => undefined);
    const none = memoizeByIdentity(compute);
    const input = {};
    none(input);
    none(input);
    expect(compute).toHaveBeenCalledTimes(1);
  });
});
