// @vitest-environment node
import { scaleLinear } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createLinearScale } from './createLinearScale.ts';

/** Finite numbers from story steps to epoch ms, the sizes the chart's scales see. */
const finite = fc.double({ min: -2e12, max: 2e12, noNaN: true, noDefaultInfinity: true });
const pair = fc.tuple(finite, finite);

describe('the linear scale', () => {
  test('maps and inverts exactly as d3-scale’s scaleLinear does, to the bit, either way round', () => {
    fc.assert(
      fc.property(pair, pair, finite, (domain, range, value) => {
        const d3 = scaleLinear().domain(domain).range(range);
        const ours = createLinearScale(domain, range);
        expect(Object.is(ours(value), d3(value))).toBe(true);
        expect(Object.is(ours.invert(value), d3.invert(value))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test('gives its domain and range back', () => {
    const x = createLinearScale([0, 4], [16, 784]);
    expect(x.domain()).toEqual([0, 4]);
    expect(x.range()).toEqual([16, 784]);
    expect(x(1)).toBe(208);
    expect(x.invert(208)).toBe(1);
  });

  test('a domain of no length maps everything to the middle of the range, as d3’s does', () => {
    expect(createLinearScale([5, 5], [0, 100])(7)).toBe(50);
  });
});
