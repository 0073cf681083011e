import type { DeepReadonly } from '../data/deepFreeze.ts';
import type { TimelineIndex } from '../data/indexTimeline.ts';
import type { Entity, EntityId } from '../data/schema.ts';

/** One place and the places that lie directly in it, in the order the data lists them. */
export interface PlaceNode {
  /** The place itself. */
  place: DeepReadonly<Entity>;
  /** The places that lie directly in it, each with its own. */
  children: readonly PlaceNode[];
}

/**
 * Every place as a tree that follows `partOf`, the largest places first: Bangladesh → Dhaka → Gulshan → the café.
 * Each place appears exactly once; a `partOf` that names no place makes a root, and a cycle is cut where it is met.
 */
export function getPlaceTree(index: TimelineIndex): PlaceNode[] {
  const places = index.timeline.entities.filter((entity) => entity.kind === 'place');
  const placeIds = new Set(places.map((place) => place.id));
  const getParent = (place: DeepReadonly<Entity>): EntityId | undefined =>
    place.partOf !== undefined && place.partOf !== place.id && placeIds.has(place.partOf) ? place.partOf : undefined;

  const childrenOf = new Map<EntityId, DeepReadonly<Entity>[]>();
  for (const place of places) {
    const parent = getParent(place);
    if (parent !== undefined) childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), place]);
  }

  const placed = new Set<EntityId>();
  const build = (place: DeepReadonly<Entity>): PlaceNode => {
    placed.add(place.id);
    const children = (childrenOf.get(place.id) ?? []).filter((child) => !placed.has(child.id));
    return { place, children: children.map(build) };
  };

  const roots = places.filter((place) => getParent(place) === undefined).map(build);
  // Places caught in a partOf cycle have no root above them; each cycle starts a tree of its own.
  for (const place of places) if (!placed.has(place.id)) roots.push(build(place));
  return roots;
}
