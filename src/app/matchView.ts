import type { TimelineIndex } from '../data/indexTimeline.ts';
import type { EntityId, EventId } from '../data/schema.ts';
import type { EventFilters } from '../view/eventFilters.ts';
import { getEntityEventSets } from '../shared/getEntityEvents.ts';
import { filterEvents, searchEvents } from '../explore/matchEvents.ts';

/** Which events a view's search, filters and highlighted entity pick out. */
export interface EventMatches {
  /** The events the search matches; undefined when nothing is searched. */
  searchMatches: ReadonlySet<EventId> | undefined;
  /** The events the filters keep; undefined for every event. */
  shownIds: ReadonlySet<EventId> | undefined;
  /** The events a search or a highlighted entity picks out, the rest dimmed; undefined for none. */
  highlightIds: ReadonlySet<EventId> | undefined;
}

/** The view's matches: its search, its filters and its highlighted entity applied to the events. */
export function matchView(
  index: TimelineIndex,
  query: string,
  filters: EventFilters,
  highlight: EntityId | undefined,
): EventMatches {
  const searchMatches = searchEvents(index, query);
  const shownIds = filterEvents(index, filters);
  // The events the entity's own entry lists: for a place, also those at places inside it.
  const ofEntity =
    highlight === undefined ? undefined : (getEntityEventSets(index).get(highlight) ?? new Set<EventId>());
  // Search and a highlighted entity both pick events out; where both apply, an event must meet both.
  const highlightIds =
    searchMatches === undefined || ofEntity === undefined
      ? (searchMatches ?? ofEntity)
      : new Set([...searchMatches].filter((id) => ofEntity.has(id)));
  return { searchMatches, shownIds, highlightIds };
}
