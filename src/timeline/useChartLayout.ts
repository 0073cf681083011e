import { useCallback, useEffect, useMemo } from 'react';
import type { TimelineIndex } from '../data/indexTimeline.ts';
import type { CategoryId, EventId } from '../data/schema.ts';
import { getMaxZoom } from '../time/createBaseScale.ts';
import type { ScaleMode } from '../time/createBaseScale.ts';
import { getStepCount, getStoryOrder } from '../time/getStorySteps.ts';
import type { Placement, StoryExtent } from '../time/placeEvents.ts';
import { getPosition, getWrapWidth, labelPlacements, layoutChart } from './layoutChart.ts';
import type { ChartItem, ChartLayout } from './layoutChart.ts';

/** One event in the overview strip. */
export interface OverviewMark {
  /** Its position at the whole-story zoom, px. */
  x: number;
  /** Its lane's index, top to bottom. */
  row: number;
}

/** The chart at the whole-story zoom, and what the rest of the chart looks up in it. */
export interface ChartModel {
  /** The categories, one lane each, top to bottom. */
  lanes: readonly { id: CategoryId; label: string }[];
  layout: ChartLayout;
  /** The events in the arrow keys' order: step by step, and in reading order within a step. */
  storyOrder: readonly Placement[];
  /** An event's place in `storyOrder`, from 1. */
  positionOf: (placement: Placement) => number;
  itemById: ReadonlyMap<EventId, ChartItem>;
  /** How many steps the story has. */
  stepCount: number;
  /** The plot's left and right edges, px. */
  range: readonly [number, number];
  /** The deepest zoom, a unitless scale factor. */
  maxZoom: number;
  /** Every event's mark in the overview strip. */
  overviewMarks: readonly OverviewMark[];
  /** An event's mark in the overview strip. */
  toOverviewMark: (item: ChartItem) => OverviewMark;
}

interface ChartLayoutInput {
  index: TimelineIndex;
  /** The events the chart shows, in reading order. */
  placements: readonly Placement[];
  mode: ScaleMode;
  extent: StoryExtent;
  /** The chart's width, px. */
  width: number;
  /** False on the server and while hydrating: labels are measured by estimate until the browser can. */
  isClient: boolean;
}

/** Lays the chart out at the whole-story zoom: its lanes, each event's row and label, and the base scale. */
export function useChartLayout({ index, placements, mode, extent, width, isClient }: ChartLayoutInput): ChartModel {
  const lanes = useMemo(
    () => index.timeline.categories.map((c) => ({ id: c.id, label: c.label })),
    [index.timeline.categories],
  );
  const stepCount = useMemo(() => getStepCount(placements), [placements]);
  const wrapWidth = getWrapWidth(mode, stepCount, width);
  const labelled = useMemo(
    () => labelPlacements(placements, (id) => index.getEvent(id)?.title ?? id, isClient, wrapWidth),
    [placements, index, isClient, wrapWidth],
  );
  // Arrow keys and positions follow the story: step by step, and in reading order within a step.
  const storyOrder = useMemo(() => (mode === 'sequence' ? getStoryOrder(placements) : placements), [mode, placements]);
  const layout = useMemo(
    () =>
      layoutChart({
        mode,
        labelled,
        extent,
        lanes,
        width,
        categoryOf: (id) => index.getEvent(id)?.category,
      }),
    [mode, labelled, extent, lanes, width, index],
  );
  // A crowded lane's titles are wrapped, and its rows filled, only when asked (see layoutChart). Ask once the
  // browser is idle after the first paint, a lane at a time, so the reader's first zoom into one finds it ready.
  useEffect(() => {
    if (typeof requestIdleCallback === 'undefined') return undefined;
    const pending = [...layout.crowdedLanes];
    let handle: number | undefined;
    const settleNext = () => {
      const lane = pending.shift();
      if (lane === undefined) return;
      layout.getRowOrder(lane);
      handle = requestIdleCallback(settleNext);
    };
    handle = requestIdleCallback(settleNext);
    return () => {
      if (handle !== undefined) cancelIdleCallback(handle);
    };
  }, [layout]);
  const [r0, r1] = layout.xBase.range();
  const range = useMemo(() => [r0, r1] as const, [r0, r1]);
  const maxZoom = getMaxZoom(mode, layout.domain);
  const positionOf = useMemo(() => {
    // Indexed by each placement's place in reading order, which `placements` (the events shown) numbers from 0.
    const positions = new Int32Array(placements.length);
    storyOrder.forEach((p, i) => {
      positions[p.sequence] = i + 1;
    });
    return (placement: Placement) => positions[placement.sequence] ?? placement.sequence + 1;
  }, [placements, storyOrder]);
  const laneIndex = useMemo(() => new Map(lanes.map((lane, i) => [lane.id, i])), [lanes]);
  const toOverviewMark = useCallback(
    (item: ChartItem) => ({ x: layout.xBase(getPosition(mode, item.placement)), row: laneIndex.get(item.lane) ?? 0 }),
    [layout, mode, laneIndex],
  );
  const overviewMarks = useMemo(() => layout.items.map(toOverviewMark), [layout.items, toOverviewMark]);
  return {
    lanes,
    layout,
    storyOrder,
    positionOf,
    itemById: layout.itemById,
    stepCount,
    range,
    maxZoom,
    overviewMarks,
    toOverviewMark,
  };
}
