// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { CategoryId, EventId } from '../data/schema.ts';
import type { Placement } from '../time/placeEvents.ts';
import { getLaneViews, LANE_MARK_LIMIT } from './getLaneViews.ts';
import { LANE_HEADER_HEIGHT, labelPlacements, layoutChart, MAX_ROWS_PER_LANE } from './layoutChart.ts';

const HOUR = 3_600_000;
const START = Date.parse('2016-07-01T12:00:00Z');
const QUIET = 'quiet' as CategoryId;
const BUSY = 'busy' as CategoryId;
const LANES = [
  { id: QUIET, label: 'Quiet' },
  { id: BUSY, label: 'Busy' },
];

/** Exact events: `quiet` has three far apart, `busy` has `count` packed into the first hour. */
function makeLayout(busyCount: number, width = 1000) {
  const placements: Placement[] = [];
  const laneOf = new Map<EventId, CategoryId>();
  const add = (id: string, at: number, lane: CategoryId) => {
    placements.push({
      id: id as EventId,
      kind: 'exact',
      sequence: 0,
      step: 0,
      anchor: at,
      earliest: at,
      latest: at,
      spans: false,
    });
    laneOf.set(id as EventId, lane);
  };
  for (let i = 0; i < 3; i += 1) add(`quiet-${i}`, START + i * 10 * HOUR, QUIET);
  for (let i = 0; i < busyCount; i += 1) add(`busy-${i}`, START + (i / busyCount) * HOUR, BUSY);
  placements.sort((a, b) => a.anchor - b.anchor).forEach((p, i) => (p.sequence = i));
  return layoutChart({
    mode: 'chronological',
    labelled: labelPlacements(placements, (id) => `Event ${id}`, false),
    extent: { start: START, end: START + 20 * HOUR },
    categoryOf: (id) => laneOf.get(id),
    lanes: LANES,
    width,
  });
}

const [r0, r1] = [16, 984] as const;

describe('getLaneViews', () => {
  test('a lane that fits draws each event in view as a mark, in its own row', () => {
    const layout = makeLayout(4);
    const [quiet] = getLaneViews(layout, 'chronological', layout.xBase, [r0, r1]);
    expect(quiet?.marks.map((m) => m.item.placement.id)).toEqual(['quiet-0', 'quiet-1', 'quiet-2']);
    expect(quiet?.marks.map((m) => m.y)).toEqual(quiet?.marks.map((m) => m.item.y));
    expect(quiet?.density).toBeUndefined();
  });

  test('marks out of view are not drawn', () => {
    const layout = makeLayout(4);
    // Zoom to the last five hours: only quiet-2 (at 20 h) is left on screen.
    const x = (value: number) => layout.xBase(value) * 4 - 3 * r1;
    const [quiet] = getLaneViews(layout, 'chronological', x, [r0, r1]);
    expect(quiet?.marks.map((m) => m.item.placement.id)).toEqual(['quiet-2']);
    expect(quiet?.inView).toBe(1);
  });

  test('a crowded lane draws its density, not its marks, and says how many events are in view', () => {
    const layout = makeLayout(500);
    expect(layout.crowdedLanes.has(BUSY)).toBe(true);
    const [, busy] = getLaneViews(layout, 'chronological', layout.xBase, [r0, r1]);
    expect(busy?.marks).toEqual([]);
    expect(busy?.inView).toBe(500);
    expect(busy?.density).toMatch(/^M/);
    // Bars for a packed hour, a few px wide each: far fewer than the events.
    expect(busy?.density?.split('M').length).toBeLessThan(50);
  });

  test('zooming in far enough parts a crowded lane into marks, stacked in at most its rows', () => {
    const layout = makeLayout(20);
    expect(layout.crowdedLanes.has(BUSY)).toBe(true);
    // The first hour of twenty across the whole plot.
    const x = (value: number) => r0 + ((value - START) / HOUR) * (r1 - r0);
    const [, busy] = getLaneViews(layout, 'chronological', x, [r0, r1]);
    expect(busy?.density).toBeUndefined();
    expect(busy?.marks).toHaveLength(20);
    const rows = new Set(busy?.marks.map((m) => m.y));
    expect(rows.size).toBeLessThanOrEqual(MAX_ROWS_PER_LANE);
  });

  test('a crowded lane with more than LANE_MARK_LIMIT events in view keeps its density, room or not', () => {
    const layout = makeLayout(LANE_MARK_LIMIT + 50);
    // The first hour spread over a plot wide enough to hold every mark apart.
    const wide = [r0, 100_000] as const;
    const x = (value: number) => r0 + ((value - START) / HOUR) * (wide[1] - r0);
    const [, busy] = getLaneViews(layout, 'chronological', x, wide);
    expect(busy?.marks).toEqual([]);
    expect(busy?.density).toMatch(/^M/);
  });

  test("every lane gives its first row's centre: where parted marks start stacking, and where a pinned mark sits in a density", () => {
    const parted = makeLayout(20);
    const x = (value: number) => r0 + ((value - START) / HOUR) * (r1 - r0);
    const [, busy] = getLaneViews(parted, 'chronological', x, [r0, r1]);
    expect(Math.min(...(busy?.marks.map((m) => m.y) ?? []))).toBe(busy?.topRowY);
    const dense = makeLayout(500);
    const [quiet, denseBusy] = getLaneViews(dense, 'chronological', dense.xBase, [r0, r1]);
    const busyLane = dense.lanes[1];
    expect(denseBusy?.density).toMatch(/^M/);
    expect(denseBusy?.topRowY).toBe((busyLane?.top ?? 0) + LANE_HEADER_HEIGHT + dense.rowHeight / 2);
    expect(denseBusy?.topRowY).toBeGreaterThan(quiet?.topRowY ?? Infinity);
  });
});
