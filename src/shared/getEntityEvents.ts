import type { TimelineIndex } from '../data/indexTimeline.ts';
import type { EntityId, EventId } from '../data/schema.ts';

/** A place and every place that lies in it at any depth (Gulshan: Gulshan, the café, the medical centre). */
export function getPlacesWithin(index: TimelineIndex, placeId: EntityId): ReadonlySet<EntityId> {
  const within = new Set<EntityId>([placeId]);
  for (const entity of index.timeline.entities) {
    if (entity.kind !== 'place') continue;
    const seen = new Set<EntityId>();
    let current = entity;
    while (current.partOf !== undefined && !seen.has(current.id)) {
      seen.add(current.id);
      if (current.partOf === placeId) {
        within.add(entity.id);
        break;
      }
      const parent = index.getEntity(current.partOf);
      if (parent === undefined) break;
      current = parent;
    }
  }
  return within;
}

/**
 * An entity's events in time order (the order of `index.events`): those that involve it, that happened
 * at it, or that cite it as a speaker; for a place, also those at any place that lies in it.
 * An id that names no entity has no events.
 */
export function getEntityEvents(index: TimelineIndex, entityId: EntityId): readonly EventId[] {
  const entity = index.getEntity(entityId);
  if (entity === undefined) return [];
  const naming = index.getEventsNaming(entityId);
  const places = entity.kind === 'place' ? getPlacesWithin(index, entityId) : undefined;
  if (places === undefined || places.size === 1) return naming;
  const named = new Set(naming);
  return index.events
    .filter((event) => named.has(event.id) || (event.place !== undefined && places.has(event.place)))
    .map((event) => event.id);
}

const eventSetsOf = new WeakMap<TimelineIndex, ReadonlyMap<EntityId, ReadonlySet<EventId>>>();

/**
 * Every entity's events as a set ({@link getEntityEvents}), worked out once per index: the one answer the
 * filters, their counts and the index of people and places share, so their numbers always agree.
 */
export function getEntityEventSets(index: TimelineIndex): ReadonlyMap<EntityId, ReadonlySet<EventId>> {
  let sets = eventSetsOf.get(index);
  if (sets === undefined) {
    sets = new Map(index.timeline.entities.map((entity) => [entity.id, new Set(getEntityEvents(index, entity.id))]));
    eventSetsOf.set(index, sets);
  }
  return sets;
}

/** How many places a place lies in: 0 for a country, 3 for a café in Gulshan in Dhaka in Bangladesh. */
function getPlaceDepth(index: TimelineIndex, placeId: EntityId): number {
  const seen = new Set<EntityId>();
  let depth = 0;
  let current = index.getEntity(placeId);
  while (current?.partOf !== undefined && !seen.has(current.id)) {
    seen.add(current.id);
    current = index.getEntity(current.partOf);
    if (current === undefined) break;
    depth += 1;
  }
  return depth;
}

/**
 * For each event that names a place, the most precise one: where it happened, or, among the places it names,
 * the one that lies deepest (the café rather than Dhaka). The index of places lists each event once, there.
 */
export function getEventPlaces(index: TimelineIndex): ReadonlyMap<EventId, EntityId> {
  const places = new Map<EventId, EntityId>();
  for (const event of index.events) {
    const named = [event.place, ...index.getEntitiesOf(event.id)].filter(
      (id): id is EntityId => id !== undefined && index.getEntity(id)?.kind === 'place',
    );
    let best: EntityId | undefined;
    for (const id of named) {
      if (best === undefined || getPlaceDepth(index, id) > getPlaceDepth(index, best)) best = id;
    }
    if (best !== undefined) places.set(event.id, best);
  }
  return places;
}
