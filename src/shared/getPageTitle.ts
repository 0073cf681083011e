import type { DeepReadonly } from '../data/deepFreeze.ts';
import type { EventId, Timeline } from '../data/schema.ts';

/**
 * A page's title, as the prerendered page has it and as the app keeps it when the reader chooses an event, so
 * every history entry and tab is named after what it shows: "<event> · <timeline>", or the timeline's title
 * ("…: a sourced timeline" on the full page; bare in the embed).
 */
export function getPageTitle(
  timeline: DeepReadonly<Pick<Timeline, 'meta' | 'events'>>,
  eventId: EventId | undefined,
  isEmbed: boolean,
): string {
  const event = eventId === undefined ? undefined : timeline.events.find((e) => e.id === eventId);
  if (event !== undefined) return `${event.title} · ${timeline.meta.title}`;
  return isEmbed ? timeline.meta.title : `${timeline.meta.title}: a sourced timeline`;
}
