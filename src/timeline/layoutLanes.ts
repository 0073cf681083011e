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
