import type { CategoryId, EventId } from '../data/schema.ts';

/** The horizontal room one event needs, mark and label together, in px. */
export interface MarkBox {
  id: EventId;
  lane: CategoryId;
  left: number;
  right: number;
}

/** Which row of its lane each event takes, and how many rows each lane needs. */
export interface LaneLayout {
  rowOf: ReadonlyMap<EventId, number>;
  rowsPerLane: ReadonlyMap<CategoryId, number>;
}

/** Space kept between two boxes that share a row, px. */
export const ROW_GAP_PX = 12;

/**
 * Stacks boxes into rows so that no two in a row overlap: each takes the first
 * row of its lane whose last box ends at least `ROW_GAP_PX` before it starts.
 * Nothing is dropped; a crowded lane just grows rows.
 */
export function layoutLanes(lanes: readonly CategoryId[], boxes: readonly MarkBox[]): LaneLayout {
  const rowOf = new Map<EventId, number>();
  const rowsPerLane = new Map<CategoryId, number>();
  for (const lane of lanes) {
    const inLane = boxes.filter((b) => b.lane === lane).sort((a, b) => a.left - b.left);
    const rowEnds: number[] = [];
    for (const box of inLane) {
      let row = rowEnds.findIndex((end) => end + ROW_GAP_PX <= box.left);
      if (row === -1) row = rowEnds.length;
      rowEnds[row] = box.right;
      rowOf.set(box.id, row);
    }
    rowsPerLane.set(lane, Math.max(1, rowEnds.length));
  }
  return { rowOf, rowsPerLane };
}
