// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { CategoryId, EventId } from '../data/schema.ts';
import { findCrowdedLanes, layoutLanes, ROW_GAP_PX } from './layoutLanes.ts';

const lane = (id: string) => id as CategoryId;
const box = (id: string, laneId: string, left: number, right: number) => ({
  id: id as EventId,
  lane: lane(laneId),
  left,
  right,
});

describe('layoutLanes', () => {
  test('stacks overlapping boxes in a lane and reuses a row once it is free', () => {
    const layout = layoutLanes(
      [lane('a')],
      [box('one', 'a', 0, 100), box('two', 'a', 50, 150), box('three', 'a', 100 + ROW_GAP_PX, 200)],
    );
    expect(layout.rowOf.get('one' as EventId)).toBe(0);
    expect(layout.rowOf.get('two' as EventId)).toBe(1);
    expect(layout.rowOf.get('three' as EventId)).toBe(0);
    expect(layout.rowsPerLane.get(lane('a'))).toBe(2);
  });

  test('keeps lanes apart and gives an empty lane one row', () => {
    const layout = layoutLanes([lane('a'), lane('b'), lane('c')], [box('one', 'a', 0, 100), box('two', 'b', 0, 100)]);
    expect(layout.rowOf.get('two' as EventId)).toBe(0);
    expect(layout.rowsPerLane.get(lane('c'))).toBe(1);
  });

  test('never lets two boxes in one row overlap, whatever the input', () => {
    const boxes = Array.from({ length: 200 }, (_, i) => {
      const left = (i * 37) % 900;
      return box(`e${i}`, 'a', left, left + 40 + ((i * 13) % 160));
    });
    const layout = layoutLanes([lane('a')], boxes);
    const rows = new Map<number, { left: number; right: number }[]>();
    for (const b of boxes) {
      const row = layout.rowOf.get(b.id) ?? -1;
      rows.set(row, [...(rows.get(row) ?? []), b]);
    }
    for (const inRow of rows.values()) {
      const sorted = [...inRow].sort((p, q) => p.left - q.left);
      sorted.slice(1).forEach((b, i) => {
        expect(b.left).toBeGreaterThanOrEqual((sorted[i]?.right ?? 0) + ROW_GAP_PX);
      });
    }
    expect(layout.rowOf.size).toBe(200);
  });
});

describe('layoutLanes with a row limit', () => {
  test('stops growing rows at the limit and marks the lane crowded', () => {
    const boxes = ['one', 'two', 'three'].map((id) => box(id, 'a', 0, 100));
    const layout = layoutLanes([lane('a'), lane('b')], [...boxes, box('four', 'b', 0, 100)], 2);
    expect(layout.rowsPerLane.get(lane('a'))).toBe(2);
    expect(layout.rowOf.get('three' as EventId)).toBeLessThan(2);
    expect([...layout.crowdedLanes]).toEqual([lane('a')]);
  });

  test('a lane that fits within the limit is not crowded', () => {
    const layout = layoutLanes([lane('a')], [box('one', 'a', 0, 100), box('two', 'a', 50, 150)], 2);
    expect(layout.crowdedLanes.size).toBe(0);
  });
});

describe('findCrowdedLanes', () => {
  test('finds the lanes layoutLanes calls crowded, on many random lanes, limits and gaps to the pixel', () => {
    // A small linear congruential generator, so the cases are the same on every run.
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const lanes = ['a', 'b', 'c', 'd'].map(lane);
    let crowdedSeen = 0;
    let clearSeen = 0;
    for (let run = 0; run < 300; run += 1) {
      const count = 1 + Math.floor(random() * 60);
      const maxRows = 1 + Math.floor(random() * 8);
      const boxes = Array.from({ length: count }, (_, i) => {
        // Whole pixels make boxes that end exactly a gap before the next starts, the case a sweep gets wrong.
        const left = Math.floor(random() * 400);
        return box(`e${i}`, lanes[Math.floor(random() * lanes.length)] ?? 'a', left, left + Math.floor(random() * 80));
      });
      const expected = layoutLanes(lanes, boxes, maxRows).crowdedLanes;
      const found = findCrowdedLanes(lanes, boxes, maxRows);
      expect([...found].sort()).toEqual([...expected].sort());
      crowdedSeen += expected.size;
      clearSeen += lanes.length - expected.size;
    }
    // Both answers came up often, so the comparison tested something.
    expect(crowdedSeen).toBeGreaterThan(100);
    expect(clearSeen).toBeGreaterThan(100);
  });

  test('a box that starts exactly a gap after another ends shares its row', () => {
    const boxes = [box('one', 'a', 0, 100), box('two', 'a', 100 + ROW_GAP_PX, 200)];
    expect(findCrowdedLanes([lane('a')], boxes, 1).size).toBe(0);
    expect(findCrowdedLanes([lane('a')], [...boxes, box('three', 'a', 99 + ROW_GAP_PX, 150)], 1)).toEqual(
      new Set([lane('a')]),
    );
  });

  test('ignores boxes of lanes it was not asked about', () => {
    const boxes = ['one', 'two', 'three'].map((id) => box(id, 'b', 0, 100));
    expect(findCrowdedLanes([lane('a')], boxes, 1).size).toBe(0);
  });
});
