/**
 * A linear scale, as d3-scale's `scaleLinear` maps and inverts (the same arithmetic, so the same numbers to the
 * bit), without the rest of it: `scaleLinear` brings d3-format into the first view for its `tickFormat` and
 * d3-interpolate with d3-color for its interpolators, none of which the chart uses. Ticks come from d3-time and
 * d3-array.
 */

/** A linear map from a domain to a range, and back. */
export interface LinearScale {
  /** Where a domain value lands in the range: px for the chart's scales. */
  (value: number): number;
  /** The domain's two ends, a new array each call. */
  domain: () => [number, number];
  /** The range's two ends, a new array each call. */
  range: () => [number, number];
  /** The domain value that lands on a position of the range. */
  invert: (position: number) => number;
}

/**
 * d3-scale's `bimap` over d3-interpolate's `interpolateNumber`: the share of the way along `[from0, from1]`, then
 * that share of the way along `[to0, to1]`, worked from the smaller end of `from` as d3 does.
 */
function mapLinear([from0, from1]: readonly [number, number], [to0, to1]: readonly [number, number]) {
  const [a, span, start, end] = from1 < from0 ? [from1, from0 - from1, to1, to0] : [from0, from1 - from0, to0, to1];
  return (value: number): number => {
    // A domain of no length maps everything to the middle of the range, as d3's does.
    const t = span === 0 ? 0.5 : (value - a) / span;
    return start * (1 - t) + end * t;
  };
}

/** The linear scale from `domain` to `range`. */
export function createLinearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const forward = mapLinear([d0, d1], [r0, r1]);
  const backward = mapLinear([r0, r1], [d0, d1]);
  const scale = (value: number) => forward(value);
  scale.domain = (): [number, number] => [d0, d1];
  scale.range = (): [number, number] => [r0, r1];
  scale.invert = (position: number) => backward(position);
  return scale;
}
