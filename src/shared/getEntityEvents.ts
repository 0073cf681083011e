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
