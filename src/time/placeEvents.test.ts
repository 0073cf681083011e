// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { timeline } from '../data/loadTimeline.ts';
import type { EventId, EventTime, Instant, TimelineEvent } from '../data/schema.ts';
import { getStoryExtent, placeEvents } from './placeEvents.ts';

const placements = placeEvents(timeline.events);
const byId = new Map(placements.map((p) => [p.id as string, p]));
const ms = (iso: string) => Date.parse(iso);

describe('placeEvents on the real timeline', () => {
  test('keeps reading order as the sequence', () => {
    expect(placements.map((p) => p.sequence)).toEqual(timeline.events.map((_, i) => i));
  });

  test('pins the entry at its stated minute with no spread', () => {
    expect(byId.get('gunmen-storm-cafe')).toMatchObject({
      kind: 'exact',
      anchor: ms('2016-07-01T15:20:00Z'),
      earliest: ms('2016-07-01T15:20:00Z'),
      latest: ms('2016-07-01T15:20:00Z'),
    });
  });

  test('gives the raid no time, only its order and the floor “several hours” allows, and no end', () => {
    expect(byId.get('troops-raid-cafe')).toMatchObject({
      kind: 'order',
      spans: false,
      anchor: ms('2016-07-01T23:20:00+06:00'),
      earliest: ms('2016-07-01T23:20:00+06:00'),
      latest: undefined,
    });
  });

  test('bounds an order-only event by its neighbours and leaves an unknown end open', () => {
    expect(byId.get('gunmen-killed')).toMatchObject({
      kind: 'order',
      earliest: ms('2016-07-01T21:20:00+06:00'),
      latest: undefined,
    });
    expect(byId.get('security-forces-repelled')).toMatchObject({
      kind: 'order',
      earliest: ms('2016-07-01T21:20:00+06:00'),
      latest: undefined,
    });
  });

  test('places the standoff only between the storming and the raid, never as a band that lasts', () => {
    expect(byId.get('siege-standoff')).toMatchObject({
      kind: 'order',
      spans: false,
      earliest: ms('2016-07-01T21:20:00+06:00'),
      latest: undefined,
    });
  });

  test('an event after the raid is no earlier than the raid’s floor', () => {
    for (const id of ['gunman-captured', 'hasina-statement', 'renzi-statement']) {
      expect(byId.get(id)).toMatchObject({ kind: 'order', earliest: ms('2016-07-01T23:20:00+06:00') });
    }
  });

  test('lists the gunmen’s deaths after the killing of at least 22 people, and no earlier than it', () => {
    const peopleKilled = byId.get('people-killed');
    const gunmenKilled = byId.get('gunmen-killed');
    expect(gunmenKilled?.sequence).toBeGreaterThan(peopleKilled?.sequence ?? Infinity);
    expect(gunmenKilled?.earliest).toBe(peopleKilled?.earliest);
  });

  test('anchors an event known only to come before another at that other’s time', () => {
    expect(byId.get('guards-spot-gunmen')).toMatchObject({
      kind: 'order',
      earliest: undefined,
      latest: ms('2016-07-01T21:20:00+06:00'),
      anchor: ms('2016-07-01T21:20:00+06:00'),
    });
  });

  test('measures the story from the entry to past the raid’s floor, leaving the raid’s unknown end open', () => {
    const extent = getStoryExtent(placements);
    expect(extent.start).toBe(ms('2016-07-01T21:20:00+06:00'));
    expect(extent.end).toBeGreaterThan(ms('2016-07-01T23:20:00+06:00'));
    expect(extent.end).toBe(ms('2016-07-02T00:20:00+06:00'));
  });

  test('draws no event as ending at noon on Saturday, a bound the report never gives', () => {
    for (const p of placements) expect(p.latest, p.id).not.toBe(ms('2016-07-02T12:00:00+06:00'));
  });
});

const event = (id: string, time: EventTime) => ({ id, time }) as unknown as TimelineEvent;
const at = (iso: string) => iso as Instant;
const orderTime = (after: string[], notBefore?: string): EventTime => ({
  kind: 'order',
  after: after as EventId[],
  before: [],
  ...(notBefore === undefined ? {} : { notBefore: at(notBefore) }),
  basis: 'inferred',
  known: 'x',
});
const entry = event('entry', { kind: 'exact', at: at('2016-07-01T21:20:00+06:00'), basis: 'stated', known: 'x' });

describe('placeEvents and an order-only event’s floor (notBefore)', () => {
  test('an order-only event’s earliest is its floor when the floor is later than what it follows', () => {
    const [, raid] = placeEvents([entry, event('raid', orderTime(['entry'], '2016-07-01T23:20:00+06:00'))]);
    expect(raid).toMatchObject({
      kind: 'order',
      earliest: ms('2016-07-01T23:20:00+06:00'),
      anchor: ms('2016-07-01T23:20:00+06:00'),
      latest: undefined,
    });
  });

  test('an order-only event’s earliest is what it follows when that is later than its floor', () => {
    const [, late] = placeEvents([entry, event('late', orderTime(['entry'], '2016-07-01T20:00:00+06:00'))]);
    expect(late).toMatchObject({ earliest: ms('2016-07-01T21:20:00+06:00') });
  });

  test('a floor alone bounds an event that follows nothing', () => {
    const [floored] = placeEvents([event('floored', orderTime([], '2016-07-01T23:20:00+06:00'))]);
    expect(floored).toMatchObject({ kind: 'order', earliest: ms('2016-07-01T23:20:00+06:00'), latest: undefined });
  });

  test('an event after a floored one is no earlier than that floor', () => {
    const placed = placeEvents([
      entry,
      event('raid', orderTime(['entry'], '2016-07-01T23:20:00+06:00')),
      event('after-raid', orderTime(['raid'])),
    ]);
    expect(placed[2]).toMatchObject({ earliest: ms('2016-07-01T23:20:00+06:00') });
  });
});
