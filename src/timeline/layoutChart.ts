import type { ScaleLinear } from 'd3-scale';
import type { CategoryId, EventId } from '../data/schema.ts';
import { createBaseScale, getStoryDomain } from '../time/createBaseScale.ts';
import type { ScaleMode } from '../time/createBaseScale.ts';
import type { Placement, StoryExtent } from '../time/placeEvents.ts';
import { layoutLanes } from './layoutLanes.ts';
import type { MarkBox } from './layoutLanes.ts';
import { fitLabelWithWidth } from './measureLabel.ts';

/** Height of the axis above the lanes, px. */
export const AXIS_HEIGHT = 34;
/** Height of a lane's heading, px. */
export const LANE_HEADER_HEIGHT = 22;
/** Height of one row of marks, px: at least the 24 px a touch target needs. */
export const ROW_HEIGHT = 26;
/** Space below each lane, px. */
export const LANE_GAP = 8;
/** Horizontal room kept at each side of the plot, px, so edge marks and their rings show. */
export const SIDE_PADDING = 16;
/** The longest a label may be before it is cut with an ellipsis, px. */
export const MAX_LABEL_PX = 250;
/** Space between a mark and its label, px. */
export const LABEL_OFFSET = 10;
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
  /** The drawn label's width, px. */
  labelWidth: number;
}

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
}

/** Everything the chart needs to draw, computed once for a width and scale mode; zooming only moves x. */
export interface ChartLayout {
  /** The base scale: epoch ms (or story position) to px at the whole-story zoom. */
  xBase: ScaleLinear<number, number>;
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
}

/** Where a placement's mark sits along the base axis: time, or its place in the sequence. */
export function getPosition(mode: ScaleMode, placement: Placement): number {
  return mode === 'sequence' ? placement.sequence : placement.anchor;
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
  const from = placement.earliest === undefined ? r0 : x(placement.earliest);
  const to = placement.latest === undefined ? r1 : x(placement.latest);
  return [Math.min(from, centre) - MARK_RADIUS, Math.max(to, centre) + MARK_RADIUS];
}

/**
 * Where a mark's label starts at the earliest, px: just after the mark's point, whatever its kind. (EventMark
 * may start a band's label later, inside the band's visible start; this is the bound lane stacking uses.)
 */
export function getLabelStart(mode: ScaleMode, placement: Placement, x: (value: number) => number): number {
  return x(getPosition(mode, placement)) + LABEL_OFFSET;
}

/** A placement with its label as drawn: the title, cut to fit. */
export interface LabelledPlacement {
  /** Where the event sits in time. */
  placement: Placement;
  /** The title, cut to fit with an ellipsis where it had to be. */
  label: string;
  /** The label's width, px. */
  labelWidth: number;
}

/**
 * Cuts every title to fit and measures it. It does not depend on the chart's width, so a resize (or the first
 * measurement of the page's width) lays the chart out again without measuring thousands of labels again.
 * `isPrecise`: measure with the browser's canvas; false on the server and while hydrating.
 */
export function labelPlacements(
  placements: readonly Placement[],
  getTitle: (id: EventId) => string,
  isPrecise: boolean,
): LabelledPlacement[] {
  return placements.map((placement) => {
    const { label, width } = fitLabelWithWidth(getTitle(placement.id), MAX_LABEL_PX, isPrecise);
    return { placement, label, labelWidth: Math.min(MAX_LABEL_PX, width) };
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
  const domain = getStoryDomain(mode, extent, labelled.length);
  const range: [number, number] = [SIDE_PADDING, Math.max(SIDE_PADDING + 1, width - SIDE_PADDING)];
  const xBase = createBaseScale(domain, range[0], range[1]);
  const boxes: MarkBox[] = labelled.map(({ placement, labelWidth }) => {
    const [left, right] = getMarkExtent(mode, placement, xBase, range);
    const labelEnd = getLabelStart(mode, placement, xBase) + labelWidth;
    return { id: placement.id, lane: categoryOf(placement.id), left, right: Math.max(right, labelEnd) };
  });
  const { rowOf, rowsPerLane, crowdedLanes, boxesByLane } = layoutLanes(
    lanes.map((l) => l.id),
    boxes,
    MAX_ROWS_PER_LANE,
  );
  let top = AXIS_HEIGHT;
  const chartLanes: ChartLane[] = lanes.map((lane) => {
    const height = LANE_HEADER_HEIGHT + (rowsPerLane.get(lane.id) ?? 1) * ROW_HEIGHT + LANE_GAP;
    const placed = { id: lane.id, label: lane.label, top, height };
    top += height;
    return placed;
  });
  const laneTop = new Map(chartLanes.map((l) => [l.id, l.top]));
  const items = labelled.map(({ placement, label, labelWidth }) => {
    const lane = categoryOf(placement.id);
    const row = rowOf.get(placement.id) ?? 0;
    const y = (laneTop.get(lane) ?? AXIS_HEIGHT) + LANE_HEADER_HEIGHT + row * ROW_HEIGHT + ROW_HEIGHT / 2;
    return { placement, lane, row, y, label, labelWidth };
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
  return { xBase, domain, lanes: chartLanes, items, itemsByLane, crowdedLanes, height: top + 4 };
}
