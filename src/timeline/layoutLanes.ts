import type { CategoryId, EventId } from '../data/schema.ts';

/** The horizontal room one event needs, mark and label together, in px. */
export interface MarkBox {
  /** The event. */
  id: EventId;
  /** Its lane: its category. */
  lane: CategoryId;
  /** Its left edge, px. */
  left: number;
  /** Its right edge, px. */
  right: number;
}

/** Which row of its lane each event takes, and how many rows each lane needs. */
export interface LaneLayout {
  /** Each event's row within its lane, from 0. */
  rowOf: ReadonlyMap<EventId, number>;
  /** How many rows each lane needs, at most `MAX_ROWS_PER_LANE`. */
  rowsPerLane: ReadonlyMap<CategoryId, number>;
  /** Lanes with more events than their rows could hold apart: some boxes there overlap at this zoom. */
  crowdedLanes: ReadonlySet<CategoryId>;
  /** Each lane's boxes in the order they were placed: by where they start. */
  boxesByLane: ReadonlyMap<CategoryId, readonly MarkBox[]>;
}

/** Space kept between two boxes that share a row, px. */
export const ROW_GAP_PX = 12;

/**
 * Stacks boxes into rows so that no two in a row overlap: each takes the first
 * row of its lane whose last box ends at least `ROW_GAP_PX` before it starts.
 * A lane grows rows up to `maxRows`; past that, a box takes the row that ends
 * soonest and the lane is crowded (the chart aggregates it until zoom parts them).
 */
export function layoutLanes(
  lanes: readonly CategoryId[],
  boxes: readonly MarkBox[],
  maxRows = Number.POSITIVE_INFINITY,
): LaneLayout {
  const rowOf = new Map<EventId, number>();
  const rowsPerLane = new Map<CategoryId, number>();
  const crowdedLanes = new Set<CategoryId>();
  const byLane = new Map<CategoryId, MarkBox[]>();
  for (const box of boxes) {
    const inLane = byLane.get(box.lane);
    if (inLane === undefined) byLane.set(box.lane, [box]);
    else inLane.push(box);
  }
  for (const lane of lanes) {
    const inLane = (byLane.get(lane) ?? []).sort((a, b) => a.left - b.left);
    const rowEnds: number[] = [];
    for (const box of inLane) {
      let row = rowEnds.findIndex((end) => end + ROW_GAP_PX <= box.left);
      if (row === -1 && rowEnds.length < maxRows) row = rowEnds.length;
      if (row === -1) {
        row = rowEnds.indexOf(Math.min(...rowEnds));
        crowdedLanes.add(lane);
      }
      rowEnds[row] = Math.max(rowEnds[row] ?? box.right, box.right);
      rowOf.set(box.id, row);
    }
    rowsPerLane.set(lane, Math.max(1, rowEnds.length));
  }
  return { rowOf, rowsPerLane, crowdedLanes, boxesByLane: byLane };
}

/**
 * The lanes `layoutLanes(lanes, boxes, maxRows)` would call crowded, without laying a row out. First fit on
 * boxes sorted by where they start needs exactly as many rows as the most boxes (each with its `ROW_GAP_PX`
 * after it) that cover one point, so a lane is crowded when more than `maxRows` do. Counting that takes two
 * sorted arrays of numbers and one sweep per lane, which at 10,000 events is a fraction of a layout's time.
 */
export function findCrowdedLanes(
  lanes: readonly CategoryId[],
  boxes: readonly MarkBox[],
  maxRows: number,
): Set<CategoryId> {
  const laneIndex = new Map(lanes.map((lane, i) => [lane, i]));
  const counts = new Int32Array(lanes.length);
  const laneOf = new Int32Array(boxes.length);
  boxes.forEach((box, i) => {
    const at = laneIndex.get(box.lane) ?? -1;
    laneOf[i] = at;
    if (at >= 0) counts[at] = (counts[at] ?? 0) + 1;
  });
  // Every box's start and end, grouped by lane in one pass: lane `at` holds [firsts[at], firsts[at] + counts[at]).
  const firsts = new Int32Array(lanes.length);
  for (let at = 1; at < lanes.length; at += 1) firsts[at] = (firsts[at - 1] ?? 0) + (counts[at - 1] ?? 0);
  const filled = Int32Array.from(firsts);
  const starts = new Float64Array(boxes.length);
  const ends = new Float64Array(boxes.length);
  boxes.forEach((box, i) => {
    const at = laneOf[i] ?? -1;
    if (at < 0) return;
    const slot = filled[at] ?? 0;
    starts[slot] = box.left;
    ends[slot] = box.right + ROW_GAP_PX;
    filled[at] = slot + 1;
  });
  const crowded = new Set<CategoryId>();
  lanes.forEach((lane, at) => {
    const count = counts[at] ?? 0;
    if (count <= maxRows) return;
    const first = firsts[at] ?? 0;
    const laneStarts = starts.subarray(first, first + count).sort();
    const laneEnds = ends.subarray(first, first + count).sort();
    // At each start, the boxes that cover it are those started so far less those already ended.
    let ended = 0;
    for (let i = 0; i < count; i += 1) {
      const start = laneStarts[i] ?? 0;
      while ((laneEnds[ended] ?? Infinity) <= start) ended += 1;
      if (i + 1 - ended > maxRows) {
        crowded.add(lane);
        return;
      }
    }
  });
  return crowded;
}
