import { scaleLinear } from 'd3-scale';
import type { ZoneName } from '../data/schema.ts';
import type { ScaleMode } from '../time/createBaseScale.ts';
import { getZonedTicks } from '../time/getZonedTicks.ts';
import type { Placement } from '../time/placeEvents.ts';
import type { AxisTick } from './TimeAxis.tsx';

/** Roughly how far apart axis ticks are, px. */
export const TICK_SPACING_PX = 90;

/**
 * The axis's ticks for the visible window `[w0, w1]` (epoch ms on the chronological scale, event positions in
 * story order) drawn across `range` (px): round hours and day starts in `zone`, or every nth event's number.
 */
export function getAxisTicks(
  mode: ScaleMode,
  [w0, w1]: readonly [number, number],
  range: readonly [number, number],
  zone: ZoneName,
  placements: readonly Placement[],
): AxisTick[] {
  const [r0, r1] = range;
  const x = scaleLinear().domain([w0, w1]).range([r0, r1]);
  const count = Math.max(2, Math.floor((r1 - r0) / TICK_SPACING_PX));
  if (mode === 'sequence') {
    const first = Math.max(0, Math.ceil(w0));
    const last = Math.min(placements.length - 1, Math.floor(w1));
    const step = Math.max(1, Math.ceil((last - first + 1) / count));
    const result: AxisTick[] = [];
    for (let i = first; i <= last; i += step) {
      result.push({ x: x(i), label: String(i + 1), isMajor: placements[i]?.kind === 'exact' });
    }
    return result;
  }
  return getZonedTicks(w0, w1, zone, count).map((tick) => ({
    x: x(tick.at),
    label: tick.label,
    isMajor: tick.isDayStart,
  }));
}
