// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { timeline } from '../../tests/support/realTimeline.ts';
import type { EventId, TimelineEvent } from '../data/schema.ts';
import { getStoryStretches, keepPlacements } from './getStorySteps.ts';
import { placeEvents } from './placeEvents.ts';

const placements = placeEvents(timeline.events);
const stepOf = (id: string) => placements.find((p) => p.id === id)?.step;

describe('story steps of the real report', () => {
  test('every after and before the data gives is kept: a step comes strictly later than all it follows', () => {
    for (const event of timeline.events) {
      if (event.time.kind !== 'order') continue;
      for (const earlier of event.time.after) expect(stepOf(earlier)).toBeLessThan(stepOf(event.id) ?? -1);
      for (const later of event.time.before) expect(stepOf(later)).toBeGreaterThan(stepOf(event.id) ?? -1);
    }
  });

  test('the one stated time anchors its own step, with what came before it before and the rest after', () => {
    expect(stepOf('guards-spot-gunmen')).toBe(0);
    expect(stepOf('gunmen-storm-cafe')).toBe(1);
    const anchored = placements.filter((p) => p.step === 1);
    expect(anchored.map((p) => p.id)).toEqual(['gunmen-storm-cafe']);
    // The standoff and the forces' first attempt come before the raid; what followed the raid comes after it.
    expect(stepOf('siege-standoff')).toBeLessThan(stepOf('troops-raid-cafe') ?? -1);
    expect(stepOf('gunman-captured')).toBeGreaterThan(stepOf('troops-raid-cafe') ?? -1);
  });

  test('events the report does not order are not ordered: each takes the first step it may', () => {
    // Known only to follow the entry: all in the step right after it.
    for (const id of ['hammond-statement', 'swaraj-statement', 'people-killed', 'hostages-freed']) {
      expect(stepOf(id)).toBe(2);
    }
  });

  test('stretches label steps by the bounds their events share, in the words the axis will use', () => {
    const stretches = getStoryStretches(placements);
    const entry = Date.parse('2016-07-01T21:20:00+06:00');
    expect(stretches.map(({ from, to, bounds }) => ({ from, to, bounds }))).toEqual([
      { from: 0, to: 0, bounds: { earliest: undefined, latest: entry } },
      { from: 1, to: 1, bounds: { earliest: entry, latest: entry } },
      { from: 2, to: 4, bounds: { earliest: entry, latest: undefined } },
      // Only the police statement is left, and it follows the capture, which followed the 11.20pm-or-later raid.
      { from: 5, to: 5, bounds: { earliest: Date.parse('2016-07-01T23:20:00+06:00'), latest: undefined } },
    ]);
  });

  test('a filter closes up the steps it empties and keeps their order', () => {
    const kept = keepPlacements(placements, (p) =>
      ['guards-spot-gunmen', 'troops-raid-cafe', 'police-hostages-statement'].includes(p.id),
    );
    expect(kept.map((p) => [p.id, p.step, p.sequence])).toEqual([
      ['guards-spot-gunmen', 0, 0],
      ['troops-raid-cafe', 1, 1],
      ['police-hostages-statement', 2, 2],
    ]);
  });

  test('a filter that keeps every event keeps the placements as they are', () => {
    const kept = keepPlacements(placements, () => true);
    expect(kept).toEqual(placements);
    expect(kept.every((p, i) => p === placements[i])).toBe(true);
  });
});

describe('story steps of dated events', () => {
  const exact = (id: string, at: string): TimelineEvent =>
    ({
      id: id as EventId,
      time: { kind: 'exact', at, basis: 'stated', known: 'given' },
    }) as unknown as TimelineEvent;

  test('dated events follow one another by their times, and events at the same minute share a step', () => {
    const events = [
      exact('a', '2016-07-01T21:00:00+06:00'),
      exact('b', '2016-07-01T21:00:00+06:00'),
      exact('c', '2016-07-01T22:00:00+06:00'),
    ];
    const steps = placeEvents(events).map((p) => [p.id, p.step]);
    expect(steps).toEqual([
      ['a', 0],
      ['b', 0],
      ['c', 1],
    ]);
  });
});
