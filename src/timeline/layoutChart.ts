import type { CategoryId, EventId } from '../data/schema.ts';
import { createBaseScale, getStoryDomain } from '../time/createBaseScale.ts';
import type { ScaleMode } from '../time/createBaseScale.ts';
import type { LinearScale } from '../time/createLinearScale.ts';
import type { Placement, StoryExtent } from '../time/placeEvents.ts';
import { getStepCount } from '../time/getStorySteps.ts';
import { layoutLanes } from './layoutLanes.ts';
import type { MarkBox } from './layoutLanes.ts';
import { wrapLabel } from './measureLabel.ts';

/** Height of the axis above the lanes, px. */
export const AXIS_HEIGHT = 34;
/** Height of a lane's heading, px. */
export const LANE_HEADER_HEIGHT = 22;
/** Height of one row of one-line marks, px: at least the 24 px a touch target needs. */
export const ROW_HEIGHT = 26;
/** Height of each further line of a wrapped label, px. */
export const LINE_HEIGHT = 16;
/** The most lines a label wraps to; only a title longer than that is cut with an ellipsis. */
export const MAX_LABEL_LINES = 4;
/** The narrowest a story-step label wraps to, px, however many steps share the width: below it, labels stack. */
export const MIN_WRAP_PX = 150;
/** Space below each lane, px. */
export const LANE_GAP = 8;
/** Horizontal room kept at each side of the plot, px, so edge marks and their rings show. */
export const SIDE_PADDING = 16;
/** The widest a label's line may be, px: on the clock scale always; in story steps when steps are wide. */
export const MAX_LABEL_PX = 250;
/** Space between a mark and its label, px. */
export const LABEL_OFFSET = 10;
/** How far an order-only event's fade runs on the clock scale, px: a direction from a bound, not an end. */
export const FADE_PX = 28;
/** Half the width of a mark's shape, px. */
export const MARK_RADIUS = 7;
/** The most rows a lane stacks; a lane that needs more is crowded, and aggregated until zoom parts it. */
export const MAX_ROWS_PER_LANE = 8;

/** One event, where the chart draws it at the whole-story zoom. */
export interface ChartItem {
  /** Where the event sits in time. */
  placement: Placement;
  /** Its lane: its category. */
  lane: CategoryId;
  /** Its row within the lane, from 0 at the top. */
  row: number;
  /** Centre of its row, px from the top of the chart. */
  y: number;
  /** The label as drawn: the title, cut to fit. */
  label: string;
  /** The label's lines, top to bottom: the title wrapped (story steps) or on one line. */
  lines: readonly string[];
  /** The drawn label's width, px: its widest line. */
  labelWidth: number;
  /** Which side of the mark the label sits on: the left near the plot's right edge, so it is never cut off. */
  labelSide: LabelSide;
}

/** Which side of its mark a label is drawn on. */
export type LabelSide = 'right' | 'left';

/** A lane and where it sits. */
export interface ChartLane {
  /** The lane's category. */
  id: CategoryId;
  /** The category's label, drawn at the lane's top left. */
  label: string;
  /** Its top, px from the top of the chart. */
  top: number;
  /** Its height, px. */
  height: number;
  /** How many rows of marks it has. */
  rows: number;
}

/** Everything the chart needs to draw, computed once for a width and scale mode; zooming only moves x. */
export interface ChartLayout {
  /** The base scale: epoch ms (or story position) to px at the whole-story zoom. */
  xBase: LinearScale;
  /** The whole story on the base scale: epoch ms, or event positions in story order (0 for the first). */
  domain: [number, number];
  /** Every lane, top to bottom. */
  lanes: ChartLane[];
  /** Every event shown, in reading order. */
  items: ChartItem[];
  /** Each lane's items, in order of where their boxes start (the order rows were filled in). */
  itemsByLane: ReadonlyMap<CategoryId, readonly ChartItem[]>;
  /** Lanes whose rows could not hold their events apart at the whole-story zoom. */
  crowdedLanes: ReadonlySet<CategoryId>;
  /** The chart's height, px. */
  height: number;
  /** Height of every row of marks, px: room for the most lines any label wraps to. */
  rowHeight: number;
}

/** Where a placement's mark sits along the base axis: time, or its place in the sequence. */
export function getPosition(mode: ScaleMode, placement: Placement): number {
  return mode === 'sequence' ? placement.step : placement.anchor;
}

/** The height of a row whose tallest label has `lines` lines, px. */
export function getRowHeight(lines: number): number {
  return ROW_HEIGHT + Math.max(0, lines - 1) * LINE_HEIGHT;
}

/**
 * How wide labels wrap, px: in story steps, the width of a step at the whole-story zoom, less the mark, within
 * [MIN_WRAP_PX, MAX_LABEL_PX]; on the clock scale, MAX_LABEL_PX.
 */
export function getWrapWidth(mode: ScaleMode, stepCount: number, width: number): number {
  if (mode !== 'sequence') return MAX_LABEL_PX;
  const step = (width - 2 * SIDE_PADDING) / Math.max(1, stepCount);
  return Math.round(Math.min(MAX_LABEL_PX, Math.max(MIN_WRAP_PX, step - LABEL_OFFSET - MARK_RADIUS - 8)));
}

/** The horizontal extent of a mark (without its label), px, on a given scale. */
export function getMarkExtent(
  mode: ScaleMode,
  placement: Placement,
  x: (value: number) => number,
  [r0, r1]: readonly [number, number],
): [number, number] {
  const centre = x(getPosition(mode, placement));
  if (mode === 'sequence' || placement.kind === 'exact') return [centre - MARK_RADIUS, centre + MARK_RADIUS];
  // An order-only event draws a short fade from its one bound, never a line to the story's edge.
  if (placement.kind === 'order') {
    if (placement.earliest !== undefined) return [centre - MARK_RADIUS, centre + FADE_PX];
    if (placement.latest !== undefined) return [centre - FADE_PX, centre + MARK_RADIUS];
    return [centre - MARK_RADIUS, centre + MARK_RADIUS];
  }
  const from = placement.earliest === undefined ? r0 : x(placement.earliest);
  const to = placement.latest === undefined ? r1 : x(placement.latest);
  return [Math.min(from, centre) - MARK_RADIUS, Math.max(to, centre) + MARK_RADIUS];
}

/**
 * Where a mark's label starts at the earliest, px: just after the mark's point, whatever its kind, or a label's
 * width before it when the label sits on the left. (EventMark may start a band's label later, inside the band's
 * visible start; this is the bound lane stacking uses.)
 */
export function getLabelStart(
  mode: ScaleMode,
  placement: Placement,
  x: (value: number) => number,
  side: LabelSide = 'right',
  labelWidth = 0,
): number {
  const centre = x(getPosition(mode, placement));
  if (side === 'left') return centre - LABEL_OFFSET - labelWidth;
  // On the clock scale an order-only event fades on from its earliest bound; its label starts past the fade.
  const fadesOn = mode === 'chronological' && placement.kind === 'order' && placement.earliest !== undefined;
  return centre + (fadesOn ? FADE_PX + 4 : LABEL_OFFSET);
}

/** The horizontal extent of a mark with its label, px, on a given scale. */
export function getItemExtent(
  mode: ScaleMode,
  item: Pick<ChartItem, 'placement' | 'labelSide' | 'labelWidth'>,
  x: (value: number) => number,
  range: readonly [number, number],
): [number, number] {
  const [left, right] = getMarkExtent(mode, item.placement, x, range);
  const labelStart = getLabelStart(mode, item.placement, x, item.labelSide, item.labelWidth);
  return [Math.min(left, labelStart), Math.max(right, labelStart + item.labelWidth)];
}

/** A placement with its label as drawn: the title, wrapped or cut to fit. */
export interface LabelledPlacement {
  /** Where the event sits in time. */
  placement: Placement;
  /** The title as drawn, its lines joined: cut with an ellipsis only where it could not fit. */
  label: string;
  /** The label's lines, top to bottom. */
  lines: readonly string[];
  /** The label's width, px: its widest line. */
  labelWidth: number;
}

/**
 * Wraps every title to fit `wrapWidth` in at most MAX_LABEL_LINES lines and measures it. It depends on the wrap
 * width alone, not the chart's width, so a resize that keeps the wrap width (every resize of a story with many
 * steps, where labels wrap at MIN_WRAP_PX) lays the chart out again without measuring labels again.
 * `isPrecise`: measure with the browser's canvas; false on the server and while hydrating.
 */
export function labelPlacements(
  placements: readonly Placement[],
  getTitle: (id: EventId) => string,
  isPrecise: boolean,
  wrapWidth = MAX_LABEL_PX,
): LabelledPlacement[] {
  return placements.map((placement) => {
    const { lines, width } = wrapLabel(getTitle(placement.id), wrapWidth, MAX_LABEL_LINES, isPrecise);
    return { placement, label: lines.join(' '), lines, labelWidth: Math.min(wrapWidth, width) };
  });
}

interface LayoutChartInput {
  mode: ScaleMode;
  /** Every event's placement with its label (see {@link labelPlacements}), in placement order. */
  labelled: readonly LabelledPlacement[];
  extent: StoryExtent;
  /** An event's lane; events without one go to the first lane. */
  categoryOf: (id: EventId) => CategoryId | undefined;
  lanes: readonly { id: CategoryId; label: string }[];
  width: number;
}

/**
 * Lays the chart out at the whole-story zoom. Rows are fixed here: zooming in only
 * spreads marks apart, so rows that do not collide now never collide, and the chart
 * does not jump while a reader zooms.
 */
export function layoutChart(input: LayoutChartInput): ChartLayout {
  const { mode, labelled, extent, lanes, width } = input;
  const firstLane = lanes[0]?.id;
  const categoryOf = (id: EventId) => input.categoryOf(id) ?? firstLane ?? ('' as CategoryId);
  const stepCount = getStepCount(labelled.map((l) => l.placement));
  const domain = getStoryDomain(mode, extent, stepCount);
  const range: [number, number] = [SIDE_PADDING, Math.max(SIDE_PADDING + 1, width - SIDE_PADDING)];
  const xBase = createBaseScale(domain, range[0], range[1]);
  // A label that would run past the plot's right edge sits left of its mark, when there is room there.
  const sideOf = ({ placement, labelWidth }: LabelledPlacement): LabelSide => {
    const fitsRight = getLabelStart(mode, placement, xBase, 'right') + labelWidth <= range[1];
    return fitsRight || getLabelStart(mode, placement, xBase, 'left', labelWidth) < range[0] ? 'right' : 'left';
  };
  const sided = labelled.map((l) => ({ ...l, labelSide: sideOf(l) }));
  const boxes: MarkBox[] = sided.map((item) => {
    const [left, right] = getItemExtent(mode, item, xBase, range);
    return { id: item.placement.id, lane: categoryOf(item.placement.id), left, right };
  });
  let mostLines = 1;
  for (const l of labelled) mostLines = Math.max(mostLines, l.lines.length);
  const rowHeight = getRowHeight(mostLines);
  const { rowOf, rowsPerLane, crowdedLanes, boxesByLane } = layoutLanes(
    lanes.map((l) => l.id),
    boxes,
    MAX_ROWS_PER_LANE,
  );
  // A lane whose rows hold their events apart sizes each row to its tallest label; a crowded lane, whose rows
  // are filled again at every zoom, gives every row room for the tallest label of all.
  const linesOf = new Map(labelled.map((l) => [l.placement.id, l.lines.length]));
  const rowTops = new Map<CategoryId, number[]>();
  let top = AXIS_HEIGHT;
  const chartLanes: ChartLane[] = lanes.map((lane) => {
    const rows = rowsPerLane.get(lane.id) ?? 1;
    const heights = Array.from({ length: rows }, () => (crowdedLanes.has(lane.id) ? rowHeight : getRowHeight(1)));
    if (!crowdedLanes.has(lane.id)) {
      for (const box of boxesByLane.get(lane.id) ?? []) {
        const row = rowOf.get(box.id) ?? 0;
        heights[row] = Math.max(heights[row] ?? 0, getRowHeight(linesOf.get(box.id) ?? 1));
      }
    }
    const tops: number[] = [];
    let rowTop = top + LANE_HEADER_HEIGHT;
    for (const h of heights) {
      tops.push(rowTop + h / 2);
      rowTop += h;
    }
    rowTops.set(lane.id, tops);
    const height = rowTop - top + LANE_GAP;
    const placed = { id: lane.id, label: lane.label, top, height, rows };
    top += height;
    return placed;
  });
  const items = sided.map(({ placement, label, lines, labelWidth, labelSide }) => {
    const lane = categoryOf(placement.id);
    const row = rowOf.get(placement.id) ?? 0;
    const y = rowTops.get(lane)?.[row] ?? AXIS_HEIGHT + LANE_HEADER_HEIGHT + rowHeight / 2;
    return { placement, lane, row, y, label, lines, labelWidth, labelSide };
  });
  // Each lane's items in the order its rows were filled: by where their boxes start.
  const itemById = new Map(items.map((item) => [item.placement.id, item]));
  const itemsByLane = new Map<CategoryId, ChartItem[]>();
  for (const [lane, inLane] of boxesByLane) {
    const laneItems: ChartItem[] = [];
    for (const box of inLane) {
      const item = itemById.get(box.id);
      if (item !== undefined) laneItems.push(item);
    }
    itemsByLane.set(lane, laneItems);
  }
  return {
    xBase,
    domain,
    lanes: chartLanes,
    items,
    itemsByLane,
    crowdedLanes,
    height: top + 4,
    rowHeight,
  };
}
