import type { EventId } from '../data/schema.ts';
import type { ScaleMode } from './createBaseScale.ts';
import type { Placement } from './placeEvents.ts';

/** The visible window in data terms: instants on the chronological scale, first and last events on the sequence scale. */
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
  const first = placements.findIndex((p) => p.id === window.from);
  const last = placements.findIndex((p) => p.id === window.to);
  if (first === -1 || last === -1) return undefined;
  return [Math.min(first, last) - 0.5, Math.max(first, last) + 0.5];
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
  const firstIndex = Math.min(placements.length - 1, Math.max(0, Math.ceil(from - 0.5)));
  const lastIndex = Math.max(firstIndex, Math.min(placements.length - 1, Math.floor(to + 0.5)));
  const first = placements[firstIndex];
  const last = placements[lastIndex];
  return first === undefined || last === undefined ? undefined : { kind: 'events', from: first.id, to: last.id };
}

/** A key that is equal for equal windows. */
export function getViewWindowKey(window: ViewWindow | undefined): string {
  return window === undefined ? 'whole' : `${window.kind}:${String(window.from)}:${String(window.to)}`;
}
