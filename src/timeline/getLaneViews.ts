import type { CategoryId } from '../data/schema.ts';
import type { ScaleMode } from '../time/createBaseScale.ts';
import { getItemExtent, getPosition, LANE_HEADER_HEIGHT } from './layoutChart.ts';
import type { ChartItem, ChartLayout } from './layoutChart.ts';
import { ROW_GAP_PX } from './layoutLanes.ts';

/** Width of one column of a crowded lane's density strip, px. */
export const DENSITY_BIN_PX = 6;
/** The most marks one lane draws one by one; past this it draws its density (a screenful, not the data, bounds it). */
export const LANE_MARK_LIMIT = 150;

/** One event drawn on its own, in the row it takes at this zoom. */
export interface LaneMark {
  /** The event, as the layout placed it. */
  item: ChartItem;
  /** Centre of its row, px from the top of the chart. */
  y: number;
}

/** What one lane draws at the current zoom: its events one by one, or, when they crowd, how dense they are. */
export interface LaneView {
  /** The lane's category. */
  lane: CategoryId;
  /** The events in view that are drawn one by one. */
  marks: readonly LaneMark[];
  /** How many of the lane's events have their time in view. */
  inView: number;
  /** Events whose span crosses the view but that found no free row; each is still in the list and key order. */
  hidden: number;
  /** For a crowded stretch: one path of bars, a column's height growing with its count. */
  density?: string | undefined;
  /** Centre of the lane's first row, px from the top of the chart. */
  topRowY: number;
}

interface Box {
  item: ChartItem;
  left: number;
  right: number;
}

/**
 * Stacks boxes into at most `rows` rows, each in the first row where it overlaps nothing; returns the row of
 * each box that found one. Rows hold their boxes' extents, so a later box may fill a gap an earlier left.
 */
function stackBoxes(
  boxes: readonly Box[],
  rows: number,
  taken: { left: number; right: number }[][],
): (number | undefined)[] {
  return boxes.map((box) => {
    const free = (row: { left: number; right: number }[]) =>
      row.every((other) => other.right + ROW_GAP_PX <= box.left || box.right + ROW_GAP_PX <= other.left);
    let row = taken.findIndex(free);
    if (row === -1 && taken.length < rows) row = taken.push([]) - 1;
    if (row === -1) return undefined;
    taken[row]?.push(box);
    return row;
  });
}

/**
 * Decides, for the visible window, what each lane draws. A lane whose events all fit apart at the whole-story
 * zoom keeps its rows and draws only the marks in view. A crowded lane re-stacks, at this zoom, the events
 * whose time is in view, and then those whose span only crosses it: while the former do not all fit apart
 * (or more than `LANE_MARK_LIMIT` are in view) it draws a density strip of where their times fall instead.
 * Either way the number of elements follows the width of the screen, not the number of events.
 */
export function getLaneViews(
  layout: ChartLayout,
  mode: ScaleMode,
  x: (value: number) => number,
  range: readonly [number, number],
): LaneView[] {
  const [r0, r1] = range;
  return layout.lanes.map((lane) => {
    const isCrowded = layout.crowdedLanes.has(lane.id);
    const { rowHeight } = layout;
    const { rows } = lane;
    const bandTop = lane.top + LANE_HEADER_HEIGHT;
    const topRowY = bandTop + rowHeight / 2;
    if (isCrowded) {
      // A mark whose time is in view is in view, whatever its label: count those first, from their times alone,
      // so a lane with too many to draw one by one is drawn as a band without wrapping or placing a label.
      const timedItems = (layout.itemsByLane.get(lane.id) ?? []).filter((item) => {
        const position = x(getPosition(mode, item.placement));
        return position >= r0 && position <= r1;
      });
      if (timedItems.length > LANE_MARK_LIMIT) {
        const density = getDensityPath(timedItems, x, mode, range, bandTop, rows * rowHeight);
        return { lane: lane.id, marks: [], inView: timedItems.length, hidden: 0, density, topRowY };
      }
    }
    const all = layout.getRowOrder(lane.id);
    const timed: Box[] = [];
    const spanning: Box[] = [];
    for (const item of all) {
      const position = x(getPosition(mode, item.placement));
      const [left, right] = getItemExtent(mode, item, x, range);
      if (right < r0 || left > r1) continue;
      (position >= r0 && position <= r1 ? timed : spanning).push({ item, left, right });
    }
    const inView = timed.length;
    if (!isCrowded) {
      const marks = [...timed, ...spanning].map(({ item }) => ({ item, y: item.y }));
      return { lane: lane.id, marks, inView, hidden: 0, topRowY };
    }
    const taken: { left: number; right: number }[][] = [];
    const timedRows = stackBoxes(timed, rows, taken);
    if (timedRows.includes(undefined)) {
      const density = getDensityPath(
        timed.map(({ item }) => item),
        x,
        mode,
        range,
        bandTop,
        rows * rowHeight,
      );
      return { lane: lane.id, marks: [], inView, hidden: 0, density, topRowY };
    }
    const spanningRows = stackBoxes(spanning, rows, taken);
    const marks: LaneMark[] = [];
    const place = (boxes: readonly Box[], rowsOf: readonly (number | undefined)[]) => {
      boxes.forEach(({ item }, i) => {
        const row = rowsOf[i];
        if (row !== undefined) marks.push({ item, y: topRowY + row * rowHeight });
      });
    };
    place(timed, timedRows);
    place(spanning, spanningRows);
    return {
      lane: lane.id,
      marks,
      inView,
      hidden: spanningRows.filter((row) => row === undefined).length,
      topRowY,
    };
  });
}

/**
 * Bars, one per occupied column from left to right, bottom-aligned in the lane's body; height grows with the log
 * of the count. It reads the events' times alone, never their labels.
 */
function getDensityPath(
  items: readonly ChartItem[],
  x: (value: number) => number,
  mode: ScaleMode,
  [r0]: readonly [number, number],
  top: number,
  height: number,
): string {
  const columns = new Map<number, number>();
  for (const item of items) {
    const px = x(getPosition(mode, item.placement));
    const column = Math.floor((px - r0) / DENSITY_BIN_PX);
    columns.set(column, (columns.get(column) ?? 0) + 1);
  }
  const most = Math.max(1, ...columns.values());
  const bottom = top + height;
  let path = '';
  for (const column of [...columns.keys()].sort((a, b) => a - b)) {
    const count = columns.get(column) ?? 0;
    const bar = Math.max(3, (height * Math.log1p(count)) / Math.log1p(most));
    path += `M${r0 + column * DENSITY_BIN_PX} ${bottom}v${-bar}h${DENSITY_BIN_PX - 1}v${bar}z`;
  }
  return path;
}
