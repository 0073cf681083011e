import type { TimelineIndex } from '../data/indexTimeline.ts';
import type { EntityId } from '../data/schema.ts';

/** A place and the larger places it lies in, leaving out any its own name already gives: "Holey Artisan Bakery, Gulshan, Dhaka, Bangladesh". */
function getPlaceChain(placeId: EntityId, index: TimelineIndex): string[] {
  const names: string[] = [];
  const seen = new Set<EntityId>();
  let place = index.getEntity(placeId);
  while (place !== undefined && !seen.has(place.id)) {
    seen.add(place.id);
    const { name } = place;
    if (!names.some((earlier) => earlier.includes(name))) names.push(name);
    place = place.partOf === undefined ? undefined : index.getEntity(place.partOf);
  }
  return names;
}

/** Where an event happened, in words, for the panel's and the title card's "Where". */
export function describeWhere(placeId: EntityId | undefined, index: TimelineIndex): string {
  const places = placeId === undefined ? [] : getPlaceChain(placeId, index);
  return places.length === 0 ? 'The report does not say where.' : places.join(', ');
}
