/**
 * Search and filters over the events: pure, so the chart, the list and the link
 * all agree on which events a query or a filter keeps.
 */
import type { DeepReadonly } from '../data/deepFreeze.ts';
import type { TimelineIndex } from '../data/indexTimeline.ts';
import type { CategoryId, EntityId, EventId, Status, TimelineEvent } from '../data/schema.ts';

/** Which events to show: within a kind any option matches; across kinds all must. Empty lists mean "any". */
export interface EventFilters {
  categories: readonly CategoryId[];
  statuses: readonly Status[];
  entities: readonly EntityId[];
}

export const NO_FILTERS: EventFilters = { categories: [], statuses: [], entities: [] };

/** Every status, in the order readers meet them. */
export const STATUSES: readonly Status[] = ['stated', 'attributed', 'claimed', 'unconfirmed', 'disputed'];

/** Text as search compares it: no accents, no case, one kind of quote, single spaces. */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[‘’ʼ]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the event names the entity: among its entities, as its place, or as a speaker in its sources. */
export function involvesEntity(event: DeepReadonly<TimelineEvent>, entityId: EntityId): boolean {
  return (
    event.entities.includes(entityId) ||
    event.place === entityId ||
    event.sources.some((source) => source.saidBy === entityId)
  );
}

/** All the text a search looks in: title, summary, excerpts, and the names of its entities and speakers. */
function getSearchText(event: DeepReadonly<TimelineEvent>, index: TimelineIndex): string {
  const names = index.timeline.entities.filter((e) => involvesEntity(event, e.id)).map((e) => e.name);
  return normaliseForSearch(
    [event.title, event.summary, ...event.sources.map((s) => s.excerpt), ...names].join(' \n '),
  );
}

/**
 * The events every word of the query appears in, in any order; undefined for a
 * blank query (nothing is being searched, so nothing is dimmed).
 */
export function searchEvents(index: TimelineIndex, query: string): ReadonlySet<EventId> | undefined {
  const words = normaliseForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return undefined;
  return new Set(
    index.events
      .filter((event) => {
        const text = getSearchText(event, index);
        return words.every((word) => text.includes(word));
      })
      .map((event) => event.id),
  );
}

function keepsEvent(event: DeepReadonly<TimelineEvent>, filters: EventFilters): boolean {
  return (
    (filters.categories.length === 0 || filters.categories.includes(event.category)) &&
    (filters.statuses.length === 0 || filters.statuses.includes(event.status)) &&
    (filters.entities.length === 0 || filters.entities.some((id) => involvesEntity(event, id)))
  );
}

/** The events the filters keep, in time order. */
export function filterEvents(index: TimelineIndex, filters: EventFilters): ReadonlySet<EventId> {
  return new Set(index.events.filter((event) => keepsEvent(event, filters)).map((event) => event.id));
}

/** True when no filter is set. */
export function hasFilters(filters: EventFilters): boolean {
  return filters.categories.length + filters.statuses.length + filters.entities.length > 0;
}

/** How many events each option would keep, with the other kinds of filter as they are. */
export interface FilterCounts {
  categories: ReadonlyMap<CategoryId, number>;
  statuses: ReadonlyMap<Status, number>;
  entities: ReadonlyMap<EntityId, number>;
}

export function countFilterOptions(index: TimelineIndex, filters: EventFilters): FilterCounts {
  const countWith = (patch: Partial<EventFilters>) =>
    index.events.filter((event) => keepsEvent(event, { ...filters, ...patch })).length;
  return {
    categories: new Map(index.timeline.categories.map((c) => [c.id, countWith({ categories: [c.id] })])),
    statuses: new Map(STATUSES.map((s) => [s, countWith({ statuses: [s] })])),
    entities: new Map(index.timeline.entities.map((e) => [e.id, countWith({ entities: [e.id] })])),
  };
}
