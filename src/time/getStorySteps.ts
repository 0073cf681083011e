import type { DeepReadonly } from '../data/deepFreeze.ts';
import type { EventId, TimelineEvent } from '../data/schema.ts';
import type { Placement } from './placeEvents.ts';

/**
 * The story as steps: an order the report allows, as coarse as it allows. Each event takes the first step after
 * everything it is known to follow, by the data's `after` and `before` lists or by its bounds (an event whose
 * latest instant comes before another's earliest precedes it). Events in one step are not said to be at the same
 * time: nothing in the report orders them, so the chart does not either.
 */
export interface StorySteps {
  /** Each event's step, from 0. */
  stepOf: ReadonlyMap<EventId, number>;
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

/** Events with a finite latest instant, sorted by it, with the highest step among those up to each. */
class LatestIndex {
  private latest: number[] = [];
  private steps: number[] = [];
  private prefixMax: number[] = [];

  add(latest: number, step: number): void {
    // Reading order is time order for dated events, so this nearly always appends.
    let i = this.latest.length;
    while (i > 0 && (this.latest[i - 1] ?? 0) > latest) i -= 1;
    if (i === this.latest.length) {
      // Appending needs no splice and extends the running maximum by one.
      this.latest.push(latest);
      this.steps.push(step);
      this.prefixMax.push(Math.max(this.prefixMax[i - 1] ?? -1, step));
      return;
    }
    this.latest.splice(i, 0, latest);
    this.steps.splice(i, 0, step);
    this.prefixMax.length = i;
    for (let j = i; j < this.latest.length; j += 1) {
      this.prefixMax.push(Math.max(this.prefixMax[j - 1] ?? -1, this.steps[j] ?? -1));
    }
  }

  /** The highest step among events known to end strictly before `t`, or -1. */
  maxStepBefore(t: number): number {
    let lo = 0;
    let hi = this.latest.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.latest[mid] ?? 0) < t) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? -1 : (this.prefixMax[lo - 1] ?? -1);
  }
}

/**
 * Puts every event on its step. Events come in reading order, which the loader checks is consistent with every
 * `after`, `before` and dated time, so one pass in that order sees every event's predecessors first.
 */
export function getStorySteps(
  events: readonly DeepReadonly<TimelineEvent>[],
  placements: readonly Placement[],
): StorySteps {
  const placementOf = new Map(placements.map((p) => [p.id, p]));
  // `before` lists point forward: collect, for each event, who is known to precede it that way.
  const precededBy = new Map<EventId, EventId[]>();
  for (const event of events) {
    if (event.time.kind !== 'order') continue;
    for (const later of event.time.before) {
      const list = precededBy.get(later);
      if (list === undefined) precededBy.set(later, [event.id]);
      else list.push(event.id);
    }
  }
  const stepOf = new Map<EventId, number>();
  const ended = new LatestIndex();
  let count = 0;
  for (const event of events) {
    const placement = placementOf.get(event.id);
    const after = event.time.kind === 'order' ? event.time.after : [];
    const predecessors = [...after, ...(precededBy.get(event.id) ?? [])];
    let step = 0;
    for (const id of predecessors) step = Math.max(step, (stepOf.get(id) ?? -1) + 1);
    if (placement?.earliest !== undefined) step = Math.max(step, ended.maxStepBefore(placement.earliest) + 1);
    stepOf.set(event.id, step);
    if (placement?.latest !== undefined) ended.add(placement.latest, step);
    count = Math.max(count, step + 1);
  }
  return { stepOf, count };
}

/** How many story steps the placements take: one more than the highest. */
export function getStepCount(placements: readonly Placement[]): number {
  let highest = -1;
  for (const p of placements) highest = Math.max(highest, p.step);
  return highest + 1;
}

/** The bounds every event of each step shares, step by step. */
export function getStepBounds(placements: readonly Placement[]): StepBounds[] {
  const bounds: { earliest: number | undefined; latest: number | undefined; seen: boolean }[] = Array.from(
    { length: getStepCount(placements) },
    () => ({ earliest: Number.POSITIVE_INFINITY, latest: Number.NEGATIVE_INFINITY, seen: false }),
  );
  for (const p of placements) {
    const b = bounds[p.step];
    if (b === undefined) continue;
    b.seen = true;
    b.earliest = b.earliest === undefined || p.earliest === undefined ? undefined : Math.min(b.earliest, p.earliest);
    b.latest = b.latest === undefined || p.latest === undefined ? undefined : Math.max(b.latest, p.latest);
  }
  return bounds.map((b) =>
    b.seen ? { earliest: b.earliest, latest: b.latest } : { earliest: undefined, latest: undefined },
  );
}

/** Consecutive steps with the same bounds, as one stretch each. */
export function getStoryStretches(bounds: readonly StepBounds[]): StoryStretch[] {
  const stretches: StoryStretch[] = [];
  bounds.forEach((b, step) => {
    const last = stretches.at(-1);
    if (last !== undefined && last.bounds.earliest === b.earliest && last.bounds.latest === b.latest) last.to = step;
    else stretches.push({ from: step, to: step, bounds: b });
  });
  return stretches;
}

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
 * keys and the story mode's steps both follow it.
 */
export function getStoryOrder<P extends Placement>(placements: readonly P[]): P[] {
  return [...placements].sort((a, b) => a.step - b.step || a.sequence - b.sequence);
}
