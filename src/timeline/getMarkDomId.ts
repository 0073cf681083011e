import type { EventId } from '../data/schema.ts';

/** The DOM id of an event's mark: what keyboard focus, the zoom's anchor and the app find the mark by. */
export function getMarkDomId(id: EventId): string {
  return `timeline-event-${id}`;
}
