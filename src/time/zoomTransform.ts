/**
 * A zoom transform: a scale factor `k` and a translation, as d3-zoom's `ZoomTransform` (its src/transform.js),
 * with the same arithmetic. The first view draws and moves the chart with this one; d3-zoom, which handles the
 * reader's wheel, drag and pinch, loads only when the reader shows an intent to use them (useZoom.ts), and its
 * transforms are turned into these where they meet.
 */
import { createLinearScale } from './createLinearScale.ts';
import type { LinearScale } from './createLinearScale.ts';

/** A scale factor and a translation, px: a point `p` of the base scale is drawn at `p * k + x`. */
export class ZoomTransform {
  /** The scale factor: 1 shows the whole story, 2 half of it. */
  readonly k: number;
  /** The horizontal translation, px. */
  readonly x: number;
  /** The vertical translation, px: the chart ignores it, and d3-zoom keeps it for its own gestures. */
  readonly y: number;

  constructor(k: number, x: number, y: number) {
    this.k = k;
    this.x = x;
    this.y = y;
  }

  /** This transform, scaled by `k` about the origin. */
  scale(k: number): ZoomTransform {
    return k === 1 ? this : new ZoomTransform(this.k * k, this.x, this.y);
  }

  /** This transform, translated by `[x, y]` in base-scale px (so by `k` times as many on screen). */
  translate(x: number, y: number): ZoomTransform {
    return x === 0 && y === 0 ? this : new ZoomTransform(this.k, this.x + this.k * x, this.y + this.k * y);
  }

  /** Where a base-scale position is drawn, px. */
  applyX(x: number): number {
    return x * this.k + this.x;
  }

  /** The base-scale position drawn at `x`, px. */
  invertX(x: number): number {
    return (x - this.x) / this.k;
  }

  /** The base-scale height drawn at `y`, px. */
  invertY(y: number): number {
    return (y - this.y) / this.k;
  }

  /** The visible scale: the base scale with its domain narrowed to what this transform shows across its range. */
  rescaleX(xBase: LinearScale): LinearScale {
    const range = xBase.range();
    return createLinearScale([xBase.invert(this.invertX(range[0])), xBase.invert(this.invertX(range[1]))], range);
  }
}

/** The transform that shows the whole story: no zoom, no pan. */
export const zoomIdentity = new ZoomTransform(1, 0, 0);

/** A rectangle, px: its top-left and bottom-right corners, as d3-zoom takes an extent. */
export type ZoomExtent = readonly [readonly [number, number], readonly [number, number]];

/**
 * The transform moved by as little as keeps the extent on screen covered by the story (d3-zoom's default
 * `constrain`, with the translate extent the same as the extent): the story is never panned out of the plot.
 */
export function constrainTransform(transform: ZoomTransform, extent: ZoomExtent): ZoomTransform {
  const [[x0, y0], [x1, y1]] = extent;
  const dx0 = transform.invertX(x0) - x0;
  const dx1 = transform.invertX(x1) - x1;
  const dy0 = transform.invertY(y0) - y0;
  const dy1 = transform.invertY(y1) - y1;
  return transform.translate(
    dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1),
    dy1 > dy0 ? (dy0 + dy1) / 2 : Math.min(0, dy0) || Math.max(0, dy1),
  );
}
