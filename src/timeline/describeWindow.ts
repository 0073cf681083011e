import type { ZoneName } from '../data/schema.ts';
import type { ScaleMode } from '../time/createBaseScale.ts';
import { formatClock, formatDay } from '../time/formatClock.ts';
import { formatZoneLabel } from '../time/zones.ts';

/**
 * What the chart's live region says of the window on screen: the steps shown in story steps ("Showing steps 3 to 5
 * of 6 in the story"), the clock times on the clock scale, and how many events are in view.
 */
export function describeWindow({
  mode,
  window: [from, to],
  shown,
  total,
  stepCount,
  zone,
}: {
  mode: ScaleMode;
  /** The window's ends on the base scale: steps, or epoch ms. */
  window: readonly [number, number];
  /** How many events have a mark in view. */
  shown: number;
  total: number;
  stepCount: number;
  zone: ZoneName;
}): string {
  const count = `${shown} of ${total} events shown`;
  if (mode === 'sequence') {
    const first = Math.min(stepCount, Math.max(1, Math.round(from) + 1));
    const last = Math.max(first, Math.min(stepCount, Math.round(to)));
    const steps = first === last ? `step ${first}` : `steps ${first} to ${last}`;
    return `Showing ${steps} of ${stepCount} in the story: ${count}.`;
  }
  const start = new Date(from);
  const end = new Date(to);
  return `Showing ${formatClock(start, zone)}, ${formatDay(start, zone, false)} to ${formatClock(end, zone)}, ${formatDay(end, zone, false)}, ${formatZoneLabel(zone, start)}: ${count}.`;
}
