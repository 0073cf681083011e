import type { CategoryId, EventId } from '../data/schema.ts';
import { createBaseScale, getStoryDomain } from '../time/createBaseScale.ts';
import type { ScaleMode } from '../time/createBaseScale.ts';
import type { LinearScale } from '../time/createLinearScale.ts';
import type { Placement, StoryExtent } from '../time/placeEvents.ts';
import { getStepCount } from '../time/getStorySteps.ts';
import { findCrowdedLanes, layoutLanes } from './layoutLanes.ts';
import type { MarkBox } from './layoutLanes.ts';
import { countLabelLines, wrapLabel } from './measureLabel.ts';

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
  /** Each lane's items, in reading order. */
  itemsByLane: ReadonlyMap<CategoryId, readonly ChartItem[]>;
  /** Every event's item, by its id. */
  itemById: ReadonlyMap<EventId, ChartItem>;
  /**
   * A lane's items in order of where their boxes start (the order its rows were filled in). For a lane crowded
   * by its marks alone, the first ask wraps its titles and fills its rows.
   */
  getRowOrder: (lane: CategoryId) => readonly ChartItem[];
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

/** Every event's label for one wrap width: how many lines the tallest takes now, each label when it is asked for. */
export interface PlacementLabels {
  /** The events, in placement order. */
  placements: readonly Placement[];
  /** The width labels wrap to, px: no label is wider. */
  wrapWidth: number;
  /** The most lines any label wraps to (at least 1): it sizes the rows of crowded lanes. */
  mostLines: number;
  /** The label of `placements[i]`, wrapped and measured on the first ask and kept. */
  get: (i: number) => LabelledPlacement;
}

/**
 * Every title wrapped to fit `wrapWidth` in at most MAX_LABEL_LINES lines, and measured. It depends on the wrap
 * width alone, not the chart's width, so a resize that keeps the wrap width (every resize of a story with many
 * steps, where labels wrap at MIN_WRAP_PX) lays the chart out again without measuring labels again. Only the
 * line counts are taken at once, for the row height; a label is wrapped when the layout or a mark needs it, so
 * the titles of a crowded lane, drawn as a density band, are wrapped only once a reader zooms in on them.
 * `isPrecise`: measure with the browser's canvas; false on the server and while hydrating.
 */
export function labelPlacements(
  placements: readonly Placement[],
  getTitle: (id: EventId) => string,
  isPrecise: boolean,
  wrapWidth = MAX_LABEL_PX,
): PlacementLabels {
  let mostLines = 1;
  for (const placement of placements) {
    if (mostLines === MAX_LABEL_LINES) break;
    mostLines = Math.max(mostLines, countLabelLines(getTitle(placement.id), wrapWidth, MAX_LABEL_LINES, isPrecise));
  }
  const labels: (LabelledPlacement | undefined)[] = new Array<LabelledPlacement | undefined>(placements.length);
  const get = (i: number): LabelledPlacement => {
    const known = labels[i];
    if (known !== undefined) return known;
    const placement = placements[i];
    if (placement === undefined) throw new RangeError(`No placement ${i} to label`);
    const { lines, width } = wrapLabel(getTitle(placement.id), wrapWidth, MAX_LABEL_LINES, isPrecise);
    const labelled = { placement, label: lines.join(' '), lines, labelWidth: Math.min(wrapWidth, width) };
    labels[i] = labelled;
    return labelled;
  };
  return { placements, wrapWidth, mostLines, get };
}

interface LayoutChartInput {
  mode: ScaleMode;
  /** Every event's placement and its label (see {@link labelPlacements}). */
  labelled: PlacementLabels;
  extent: StoryExtent;
  /** An event's lane; events without one go to the first lane. */
  categoryOf: (id: EventId) => CategoryId | undefined;
  lanes: readonly { id: CategoryId; label: string }[];
  width: number;
}

/** How the chart works out, on first read, the label and the row of an event of a lane crowded by its marks. */
interface CrowdedLaneSource {
  /** The event's label as drawn, and its side. */
  labelOf: (i: number) => LabelledPlacement & { labelSide: LabelSide };
  /** The event's row. */
  rowOf: (i: number) => number;
  /** Centre of a lane's row, px from the top of the chart. */
  yOf: (lane: CategoryId, row: number) => number;
}

/**
 * An event of a lane crowded by its marks alone: its label is wrapped, and its row worked out, on the first read
 * of either. Until a reader zooms in, such a lane is drawn as a density band from the events' times alone, and
 * its titles need not be wrapped.
 */
class CrowdedLaneItem implements ChartItem {
  readonly placement: Placement;
  readonly lane: CategoryId;
  private readonly index: number;
  private readonly source: CrowdedLaneSource;

  constructor(placement: Placement, lane: CategoryId, index: number, source: CrowdedLaneSource) {
    this.placement = placement;
    this.lane = lane;
    this.index = index;
    this.source = source;
  }

  get row(): number {
    return this.source.rowOf(this.index);
  }

  get y(): number {
    return this.source.yOf(this.lane, this.row);
  }

  get label(): string {
    return this.source.labelOf(this.index).label;
  }

  get lines(): readonly string[] {
    return this.source.labelOf(this.index).lines;
  }

  get labelWidth(): number {
    return this.source.labelOf(this.index).labelWidth;
  }

  get labelSide(): LabelSide {
    return this.source.labelOf(this.index).labelSide;
  }
}

/**
 * Lays the chart out at the whole-story zoom. Rows are fixed here: zooming in only
 * spreads marks apart, so rows that do not collide now never collide, and the chart
 * does not jump while a reader zooms.
 *
 * A lane is crowded when more boxes overlap at one point than it has rows: the rows, stacked first fit in order
 * of where boxes start, then run out (first fit on intervals takes as many rows as the most that overlap). A
 * box with its label holds at least its mark, so a lane whose marks alone overlap more than MAX_ROWS_PER_LANE
 * deep is crowded whatever its labels; its rows are known (all of them, each `rowHeight` tall) before any of
 * its titles is wrapped, and its events' rows are worked out when first read (see CrowdedLaneItem).
 */
export function layoutChart(input: LayoutChartInput): ChartLayout {
  const { mode, labelled, extent, lanes, width } = input;
  const { placements } = labelled;
  const firstLane = lanes[0]?.id;
  const categoryOf = (id: EventId) => input.categoryOf(id) ?? firstLane ?? ('' as CategoryId);
  const stepCount = getStepCount(placements);
  const domain = getStoryDomain(mode, extent, stepCount);
  const range: [number, number] = [SIDE_PADDING, Math.max(SIDE_PADDING + 1, width - SIDE_PADDING)];
  const xBase = createBaseScale(domain, range[0], range[1]);
  const laneIds = lanes.map((l) => l.id);
  const laneOf = placements.map((p) => categoryOf(p.id));
  // A label that would run past the plot's right edge sits left of its mark, when there is room there.
  const sideOf = ({ placement, labelWidth }: LabelledPlacement): LabelSide => {
    const fitsRight = getLabelStart(mode, placement, xBase, 'right') + labelWidth <= range[1];
    return fitsRight || getLabelStart(mode, placement, xBase, 'left', labelWidth) < range[0] ? 'right' : 'left';
  };
  /** The boxes of the events `indices` (of `placements`), mark and label, in the order given. */
  const labelBoxes = (indices: readonly number[]) =>
    indices.map((i) => {
      const l = labelled.get(i);
      const item = { ...l, labelSide: sideOf(l) };
      const [left, right] = getItemExtent(mode, item, xBase, range);
      return { box: { id: l.placement.id, lane: laneOf[i] ?? ('' as CategoryId), left, right }, item };
    });
  const markBoxes: MarkBox[] = placements.map((placement, i) => {
    const [left, right] = getMarkExtent(mode, placement, xBase, range);
    return { id: placement.id, lane: laneOf[i] ?? ('' as CategoryId), left, right };
  });
  const crowdedByMarks = findCrowdedLanes(laneIds, markBoxes, MAX_ROWS_PER_LANE);
  const indicesByLane = new Map<CategoryId, number[]>(laneIds.map((id) => [id, []]));
  laneOf.forEach((lane, i) => {
    const inLane = indicesByLane.get(lane);
    if (inLane === undefined) indicesByLane.set(lane, [i]);
    else inLane.push(i);
  });
  // The lanes whose marks leave room need every label now: their labels decide their rows.
  const settledIndices = placements.flatMap((_, i) => (crowdedByMarks.has(laneOf[i] ?? ('' as CategoryId)) ? [] : [i]));
  const settledBoxes = labelBoxes(settledIndices);
  const rowHeight = getRowHeight(labelled.mostLines);
  const { rowOf, rowsPerLane, crowdedLanes, boxesByLane } = layoutLanes(
    laneIds.filter((id) => !crowdedByMarks.has(id)),
    settledBoxes.map(({ box }) => box),
    MAX_ROWS_PER_LANE,
  );
  for (const id of crowdedByMarks) {
    (crowdedLanes as Set<CategoryId>).add(id);
    (rowsPerLane as Map<CategoryId, number>).set(id, MAX_ROWS_PER_LANE);
  }
  // A lane whose rows hold their events apart sizes each row to its tallest label; a crowded lane, whose rows
  // are filled again at every zoom, gives every row room for the tallest label of all.
  const linesOf = new Map(settledBoxes.map(({ item }) => [item.placement.id, item.lines.length]));
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
  const yOf = (lane: CategoryId, row: number) =>
    rowTops.get(lane)?.[row] ?? AXIS_HEIGHT + LANE_HEADER_HEIGHT + rowHeight / 2;
  /** Each lane's items in the order its rows were filled: by where their boxes start. */
  const rowOrder = new Map<CategoryId, ChartItem[]>();
  const itemById = new Map<EventId, ChartItem>();
  for (const { item } of settledBoxes) {
    const { placement, label, lines, labelWidth, labelSide } = item;
    const lane = categoryOf(placement.id);
    const row = rowOf.get(placement.id) ?? 0;
    itemById.set(placement.id, { placement, lane, row, y: yOf(lane, row), label, lines, labelWidth, labelSide });
  }
  for (const [lane, inLane] of boxesByLane) {
    rowOrder.set(
      lane,
      inLane.flatMap((box) => itemById.get(box.id) ?? []),
    );
  }
  // A lane crowded by its marks alone is laid out exactly as the lanes above were, but only when asked. An
  // event's row depends only on the boxes that start before its own (rows are filled in that order), so one
  // event's row needs the labels of those alone: the events whose box may start no later, label or not.
  const sidedLabels = new Map<number, LabelledPlacement & { labelSide: LabelSide }>();
  const labelOf = (i: number) => {
    let sided = sidedLabels.get(i);
    if (sided === undefined) {
      const l = labelled.get(i);
      sided = { ...l, labelSide: sideOf(l) };
      sidedLabels.set(i, sided);
    }
    return sided;
  };
  const boxOf = (i: number): MarkBox => {
    const [left, right] = getItemExtent(mode, labelOf(i), xBase, range);
    return { id: placements[i]?.id ?? ('' as EventId), lane: laneOf[i] ?? ('' as CategoryId), left, right };
  };
  /** The leftmost a box may start whatever its label: its mark's start, or a widest label's left of it. */
  const leastLeftOf = (i: number) => {
    const placement = placements[i];
    const markLeft = markBoxes[i]?.left ?? Number.NEGATIVE_INFINITY;
    if (placement === undefined || getLabelStart(mode, placement, xBase, 'right') + labelled.wrapWidth <= range[1]) {
      return markLeft;
    }
    return Math.min(markLeft, getLabelStart(mode, placement, xBase, 'left', labelled.wrapWidth));
  };
  const crowdedRows = new Map<number, number>();
  const settleLane = (lane: CategoryId) => {
    const indices = indicesByLane.get(lane) ?? [];
    const laidOut = layoutLanes([lane], indices.map(boxOf), MAX_ROWS_PER_LANE);
    for (const i of indices) crowdedRows.set(i, laidOut.rowOf.get(placements[i]?.id ?? ('' as EventId)) ?? 0);
    rowOrder.set(
      lane,
      (laidOut.boxesByLane.get(lane) ?? []).flatMap((box) => itemById.get(box.id) ?? []),
    );
  };
  const rowOfCrowded = (i: number) => {
    const known = crowdedRows.get(i);
    if (known !== undefined) return known;
    const lane = laneOf[i] ?? ('' as CategoryId);
    const own = boxOf(i);
    // The boxes placed before this one: those that start sooner, or as soon and come earlier in reading order.
    const before = (indicesByLane.get(lane) ?? [])
      .filter((j) => j !== i && leastLeftOf(j) <= own.left)
      .map((j) => ({ j, box: boxOf(j) }))
      .filter(({ j, box }) => box.left < own.left || (box.left === own.left && j < i))
      .sort((a, b) => a.box.left - b.box.left || a.j - b.j);
    const laidOut = layoutLanes([lane], [...before.map(({ box }) => box), own], MAX_ROWS_PER_LANE);
    const row = laidOut.rowOf.get(own.id) ?? 0;
    crowdedRows.set(i, row);
    return row;
  };
  const source: CrowdedLaneSource = { labelOf, rowOf: rowOfCrowded, yOf };
  const items = placements.map((placement, i) => {
    const known = itemById.get(placement.id);
    if (known !== undefined) return known;
    const item = new CrowdedLaneItem(placement, laneOf[i] ?? ('' as CategoryId), i, source);
    itemById.set(placement.id, item);
    return item;
  });
  const itemsByLane = new Map<CategoryId, ChartItem[]>();
  for (const [lane, indices] of indicesByLane)
    itemsByLane.set(
      lane,
      indices.flatMap((i) => items[i] ?? []),
    );
  return {
    xBase,
    domain,
    lanes: chartLanes,
    items,
    itemsByLane,
    itemById,
    getRowOrder: (lane) => {
      if (!rowOrder.has(lane) && crowdedByMarks.has(lane)) settleLane(lane);
      return rowOrder.get(lane) ?? [];
    },
    crowdedLanes,
    height: top + 4,
    rowHeight,
  };
}
