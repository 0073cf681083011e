import type { Timeline } from '../../src/data/schema.ts';

/** One event as the floor draws it. */
export interface FloorPoint {
  id: string;
  /** When it is drawn, ms since the epoch: its time, or for an order-only event the last time before it. */
  at: number;
  /** Its lane: the index of its category in the timeline's list. */
  lane: number;
}

/** Every event of `timeline` in reading order, each with one instant and one lane. */
export function getFloorPoints(timeline: Timeline): FloorPoint[] {
  const lanes = new Map(timeline.categories.map((c, i) => [c.id as string, i]));
  let last = Number.NaN;
  return timeline.events.map((event) => {
    const { time } = event;
    if (time.kind === 'exact' || time.kind === 'approximate') last = Date.parse(time.at);
    else if (time.kind === 'interval') last = Date.parse(time.best ?? time.earliest);
    else if (Number.isNaN(last) && time.notBefore !== undefined) last = Date.parse(time.notBefore);
    return { id: event.id, at: last, lane: lanes.get(event.category) ?? 0 };
  });
}
