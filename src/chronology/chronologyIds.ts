import type { EventId } from '../data/schema.ts';

/** The DOM id of an event's title button in the chronology, so focus can return to it. */
export function getChronologyButtonId(id: EventId): string {
  return `chronology-open-${id}`;
}
