import { describe, expect, test } from 'vitest';
import { deepFreeze } from '../data/deepFreeze.ts';
import { indexTimeline } from '../data/indexTimeline.ts';
import { timeline } from '../data/loadTimeline.ts';
import { makeTestTimeline } from '../../tests/support/makeTestTimeline.ts';
import type { Timeline } from '../data/schema.ts';
import { getPlaceTree, type PlaceNode } from './getPlaceTree.ts';

/** The tree as nested ids, easy to compare. */
function toIds(nodes: readonly PlaceNode[]): unknown[] {
  return nodes.map((node) => (node.children.length === 0 ? node.place.id : { [node.place.id]: toIds(node.children) }));
}

function makePlace(placeId: string, partOf?: string) {
  return {
    id: placeId,
    name: placeId,
    kind: 'place',
    description: 'A place.',
    ...(partOf === undefined ? {} : { partOf }),
    sources: [{ document: 'report', paragraph: 1, excerpt: placeId }],
  };
}

function makeIndex(places: ReturnType<typeof makePlace>[]) {
  const raw = makeTestTimeline();
  raw.entities.push(...(places as never[]));
  return indexTimeline(deepFreeze(raw as unknown as Timeline));
}

describe('getPlaceTree', () => {
  test('nests the café in Dhaka and the medical centre in Gulshan, as the report places them, in data order', () => {
    expect(toIds(getPlaceTree(indexTimeline(timeline)))).toEqual([
      { bangladesh: [{ dhaka: ['holey-artisan-bakery', { gulshan: ['medical-centre'] }] }] },
    ]);
  });

  test('leaves out everything that is not a place', () => {
    expect(getPlaceTree(makeIndex([]))).toEqual([]);
  });

  test('makes a root of a place whose partOf names no place', () => {
    expect(toIds(getPlaceTree(makeIndex([makePlace('a', 'gunmen'), makePlace('b', 'nowhere')])))).toEqual(['a', 'b']);
  });

  test('shows every place once when partOf runs in a cycle', () => {
    const tree = getPlaceTree(makeIndex([makePlace('a', 'b'), makePlace('b', 'a'), makePlace('c', 'a')]));
    expect(toIds(tree)).toEqual([{ a: ['b', 'c'] }]);
  });
});
