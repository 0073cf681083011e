import type { DeepReadonly } from '../data/deepFreeze.ts';
import { memoizeByIdentity } from '../data/memoizeByIdentity.ts';
import type { EventId, TimelineEvent } from '../data/schema.ts';
import type { Placement } from './placeEvents.ts';

/**
 * The story as steps: an order the report allows, as coarse as it allows. Each event takes the first step after
 * everything it is known to follow, by the data's `after` and `before` lists or by its bounds (an event whose
 * latest instant comes before another's earliest precedes it). Events in one step are not said to be at the same
 * time: nothing in the report orders them, so the chart does not either.
 */
export interface StorySteps {
  /** Each event's step, from 0, in the events' order. */
  steps: Int32Array;
  /** How many steps there are. */
  count: number;
}

/** What is known of one step's time: the weakest bounds its events share, epoch ms. */
export interface StepBounds {
  /** No event of the step can be earlier than this; undefined when one of them is unbounded below. */
  earliest: number | undefined;
  /** No event of the step can be later than this; undefined when one of them is unbounded above. */
  latest: number | undefined;
}

/** A run of consecutive steps that share what is known of their time, as the story axis labels it once. */
export interface StoryStretch {
  /** The first step of the run. */
  from: number;
  /** The last step of the run. */
  to: number;
  /** The bounds every event in the run shares. */
  bounds: StepBounds;
}

/**
 * The events added so far, by their latest instant, each with its step: a Fenwick tree of running maxima over
 * the ranks of every latest instant the story has, so adding one and asking for the highest step among those
 * that end before an instant each take O(log n). (An insertion-sorted list needed O(n) per insertion, and at
 * 10,000 events the out-of-order intervals made placing the events quadratic.)
 */
class LatestIndex {
  /** Every finite latest instant the story has, sorted and without repeats: the tree's positions. */
  private readonly instants: Float64Array;
  /** tree[i] is the highest step among the added events whose rank falls in the range node i covers; -1 if none. */
  private readonly tree: Int32Array;

  constructor(latests: readonly number[]) {
    const sorted = Float64Array.from(latests).sort();
    let distinct = 0;
    for (let i = 0; i < sorted.length; i += 1) {
      if (i === 0 || sorted[i] !== sorted[distinct - 1]) sorted[distinct++] = sorted[i] ?? 0;
    }
    this.instants = sorted.subarray(0, distinct);
    this.tree = new Int32Array(distinct + 1).fill(-1);
  }

  /** How many of the story's latest instants come strictly before `t`. */
  private countBefore(t: number): number {
    let lo = 0;
    let hi = this.instants.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.instants[mid] ?? 0) < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Notes an event that ends by `latest` (one of the instants given to the constructor) on step `step`. */
  add(latest: number, step: number): void {
    for (let i = this.countBefore(latest) + 1; i < this.tree.length; i += i & -i) {
      if ((this.tree[i] ?? -1) < step) this.tree[i] = step;
    }
  }

  /** The highest step among events known to end strictly before `t`, or -1. */
  maxStepBefore(t: number): number {
    let highest = -1;
    for (let i = this.countBefore(t); i > 0; i -= i & -i) highest = Math.max(highest, this.tree[i] ?? -1);
    return highest;
  }
}

/**
 * Puts every event on its step. Events come in reading order, which the loader checks is consistent with every
 * `after`, `before` and dated time, so one pass in that order sees every event's predecessors first.
 * `placements[i]` places `events[i]` (placeEvents makes them so); the steps come back in the same order. Arrays
 * indexed by that order, not maps by id: at 10,000 events the maps were most of the time the chart took here.
 * `indexOf` gives each event's place in that order by id; placeEvents passes the one it has already built.
 */
export function getStorySteps(
  events: readonly DeepReadonly<TimelineEvent>[],
  placements: readonly Placement[],
  indexOf: ReadonlyMap<EventId, number> = new Map(events.map((event, i) => [event.id, i])),
): StorySteps {
  // `before` lists point forward: for each event, the events known to precede it that way, as indices.
  const precededBy: number[][] = [];
  events.forEach((event, i) => {
    if (event.time.kind !== 'order') return;
    for (const later of event.time.before) {
      const at = indexOf.get(later);
      if (at === undefined) continue;
      const list = precededBy[at];
      if (list === undefined) precededBy[at] = [i];
      else list.push(i);
    }
  });
  const steps = new Int32Array(events.length).fill(-1);
  const latests: number[] = [];
  for (const p of placements) if (isInstant(p.latest)) latests.push(p.latest);
  const ended = new LatestIndex(latests);
  let count = 0;
  events.forEach((event, i) => {
    const placement = placements[i];
    let step = 0;
    if (event.time.kind === 'order') {
      for (const id of event.time.after) step = Math.max(step, stepAt(steps, indexOf.get(id)) + 1);
    }
    for (const before of precededBy[i] ?? []) step = Math.max(step, stepAt(steps, before) + 1);
    if (placement?.earliest !== undefined) step = Math.max(step, ended.maxStepBefore(placement.earliest) + 1);
    steps[i] = step;
    if (isInstant(placement?.latest)) ended.add(placement.latest, step);
    count = Math.max(count, step + 1);
  });
  return { steps, count };
}

/** The step already given to the event at `index`, or -1 for none (not placed yet, or not in the story). */
function stepAt(steps: Int32Array, index: number | undefined): number {
  return index === undefined ? -1 : (steps[index] ?? -1);
}

/** True for a finite number: an instant the index can rank. */
function isInstant(t: number | undefined): t is number {
  return t !== undefined && Number.isFinite(t);
}

/** How many story steps the placements take: one more than the highest. Worked out once per set of placements. */
export const getStepCount = memoizeByIdentity((placements: readonly Placement[]): number => {
  let highest = -1;
  for (const p of placements) if (p.step > highest) highest = p.step;
  return highest + 1;
});

/**
 * Consecutive steps whose events share the same weakest bounds, as one stretch each: what the story axis labels.
 * Worked out once per set of placements (the axis asks on every frame of a zoom). Each step's bounds are gathered
 * in typed arrays, NaN for unbounded, and objects are made only per stretch: at 10,000 events an object per step
 * was most of the time this took.
 */
export const getStoryStretches = memoizeByIdentity((placements: readonly Placement[]): StoryStretch[] => {
  const count = getStepCount(placements);
  const earliest = new Float64Array(count).fill(Number.POSITIVE_INFINITY);
  const latest = new Float64Array(count).fill(Number.NEGATIVE_INFINITY);
  const seen = new Uint8Array(count);
  for (const p of placements) {
    const { step } = p;
    seen[step] = 1;
    // NaN, once there, stays: a step with one unbounded event is unbounded.
    earliest[step] = p.earliest === undefined ? Number.NaN : Math.min(earliest[step] ?? Number.NaN, p.earliest);
    latest[step] = p.latest === undefined ? Number.NaN : Math.max(latest[step] ?? Number.NaN, p.latest);
  }
  const boundOf = (values: Float64Array, step: number) => {
    const value = values[step];
    return seen[step] === 1 && value !== undefined && !Number.isNaN(value) ? value : undefined;
  };
  const stretches: StoryStretch[] = [];
  for (let step = 0; step < count; step += 1) {
    const bounds = { earliest: boundOf(earliest, step), latest: boundOf(latest, step) };
    const last = stretches.at(-1);
    if (last !== undefined && last.bounds.earliest === bounds.earliest && last.bounds.latest === bounds.latest) {
      last.to = step;
    } else {
      stretches.push({ from: step, to: step, bounds });
    }
  }
  return stretches;
});

/**
 * The placements a filter keeps, with their steps closed up: steps left empty go, the rest keep their order, and
 * `sequence` counts the kept events from 0.
 */
export function keepPlacements<P extends Placement>(placements: readonly P[], isKept: (p: P) => boolean): P[] {
  const kept = placements.filter(isKept);
  const steps = [...new Set(kept.map((p) => p.step))].sort((a, b) => a - b);
  // A filter that keeps every step and every event (the usual case: no filter) changes nothing; keep the objects.
  const isUnchanged = steps.every((step, i) => step === i) && kept.every((p, sequence) => p.sequence === sequence);
  if (isUnchanged) return kept;
  const closed = new Map(steps.map((step, i) => [step, i]));
  return kept.map((p, sequence) => ({ ...p, sequence, step: closed.get(p.step) ?? 0 }));
}

/**
 * The events in the order the story is told: step by step, and in reading order within a step. The chart's arrow
 * keys and the story mode's steps both follow it. Sorted once per set of placements (the page and the chart ask
 * for the same order), so the array is shared: read it, never change it.
 */
export function getStoryOrder<P extends Placement>(placements: readonly P[]): readonly P[] {
  return sortIntoStoryOrder(placements) as readonly P[];
}

const sortIntoStoryOrder = memoizeByIdentity((placements: readonly Placement[]): readonly Placement[] =>
  [...placements].sort((a, b) => a.step - b.step || a.sequence - b.sequence),
);
