import { createLinearScale } from './createLinearScale.ts';
import type { LinearScale } from './createLinearScale.ts';
import type { StoryExtent } from './placeEvents.ts';
import { zoomIdentity } from './zoomTransform.ts';
import type { ZoomTransform } from './zoomTransform.ts';

/** Chronological: spaced by the clock. Sequence: story steps, evenly spaced in an order the report allows. */
export type ScaleMode = 'chronological' | 'sequence';

/** The narrowest window a reader can zoom to on the chronological scale: a few minutes. */
export const MIN_WINDOW_MS = 10 * 60_000;
/** The fewest story steps a window can show. */
export const MIN_SEQUENCE_WINDOW = 2;
/** Room left around the story on the chronological scale, as a share of its span. */
const STORY_PADDING = 0.04;

/**
 * The domain the whole story occupies for a scale mode: epoch ms, or story steps, each a unit wide with its
 * marks at its left edge and their labels in the room to its right.
 */
export function getStoryDomain(mode: ScaleMode, extent: StoryExtent, stepCount: number): [number, number] {
  if (mode === 'sequence') return [0, Math.max(stepCount, 1)];
  const padding = Math.max((extent.end - extent.start) * STORY_PADDING, MIN_WINDOW_MS);
  return [extent.start - padding, extent.end + padding];
}

/** The unzoomed scale: the whole story across `[left, right]` px. `x = transform.rescaleX(xBase)` is derived. */
export function createBaseScale(domain: [number, number], left: number, right: number): LinearScale {
  return createLinearScale(domain, [left, right]);
}

/** How far in a reader may zoom, as a scale factor over the whole story. */
export function getMaxZoom(mode: ScaleMode, domain: [number, number]): number {
  const span = domain[1] - domain[0];
  return Math.max(1, span / (mode === 'sequence' ? MIN_SEQUENCE_WINDOW : MIN_WINDOW_MS));
}

/** The zoom transform that shows the window `[from, to]` (domain units) across the base scale's range. */
export function getTransformForWindow(xBase: LinearScale, from: number, to: number): ZoomTransform {
  const [r0, r1] = xBase.range();
  const x0 = xBase(from);
  const x1 = xBase(to);
  const k = (r1 - r0) / Math.max(x1 - x0, Number.EPSILON);
  return zoomIdentity.translate(r0 - k * x0, 0).scale(k);
}

/** The window a transform shows, in domain units. */
export function getWindowOfTransform(xBase: LinearScale, transform: ZoomTransform): [number, number] {
  return transform.rescaleX(xBase).domain();
}
