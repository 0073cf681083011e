/**
 * Search and filters over the events: pure, so the chart, the list and the link
 * all agree on which events a query or a filter keeps.
 */
import type { DeepReadonly } from '../data/deepFreeze.ts';
import type { TimelineIndex } from '../data/indexTimeline.ts';
import type { CategoryId, EntityId, EventId, Status, TimelineEvent } from '../data/schema.ts';
import { STATUSES } from '../view/eventFilters.ts';
import type { EventFilters } from '../view/eventFilters.ts';
import { getEntityEventSets } from '../shared/getEntityEvents.ts';

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
  const names = index.getEntitiesOf(event.id).map((id) => index.getEntity(id)?.name ?? '');
  return normaliseForSearch(
    [event.title, event.summary, ...event.sources.map((s) => s.excerpt), ...names].join(' \n '),
  );
}

/** Each event's search text, built on the first search and kept with its timeline: a keystroke only compares. */
const searchTexts = new WeakMap<TimelineIndex, readonly string[]>();

/**
 * The events every word of the query appears in, in any order; undefined for a
 * blank query (nothing is being searched, so nothing is dimmed).
 */
export function searchEvents(index: TimelineIndex, query: string): ReadonlySet<EventId> | undefined {
  const words = normaliseForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return undefined;
  let texts = searchTexts.get(index);
  if (texts === undefined) {
    texts = index.events.map((event) => getSearchText(event, index));
    searchTexts.set(index, texts);
  }
  const found = new Set<EventId>();
  index.events.forEach((event, i) => {
    const text = texts[i] ?? '';
    if (words.every((word) => text.includes(word))) found.add(event.id);
  });
  return found;
}

/** The events the filters keep, in time order. A place keeps the events of the places that lie in it. */
export function filterEvents(index: TimelineIndex, filters: EventFilters): ReadonlySet<EventId> {
  // The entities' event sets cost a walk of every event; build them only when an entity filter asks.
  const sets = filters.entities.length === 0 ? undefined : getEntityEventSets(index);
  const keepsEvent = (event: DeepReadonly<TimelineEvent>) =>
    (filters.categories.length === 0 || filters.categories.includes(event.category)) &&
    (filters.statuses.length === 0 || filters.statuses.includes(event.status)) &&
    (filters.entities.length === 0 || filters.entities.some((id) => sets?.get(id)?.has(event.id) === true));
  return new Set(index.events.filter(keepsEvent).map((event) => event.id));
}

/** How many events each option would keep, with the other kinds of filter as they are. */
export interface FilterCounts {
  /** For each category, how many events choosing it would show. */
  categories: ReadonlyMap<CategoryId, number>;
  /** For each status, how many events choosing it would show. */
  statuses: ReadonlyMap<Status, number>;
  /** For each entity, how many events choosing it would show. */
  entities: ReadonlyMap<EntityId, number>;
}

/** Counts every option in one pass over the events: an event counts for an option when it meets the other kinds. */
export function countFilterOptions(index: TimelineIndex, filters: EventFilters): FilterCounts {
  const categories = new Map<CategoryId, number>(index.timeline.categories.map((c) => [c.id, 0]));
  const statuses = new Map<Status, number>(STATUSES.map((s) => [s, 0]));
  const entities = new Map<EntityId, number>(index.timeline.entities.map((e) => [e.id, 0]));
  const bump = <K>(counts: Map<K, number>, key: K) => {
    const count = counts.get(key);
    if (count !== undefined) counts.set(key, count + 1);
  };
  // An entity's count is the events listed under it in the index (a place's include those of the places in it).
  const entitiesOf = new Map<EventId, EntityId[]>();
  for (const [entityId, events] of getEntityEventSets(index)) {
    for (const eventId of events) entitiesOf.set(eventId, [...(entitiesOf.get(eventId) ?? []), entityId]);
  }
  for (const event of index.events) {
    const named = entitiesOf.get(event.id) ?? [];
    const meetsCategory = filters.categories.length === 0 || filters.categories.includes(event.category);
    const meetsStatus = filters.statuses.length === 0 || filters.statuses.includes(event.status);
    const meetsEntity = filters.entities.length === 0 || filters.entities.some((id) => named.includes(id));
    if (meetsStatus && meetsEntity) bump(categories, event.category);
    if (meetsCategory && meetsEntity) bump(statuses, event.status);
    if (meetsCategory && meetsStatus) for (const id of named) bump(entities, id);
  }
  return { categories, statuses, entities };
}
