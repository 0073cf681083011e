import { describe, expect, test } from 'vitest';
import { deepFreeze } from '../data/deepFreeze.ts';
import { indexTimeline } from '../data/indexTimeline.ts';
import { timeline } from '../data/loadTimeline.ts';
import { makeTestTimeline } from '../../tests/support/makeTestTimeline.ts';
import type { EntityId, Timeline } from '../data/schema.ts';
import { getEntityEvents, getPlacesWithin } from './getEntityEvents.ts';

const index = indexTimeline(timeline);
const id = (value: string) => value as EntityId;

/** The small test timeline with some fields changed; not validated, so it can hold shapes the loader would refuse. */
function makeIndex(edit: (raw: ReturnType<typeof makeTestTimeline>) => void) {
  const raw = makeTestTimeline();
  edit(raw);
  return indexTimeline(deepFreeze(raw as unknown as Timeline));
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

describe('getEntityEvents', () => {
  test('gives a person the events that involve them and the events they are cited for, in time order', () => {
    expect(getEntityEvents(index, id('gowher-rizvi'))).toEqual([
      'guards-spot-gunmen',
      'gunmen-storm-cafe',
      'rizvi-account',
    ]);
  });

  test('follows the order of index.events', () => {
    for (const entity of timeline.entities) {
      const ids = getEntityEvents(index, entity.id);
      const positions = ids.map((eventId) => index.events.findIndex((event) => event.id === eventId));
      expect(positions, entity.id).toEqual([...positions].sort((a, b) => a - b));
    }
  });

  test('counts an event cited for a speaker who is not among its entities', () => {
    const speakerOnly = makeIndex((raw) => {
      raw.entities.push({ ...makePlace('x'), id: 'spokesman', kind: 'person' });
      raw.events[0]?.sources.push({ document: 'report', paragraph: 1, excerpt: 'gunmen', saidBy: 'spokesman' });
    });
    expect(getEntityEvents(speakerOnly, id('spokesman'))).toEqual(['entry']);
  });

  test('lists an event once even when it names the entity in several ways', () => {
    expect(getEntityEvents(indexTimeline(deepFreeze(makeTestTimeline() as unknown as Timeline)), id('police'))).toEqual(
      ['denial'],
    );
  });

  test('gives a place the events at it and at every place inside it, at any depth', () => {
    const atAnyPlace = index.events.filter((event) => event.place !== undefined).map((event) => event.id);
    expect(getEntityEvents(index, id('bangladesh'))).toEqual(atAnyPlace);
    expect(getEntityEvents(index, id('dhaka'))).toEqual(atAnyPlace);
    expect(getEntityEvents(index, id('medical-centre'))).toEqual(['guards-spot-gunmen']);
    const cafe = getEntityEvents(index, id('holey-artisan-bakery'));
    expect(cafe).toContain('gunmen-storm-cafe');
    expect(cafe).toContain('troops-raid-cafe');
    expect(cafe).not.toContain('guards-spot-gunmen');
  });

  test('gives Gulshan only the guards’ sighting at the medical centre, not the café’s events, which the report places only in Dhaka', () => {
    expect(getEntityEvents(index, id('gulshan'))).toEqual(['guards-spot-gunmen']);
  });

  test('gives the café none of the events whose place the report does not give', () => {
    const cafe = getEntityEvents(index, id('holey-artisan-bakery'));
    for (const eventId of [
      'police-officers-died',
      'japanese-unaccounted-for',
      'gunmen-killed',
      'italians-believed-killed',
    ]) {
      expect(cafe).not.toContain(eventId);
    }
  });

  test('does not give a place the events of the larger place it lies in', () => {
    const nested = makeIndex((raw) => {
      raw.entities.push(makePlace('city'), makePlace('district', 'city'));
      Object.assign(raw.events[0] ?? {}, { place: 'city' });
      Object.assign(raw.events[2] ?? {}, { place: 'district' });
    });
    expect(getEntityEvents(nested, id('city'))).toEqual(['entry', 'denial']);
    expect(getEntityEvents(nested, id('district'))).toEqual(['denial']);
  });

  test('stops on a partOf cycle instead of looping', () => {
    const cyclic = makeIndex((raw) => {
      raw.entities.push(makePlace('a', 'b'), makePlace('b', 'a'), makePlace('c', 'a'));
      Object.assign(raw.events[0] ?? {}, { place: 'c' });
    });
    expect(getEntityEvents(cyclic, id('a'))).toEqual(['entry']);
    expect(getEntityEvents(cyclic, id('b'))).toEqual(['entry']);
    expect([...getPlacesWithin(cyclic, id('a'))].sort()).toEqual(['a', 'b', 'c']);
  });

  test('gives an id that names no entity no events', () => {
    expect(getEntityEvents(index, id('nobody'))).toEqual([]);
  });
});
