import type { KeyboardEvent } from 'react';
import type { TimelineIndex } from '../data/indexTimeline.ts';
import type { EventId, ZoneName } from '../data/schema.ts';
import type { ScaleMode } from '../time/createBaseScale.ts';
import { describeEventTime } from '../time/describeEventTime.ts';
import { describeStatusBriefly } from '../shared/describeStatus.ts';
import { EventMark } from './EventMark.tsx';
import { formatEventCount } from './formatEventCount.ts';
import { getLaneViews } from './getLaneViews.ts';
import { getMarkDomId } from './getMarkDomId.ts';
import { LANE_HEADER_HEIGHT } from './layoutChart.ts';
import type { ChartItem } from './layoutChart.ts';
import type { FocusRequest } from './useChartFocus.ts';
import type { ChartModel } from './useChartLayout.ts';

interface ChartLanesProps {
  index: TimelineIndex;
  chart: ChartModel;
  mode: ScaleMode;
  zone: ZoneName;
  /** The visible scale: the base scale rescaled by the zoom transform. */
  x: (value: number) => number;
  /** The open event. */
  selectedId: EventId | undefined;
  /** The mark in the tab order. */
  tabStopId: EventId | undefined;
  /** The events a search or a highlighted entity picks out; the rest are dimmed. */
  highlightIds: ReadonlySet<EventId> | undefined;
  /** A mark to focus once it is drawn. */
  focusRequest: FocusRequest | undefined;
  /** A click on a crowded stretch, at a point of the plot, px. */
  onZoomInAt: (px: number) => void;
  /** A reader chose an event: click, tap, Enter or Space. */
  onActivate: (id: EventId) => void;
  onMarkFocus: (id: EventId) => void;
  onMarkKeyDown: (event: KeyboardEvent<SVGGElement>, id: EventId) => void;
}

/**
 * Each lane's events at the current zoom, a group per lane: its marks one by one or, where they crowd, their
 * density, with a note of what is not drawn.
 */
export function ChartLanes(props: ChartLanesProps) {
  const { index, chart, mode, zone, x, selectedId, tabStopId, highlightIds, focusRequest } = props;
  const { layout, itemById, positionOf, storyOrder, range } = chart;
  const [, r1] = range;
  const laneViews = getLaneViews(layout, mode, x, range);

  const accessibleNameOf = (item: ChartItem) => {
    const event = index.getEvent(item.placement.id);
    if (event === undefined) return item.label;
    const getTitle = (id: EventId) => index.getEvent(id)?.title ?? id;
    const match = highlightIds?.has(event.id) === true ? ', matches' : '';
    // Title, time in words and on whose word it rests: a screen reader hears what the mark's shape and outline show.
    return `${event.title}, ${describeEventTime(event.time, zone, getTitle).text}, ${describeStatusBriefly(event, index)}${match}`;
  };

  return laneViews.map((view, i) => {
    const lane = layout.lanes[i];
    if (lane === undefined) return null;
    // The tab stop and the chosen event are always drawn, so focus and selection have a mark to sit on.
    const pinned = [...new Set([tabStopId, selectedId])]
      .map((id) => (id === undefined ? undefined : itemById.get(id)))
      .filter(
        (item): item is ChartItem =>
          item !== undefined && item.lane === lane.id && !view.marks.some((m) => m.item === item),
      )
      // A lane drawn as its density has no rows at this zoom: its pinned mark sits on the first, rather than work out
      // (by wrapping the title of every event that may start before it) the row it takes at the whole-story zoom.
      .map((item) => ({ item, y: view.density === undefined ? item.y : view.topRowY }));
    return (
      <g key={lane.id} role="group" aria-label={lane.label}>
        {view.density !== undefined && (
          <g className="timeline-density" aria-hidden="true">
            <path
              d={view.density}
              onClick={(event) => {
                const box = event.currentTarget.ownerSVGElement?.getBoundingClientRect();
                if (box !== undefined) props.onZoomInAt(event.clientX - box.left);
              }}
            />
          </g>
        )}
        {(view.density !== undefined || view.hidden > 0) && (
          <text className="timeline-density-note" aria-hidden="true" x={r1} y={lane.top + LANE_HEADER_HEIGHT - 7}>
            {view.density !== undefined
              ? `${formatEventCount(view.inView)} here: zoom in to tell them apart`
              : `${formatEventCount(view.hidden)} that span this view are not drawn; the chronology lists them`}
          </text>
        )}
        {[...view.marks, ...pinned].map(({ item, y }) => {
          const id = item.placement.id;
          const event = index.getEvent(id);
          return (
            <EventMark
              key={id}
              placement={item.placement}
              status={event?.status ?? 'stated'}
              mode={mode}
              x={x}
              range={range}
              y={y}
              lines={item.lines}
              labelWidth={item.labelWidth}
              labelSide={item.labelSide}
              accessibleName={accessibleNameOf(item)}
              domId={getMarkDomId(id)}
              position={positionOf(item.placement)}
              setSize={storyOrder.length}
              isSelected={id === selectedId}
              isActive={id === tabStopId}
              isDimmed={highlightIds !== undefined && !highlightIds.has(id)}
              isMatch={highlightIds?.has(id) === true}
              onActivate={() => {
                props.onActivate(id);
              }}
              focusSerial={focusRequest?.id === id ? focusRequest.serial : undefined}
              onFocus={() => {
                props.onMarkFocus(id);
              }}
              onKeyDown={(e) => {
                props.onMarkKeyDown(e, id);
              }}
            />
          );
        })}
      </g>
    );
  });
}
