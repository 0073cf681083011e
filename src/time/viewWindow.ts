import type { EventId } from '../data/schema.ts';
import type { ScaleMode } from './createBaseScale.ts';
import type { Placement } from './placeEvents.ts';
import { getStepCount } from './getStorySteps.ts';

/**
 * The visible window in data terms: instants on the clock scale; on the story-step scale, an event of the first
 * step shown and one of the last (a link names events, which outlive any renumbering of steps).
 */
export type ViewWindow =
  | { kind: 'time'; /** Epoch ms. */ from: number; /** Epoch ms. */ to: number }
  | { kind: 'events'; from: EventId; to: EventId };

/** Share of the story a window may leave out and still count as the whole story. */
const WHOLE_STORY_TOLERANCE = 0.001;

/** The base-scale domain a window covers for a scale mode, or undefined when it does not apply to that mode. */
export function getWindowDomain(
  window: ViewWindow,
  mode: ScaleMode,
  placements: readonly Placement[],
): [number, number] | undefined {
  if (window.kind === 'time') return mode === 'chronological' ? [window.from, window.to] : undefined;
  if (mode !== 'sequence') return undefined;
  const first = placements.find((p) => p.id === window.from)?.step;
  const last = placements.find((p) => p.id === window.to)?.step;
  if (first === undefined || last === undefined) return undefined;
  return [Math.min(first, last), Math.max(first, last) + 1];
}

/** The window a base-scale domain shows, in data terms; undefined when it is the whole story. */
export function toViewWindow(
  [from, to]: readonly [number, number],
  mode: ScaleMode,
  placements: readonly Placement[],
  storyDomain: readonly [number, number],
): ViewWindow | undefined {
  const span = storyDomain[1] - storyDomain[0];
  if (from <= storyDomain[0] + span * WHOLE_STORY_TOLERANCE && to >= storyDomain[1] - span * WHOLE_STORY_TOLERANCE) {
    return undefined;
  }
  if (mode === 'chronological') {
    return { kind: 'time', from: Math.round(from / 1000) * 1000, to: Math.round(to / 1000) * 1000 };
  }
  // The steps mostly in view: a step counts from its left edge, where its marks sit.
  const lastStep = Math.max(0, getStepCount(placements) - 1);
  const firstStep = Math.min(lastStep, Math.max(0, Math.round(from)));
  const toStep = Math.max(firstStep, Math.min(lastStep, Math.round(to) - 1));
  const first = placements.find((p) => p.step === firstStep);
  const last = placements.findLast((p) => p.step === toStep);
  return first === undefined || last === undefined ? undefined : { kind: 'events', from: first.id, to: last.id };
}

/** A key that is equal for equal windows. */
export function getViewWindowKey(window: ViewWindow | undefined): string {
  return window === undefined ? 'whole' : `${window.kind}:${String(window.from)}:${String(window.to)}`;
}
