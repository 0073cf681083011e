// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { timeline } from '../data/loadTimeline.ts';
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

  test('gives the raid only the window the report allows, anchored at its start', () => {
    expect(byId.get('troops-raid-cafe')).toMatchObject({
      kind: 'interval',
      spans: false,
      earliest: ms('2016-07-01T23:20:00+06:00'),
      latest: ms('2016-07-02T12:00:00+06:00'),
    });
  });

  test('bounds an order-only event by its neighbours and leaves an unknown end open', () => {
    expect(byId.get('gunmen-killed')).toMatchObject({
      kind: 'order',
      earliest: ms('2016-07-01T23:20:00+06:00'),
      latest: undefined,
    });
    expect(byId.get('security-forces-repelled')).toMatchObject({
      earliest: ms('2016-07-01T21:20:00+06:00'),
      latest: ms('2016-07-02T12:00:00+06:00'),
    });
  });

  test('anchors an event known only to come before another at that other’s time', () => {
    expect(byId.get('guards-spot-gunmen')).toMatchObject({
      kind: 'order',
      earliest: undefined,
      latest: ms('2016-07-01T21:20:00+06:00'),
      anchor: ms('2016-07-01T21:20:00+06:00'),
    });
  });

  test('measures the story from the entry to the latest bound', () => {
    expect(getStoryExtent(placements)).toEqual({
      start: ms('2016-07-01T21:20:00+06:00'),
      end: ms('2016-07-02T12:00:00+06:00'),
    });
  });
});
