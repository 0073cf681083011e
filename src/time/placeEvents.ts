import type { DeepReadonly } from '../data/deepFreeze.ts';
import type { EventId, TimelineEvent } from '../data/schema.ts';
import { assertNever } from '../data/assertNever.ts';
import { memoizeByIdentity } from '../data/memoizeByIdentity.ts';
import { getStorySteps } from './getStorySteps.ts';

/** How a mark is drawn, from what is known of its time. */
export type PlacementKind = 'exact' | 'approximate' | 'interval' | 'order';

/** Where one event sits in time, in epoch milliseconds, as far as the data allows. */
export interface Placement {
  /** The event placed. */
  id: EventId;
  /** How precisely its time is known, which decides how its mark is drawn. */
  kind: PlacementKind;
  /** Position in reading (time) order, from 0. */
  sequence: number;
  /** Its step in the story: the first after everything it is known to follow (see getStorySteps), from 0. */
  step: number;
  /** The point the mark and its label hang from: the stated or best time, else the earliest the event can be. */
  anchor: number;
  /** The earliest the event can have happened (or begun); `undefined` when nothing bounds it from below. */
  earliest: number | undefined;
  /** The latest the event can have happened (or ended); `undefined` when nothing bounds it from above. */
  latest: number | undefined;
  /** True for an interval the event lasted through (a siege), false for a moment somewhere inside it. */
  spans: boolean;
}

/** The whole story in time: from the earliest to the latest bound any event has, in epoch ms. */
export interface StoryExtent {
  /** The earliest bound of any event, epoch ms. */
  start: number;
  /** The latest bound of any event, epoch ms. */
  end: number;
}

/**
 * Places every event. Dated events take their own bounds; an order-only event
 * is bounded by its neighbours: no earlier than the earliest bound of what it
 * follows, no later than the latest bound of what it precedes. Events must come
 * in reading order (the loader checks it), so every `after` is already placed.
 */
export const placeEvents = memoizeByIdentity(
  // The page, its link context and the chart all ask for the same (frozen) events: place them once.
  (events: readonly DeepReadonly<TimelineEvent>[]): readonly Placement[] => placeAll(events),
);

function placeAll(events: readonly DeepReadonly<TimelineEvent>[]): Placement[] {
  // Plain loops over arrays indexed by reading order, and one id look-up shared with the story steps: at 10,000
  // events the intermediate arrays and a second map were a third of this function's time.
  const indexOf = new Map<EventId, number>();
  const placements: Placement[] = [];
  let firstKnown = Number.POSITIVE_INFINITY;
  events.forEach((event, sequence) => {
    const placement = placeOne(event, sequence, placements, indexOf);
    placements.push(placement);
    indexOf.set(event.id, sequence);
    if (Number.isFinite(placement.anchor) && placement.anchor < firstKnown) firstKnown = placement.anchor;
  });
  if (firstKnown === Number.POSITIVE_INFINITY) firstKnown = 0;
  // "before" bounds point forward in reading order, so resolve them in a second pass, last first.
  for (let i = events.length - 1; i >= 0; i -= 1) {
    const event = events[i];
    const placement = placements[i];
    if (event?.time.kind !== 'order' || placement === undefined) continue;
    let latest = Number.POSITIVE_INFINITY;
    for (const id of event.time.before) {
      const bound = placementOf(id, placements, indexOf)?.latest;
      if (isFiniteNumber(bound) && bound < latest) latest = bound;
    }
    if (latest !== Number.POSITIVE_INFINITY) placement.latest = latest;
    if (!Number.isFinite(placement.anchor)) placement.anchor = placement.latest ?? firstKnown;
  }
  const { steps } = getStorySteps(events, placements, indexOf);
  placements.forEach((placement, i) => {
    placement.step = steps[i] ?? 0;
  });
  return placements;
}

/** The placement of the event with this id, among those placed so far. */
function placementOf(id: EventId, placements: readonly Placement[], indexOf: ReadonlyMap<EventId, number>) {
  const i = indexOf.get(id);
  return i === undefined ? undefined : placements[i];
}

function isFiniteNumber(t: number | undefined): t is number {
  return t !== undefined && Number.isFinite(t);
}

function placeOne(
  event: DeepReadonly<TimelineEvent>,
  sequence: number,
  placed: readonly Placement[],
  indexOf: ReadonlyMap<EventId, number>,
): Placement {
  const { id, time } = event;
  switch (time.kind) {
    case 'exact': {
      const at = Date.parse(time.at);
      return { id, kind: 'exact', sequence, step: 0, anchor: at, earliest: at, latest: at, spans: false };
    }
    case 'approximate':
      return {
        id,
        kind: 'approximate',
        sequence,
        step: 0,
        anchor: Date.parse(time.at),
        earliest: Date.parse(time.earliest),
        latest: Date.parse(time.latest),
        spans: false,
      };
    case 'interval': {
      const earliest = Date.parse(time.earliest);
      return {
        id,
        kind: 'interval',
        sequence,
        step: 0,
        anchor: time.best === undefined ? earliest : Date.parse(time.best),
        earliest,
        latest: Date.parse(time.latest),
        spans: time.spans,
      };
    }
    case 'order': {
      let earliest = time.notBefore === undefined ? Number.NEGATIVE_INFINITY : Date.parse(time.notBefore);
      for (const after of time.after) {
        const before = placementOf(after, placed, indexOf);
        const bound = before?.earliest ?? before?.anchor;
        if (isFiniteNumber(bound) && bound > earliest) earliest = bound;
      }
      const known = Number.isFinite(earliest) ? earliest : undefined;
      // Anchored provisionally; a "before"-only event is re-anchored on its upper bound in the second pass.
      return {
        id,
        kind: 'order',
        sequence,
        step: 0,
        anchor: known ?? Number.NaN,
        earliest: known,
        latest: undefined,
        spans: false,
      };
    }
    default:
      return assertNever(time);
  }
}

/** How far past its last known instant the story runs when some event has no known end, as a share of its span. */
export const OPEN_END_SHARE = 0.25;
/** The least it runs past, in ms: an hour, so an open end shows even when the known span is short. */
export const MIN_OPEN_END_MS = 60 * 60 * 1000;

/**
 * The span of the story: from the earliest bound to the latest bound of any event. When some event's end is
 * unknown (an order-only event with nothing after it), the story runs on past the last known instant, so the
 * mark's open end shows as open instead of stopping at an instant nobody gave.
 */
export const getStoryExtent = memoizeByIdentity((placements: readonly Placement[]): StoryExtent => {
  // One pass with no arrays in between, once per set of placements (the page and its link context both ask).
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  let isOpenEnded = false;
  const widen = (t: number | undefined) => {
    if (!isFiniteNumber(t)) return;
    if (t < start) start = t;
    if (t > end) end = t;
  };
  for (const p of placements) {
    widen(p.earliest);
    widen(p.latest);
    widen(p.anchor);
    if (p.kind === 'order' && p.latest === undefined) isOpenEnded = true;
  }
  if (start > end) return { start: 0, end: 1 };
  return { start, end: isOpenEnded ? end + Math.max((end - start) * OPEN_END_SHARE, MIN_OPEN_END_MS) : end };
});
