import type { EventId } from '../data/schema.ts';
import type { Placement } from '../time/placeEvents.ts';

/**
 * The mark that holds the chart's one tab stop: the new selection until the chart has followed it, then wherever
 * the reader moved it. It stays on the chart even when a filter hides the event it would be on: then the first
 * event shown holds it, and a chart with no events has none.
 */
export function chooseTabStop({
  placements,
  selectedId,
  followedId,
  activeId,
}: {
  /** The events the chart shows. */
  placements: readonly Pick<Placement, 'id'>[];
  /** The open event. */
  selectedId: EventId | undefined;
  /** The selection the chart last followed into view. */
  followedId: EventId | undefined;
  /** The mark the reader last moved the tab stop to. */
  activeId: EventId | undefined;
}): EventId | undefined {
  const wantedId = selectedId !== undefined && selectedId !== followedId ? selectedId : activeId;
  return placements.some((p) => p.id === wantedId) ? wantedId : placements[0]?.id;
}
