import { useCallback, useEffect, useImperativeHandle, useMemo, useRef } from 'react';
import type { ReactNode, Ref } from 'react';
import type { TimelineIndex } from '../data/indexTimeline.ts';
import type { EventId, ZoneName } from '../data/schema.ts';
import type { ScaleMode } from '../time/createBaseScale.ts';
import { keepPlacements } from '../time/getStorySteps.ts';
import type { Placement, StoryExtent } from '../time/placeEvents.ts';
import type { ViewWindow } from '../time/viewWindow.ts';
import { useIsClient } from '../shared/useIsClient.ts';
import { ChartDefs } from './ChartDefs.tsx';
import { ChartLanes } from './ChartLanes.tsx';
import { getAxisTicks, getOverviewTicks } from '../time/getAxisTicks.ts';
import { measureAxisLabel } from './measureLabel.ts';
import { getChartControls } from './getChartControls.ts';
import { handleChartKey } from './handleChartKey.ts';
import { LaneBackgrounds } from './LaneBackgrounds.tsx';
import { Overview } from './Overview.tsx';
import { TimeAxis } from './TimeAxis.tsx';
import { TimelineCaption } from './TimelineCaption.tsx';
import { useChartFocus } from './useChartFocus.ts';
import { useChartLayout } from './useChartLayout.ts';
import { useFollowMoves } from './useFollowMoves.ts';
import { useRequestedWindow } from './useRequestedWindow.ts';
import { useSettledMoves } from './useSettledMoves.ts';
import { useWheelHint } from './useWheelHint.ts';
import { useZoom } from './useZoom.ts';
import { ZoomToolbar } from './ZoomToolbar.tsx';
import { markOnce, TIMELINE_INTERACTIVE_MARK } from '../shared/userTimingMarks.ts';
import './timeline.css';

/** What the app can ask of the chart. */
export interface TimelineHandle {
  /** Moves keyboard focus to an event's mark, bringing it into view. */
  focusEvent: (id: EventId) => void;
}

interface TimelineProps {
  index: TimelineIndex;
  /** Where each event sits in time, in reading order. */
  placements: readonly Placement[];
  extent: StoryExtent;
  zone: ZoneName;
  scaleMode: ScaleMode;
  selectedId: EventId | undefined;
  /** The events the filters keep; all when undefined. Hidden events leave the chart and the arrow-key order. */
  shownIds?: ReadonlySet<EventId> | undefined;
  /** The events a search or a highlighted entity picks out; the rest are dimmed. */
  highlightIds?: ReadonlySet<EventId> | undefined;
  /** A reader chose an event: click, tap, Enter or Space. */
  onSelect: (id: EventId) => void;
  /** The chart's width, px. */
  width: number;
  /** The window to show, from a link or history; undefined for the whole story. */
  window: ViewWindow | undefined;
  /** A reader's zoom or pan settled on a new window. */
  onWindowChange: (window: ViewWindow | undefined) => void;
  reducedMotion: boolean;
  /**
   * What goes under the chart, in the element {@link TIMELINE_HELP_ID}: the legend and the keys (`TimelineHelp`),
   * which the app loads only when a reader reaches for them.
   */
  help?: ReactNode;
  /** The compact key above the plot (`ChartKey`), which the app, like the help, loads when a reader reaches for it. */
  chartKey?: ReactNode;
  ref?: Ref<TimelineHandle>;
}

/** The id of the element that holds the chart's help. */
export const TIMELINE_HELP_ID = 'timeline-help';

/**
 * The chart: a time axis in the display zone, one lane per category, a mark per
 * event, zoom and pan by wheel, drag, pinch, buttons and keys, and an overview
 * with a brush. It is one tab stop; arrow keys move through events in time order.
 */
export function Timeline(props: TimelineProps) {
  const { ref, index, extent, zone, scaleMode: mode, selectedId, onSelect, width, reducedMotion } = props;
  const { shownIds, highlightIds } = props;
  // Filtered-out events leave the chart; in story steps the rest close ranks.
  const placements = useMemo(
    () => (shownIds === undefined ? props.placements : keepPlacements(props.placements, (p) => shownIds.has(p.id))),
    [props.placements, shownIds],
  );
  const { window: requested, onWindowChange } = props;
  const svgRef = useRef<SVGSVGElement>(null);
  const isClient = useIsClient();
  const chart = useChartLayout({ index, placements, mode, extent, width, isClient });
  const { layout, range } = chart;
  const [r0, r1] = range;
  const focus = useChartFocus(placements, selectedId);
  const settled = useSettledMoves({ index, chart, mode, placements, zone, requested, onWindowChange, focus });
  const { isWheelHintShown, showWheelHint } = useWheelHint();
  const zoom = useZoom(svgRef, {
    range,
    height: layout.height,
    maxZoom: chart.maxZoom,
    reducedMotion,
    onSettle: settled.settle,
    onPlainWheel: showWheelHint,
  });
  const { transform, moveTo, getTransform } = zoom;
  const x = transform.rescaleX(layout.xBase);
  const [w0, w1] = x.domain();
  useRequestedWindow({ requested, layout, mode, placements, moveTo, getTransform, sayWindow: settled.sayWindow });
  const { focusEvent, onMarkFocus } = useFollowMoves({
    chart,
    mode,
    placements,
    selectedId,
    moveTo,
    getTransform,
    focus,
  });
  useImperativeHandle(ref, () => ({ focusEvent: (id: EventId) => focusEvent(id) }), [focusEvent]);

  // A User Timing mark for the benchmark (and real-user monitoring): the chart answers input from here on.
  useEffect(() => {
    markOnce(TIMELINE_INTERACTIVE_MARK);
  }, []);

  // Axis labels by estimate until the browser can measure them, as the lanes' labels are.
  const axisLabelWidth = useCallback((label: string) => measureAxisLabel(label, isClient), [isClient]);
  // The axis of the whole story: the overview's labels come from it, and so does the axis while the chart shows
  // the whole story (the first view), rather than working the same ticks out twice.
  const [d0, d1] = layout.domain;
  const wholeTicks = useMemo(
    () => getAxisTicks(mode, [d0, d1], range, zone, placements, axisLabelWidth),
    [mode, d0, d1, range, zone, placements, axisLabelWidth],
  );
  // To a billionth of the story: the zoom's inverse of the whole range gives back the domain up to rounding.
  const isWhole = Math.abs(w0 - d0) + Math.abs(w1 - d1) <= (d1 - d0) * 1e-9;
  const ticks = useMemo(
    () => (isWhole ? wholeTicks : getAxisTicks(mode, [w0, w1], range, zone, placements, axisLabelWidth)),
    [isWhole, wholeTicks, mode, w0, w1, range, zone, placements, axisLabelWidth],
  );

  // The overview's labels: the axis of the whole story, one row, so the strip says where in time the window is.
  const overviewTicks = useMemo(() => getOverviewTicks(wholeTicks, axisLabelWidth), [wholeTicks, axisLabelWidth]);
  const controls = getChartControls({ zoom, chart, mode, selectedId });
  const selectedItem = selectedId === undefined ? undefined : chart.itemById.get(selectedId);

  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <div className="timeline-header">
        <h2 id="timeline-heading" className="visually-hidden-on-phone" tabIndex={-1}>
          Timeline
        </h2>
        <TimelineCaption mode={mode} zone={zone} start={extent.start} />
        <ZoomToolbar
          isLive={isClient}
          canZoomIn={controls.canZoomIn}
          canZoomOut={controls.canZoomOut}
          isAtStart={controls.isAtStart}
          isAtEnd={controls.isAtEnd}
          onZoomIn={controls.zoomIn}
          onZoomOut={controls.zoomOut}
          onFit={controls.fit}
          onEarlier={controls.panEarlier}
          onLater={controls.panLater}
        />
      </div>
      {props.chartKey}
      <section className="timeline-plot" aria-label="Timeline chart">
        {isWheelHintShown && (
          <p className="timeline-wheel-hint" aria-hidden="true">
            Use Ctrl + scroll (⌘ + scroll on a Mac) to zoom
          </p>
        )}
        <svg
          ref={svgRef}
          className="timeline-svg"
          width={width}
          height={layout.height}
          role="listbox"
          aria-label="Events by time, one lane per category"
          aria-orientation="horizontal"
          {...focus.chartHandlers}
        >
          <ChartDefs range={range} height={layout.height} />
          <LaneBackgrounds lanes={layout.lanes} width={width} labelX={r0} />
          <g clipPath="url(#timeline-clip)">
            <TimeAxis ticks={ticks} height={layout.height} />
            <ChartLanes
              index={index}
              chart={chart}
              mode={mode}
              zone={zone}
              x={x}
              selectedId={selectedId}
              tabStopId={focus.tabStopId}
              highlightIds={highlightIds}
              focusRequest={focus.focusRequest}
              onZoomInAt={controls.zoomInAt}
              onActivate={(id) => {
                focus.setActiveId(id);
                onSelect(id);
              }}
              onMarkFocus={onMarkFocus}
              onMarkKeyDown={(event, id) => {
                handleChartKey(event, id, { storyOrder: chart.storyOrder, focusEvent, onSelect, controls });
              }}
            />
          </g>
        </svg>
      </section>
      <Overview
        width={width}
        range={range}
        marks={chart.overviewMarks}
        selected={selectedItem === undefined ? undefined : chart.toOverviewMark(selectedItem)}
        rows={chart.lanes.length}
        window={[transform.invertX(r0), transform.invertX(r1)]}
        ticks={overviewTicks}
        onBrush={controls.showBrushed}
      />
      <p className="visually-hidden" role="status" aria-live="polite">
        {settled.spoken}
      </p>
      <div id={TIMELINE_HELP_ID} className="timeline-help">
        {props.help}
      </div>
    </section>
  );
}
