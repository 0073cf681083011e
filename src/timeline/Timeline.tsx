import { zoomIdentity } from 'd3-zoom';
import { useEffect, useImperativeHandle, useMemo, useRef } from 'react';
import type { KeyboardEvent, Ref } from 'react';
import type { TimelineIndex } from '../data/indexTimeline.ts';
import type { EventId, ZoneName } from '../data/schema.ts';
import { getTransformForWindow } from '../time/createBaseScale.ts';
import type { ScaleMode } from '../time/createBaseScale.ts';
import type { Placement, StoryExtent } from '../time/placeEvents.ts';
import { keepPlacements } from '../time/getStorySteps.ts';
import type { ViewWindow } from '../time/viewWindow.ts';
import { getMarkDomId } from './getMarkDomId.ts';
import { ZoomToolbar } from './ZoomToolbar.tsx';
import { getAxisTicks, getOverviewTicks } from './getAxisTicks.ts';
import { KeyboardHelp } from './KeyboardHelp.tsx';
import { getPosition } from './layoutChart.ts';
import { ChartKey, Legend } from './Legend.tsx';
import { Overview } from './Overview.tsx';
import { TimeAxis } from './TimeAxis.tsx';
import { TimelineCaption } from './TimelineCaption.tsx';
import { ChartDefs } from './ChartDefs.tsx';
import { ChartLanes } from './ChartLanes.tsx';
import { LaneBackgrounds } from './LaneBackgrounds.tsx';
import { useChartFocus } from './useChartFocus.ts';
import { useChartLayout } from './useChartLayout.ts';
import { useFollowMoves } from './useFollowMoves.ts';
import { useRequestedWindow } from './useRequestedWindow.ts';
import { useSettledMoves } from './useSettledMoves.ts';
import { useWheelHint } from './useWheelHint.ts';
import { useIsClient } from '../shared/useIsClient.ts';
import { assertNever } from '../data/assertNever.ts';
import { getKeyCommand } from '../shared/keyBindings.ts';
import { useZoom } from './useZoom.ts';
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
  ref?: Ref<TimelineHandle>;
}

/** Zoom factor of one press of a zoom button or key. */
const ZOOM_STEP = 2;
/** Share of the window one press of "earlier" / "later" pans. */
const PAN_STEP = 0.4;

/** The User Timing mark set once the chart is hydrated and answers input. */
export const INTERACTIVE_MARK = 'timeline-interactive';

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
  const { lanes, layout, storyOrder, itemById, range, maxZoom } = chart;
  const [r0, r1] = range;
  const focus = useChartFocus(placements, selectedId);
  const { tabStopId } = focus;
  const { spoken, settle, sayWindow } = useSettledMoves({
    index,
    chart,
    mode,
    placements,
    zone,
    requested,
    onWindowChange,
    focus,
  });
  const { isWheelHintShown, showWheelHint } = useWheelHint();
  const { transform, moveTo, zoomBy, panBy } = useZoom(svgRef, {
    range,
    height: layout.height,
    maxZoom,
    reducedMotion,
    onSettle: settle,
    onPlainWheel: showWheelHint,
  });
  const x = transform.rescaleX(layout.xBase);
  const [w0, w1] = x.domain() as [number, number];

  useRequestedWindow(svgRef, { requested, layout, mode, placements, moveTo, sayWindow });
  const { focusEvent, onMarkFocus } = useFollowMoves(svgRef, { chart, mode, placements, selectedId, moveTo, focus });
  useImperativeHandle(ref, () => ({ focusEvent: (id: EventId) => focusEvent(id) }), [focusEvent]);

  // A User Timing mark for the benchmark (and real-user monitoring): the chart answers input from here on.
  useEffect(() => {
    if (performance.getEntriesByName(INTERACTIVE_MARK).length === 0) performance.mark(INTERACTIVE_MARK);
  }, []);

  /**
   * Where a zoom by button or key holds still, px: the focused mark, else the chosen one, when it is in view, so
   * the event the reader is on stays where it is on screen; otherwise the middle of the plot.
   */
  const getZoomAnchor = (): number | undefined => {
    const focused = document.activeElement?.id;
    const anchored = [...itemById.values()].find((item) => getMarkDomId(item.placement.id) === focused);
    const item = anchored ?? (selectedId === undefined ? undefined : itemById.get(selectedId));
    if (item === undefined) return undefined;
    const at = x(getPosition(mode, item.placement));
    return at >= r0 && at <= r1 ? at : undefined;
  };
  const zoomAbout = (factor: number) => {
    zoomBy(factor, getZoomAnchor());
  };

  const fit = () => {
    moveTo(zoomIdentity, { source: { kind: 'control' } });
  };
  const handleKeyDown = (event: KeyboardEvent<SVGGElement>, id: EventId) => {
    const position = storyOrder.findIndex((p) => p.id === id);
    const goTo = (target: Placement | undefined) => {
      if (target !== undefined) focusEvent(target.id, 'position');
    };
    const command = getKeyCommand(event);
    // Escape belongs to the details panel; any other key is the browser's.
    if (command === undefined || command === 'close') return;
    switch (command) {
      case 'previous':
        goTo(storyOrder[position - 1]);
        break;
      case 'next':
        goTo(storyOrder[position + 1]);
        break;
      case 'first':
        goTo(storyOrder[0]);
        break;
      case 'last':
        goTo(storyOrder.at(-1));
        break;
      case 'open':
        onSelect(id);
        break;
      case 'zoom-in':
        zoomAbout(ZOOM_STEP);
        break;
      case 'zoom-out':
        zoomAbout(1 / ZOOM_STEP);
        break;
      case 'fit':
        fit();
        break;
      case 'pan-earlier':
        panBy(-PAN_STEP);
        break;
      case 'pan-later':
        panBy(PAN_STEP);
        break;
      default:
        assertNever(command);
    }
    event.preventDefault();
    event.stopPropagation();
  };

  const ticks = useMemo(
    () => getAxisTicks(mode, [w0, w1], range, zone, placements),
    [mode, w0, w1, range, zone, placements],
  );

  // The overview's labels: the axis of the whole story, one row, so the strip says where in time the window is.
  const overviewTicks = useMemo(
    () => getOverviewTicks(getAxisTicks(mode, layout.domain, range, zone, placements)),
    [mode, layout.domain, range, zone, placements],
  );
  /** Zooms in fourfold about a point of the plot, px: a click on a crowded stretch opens it up. */
  const zoomInAt = (px: number) => {
    const k = Math.min(maxZoom, transform.k * 4);
    const at = transform.invertX(px);
    moveTo(zoomIdentity.translate(px - k * at, 0).scale(k), { source: { kind: 'control' } });
  };

  const canZoomIn = transform.k < maxZoom - 1e-6;
  const canZoomOut = transform.k > 1 + 1e-6;
  const isAtStart = w0 <= layout.domain[0] + (layout.domain[1] - layout.domain[0]) * 1e-6;
  const isAtEnd = w1 >= layout.domain[1] - (layout.domain[1] - layout.domain[0]) * 1e-6;

  const selectedItem = selectedId === undefined ? undefined : itemById.get(selectedId);

  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <div className="timeline-header">
        <h2 id="timeline-heading" className="visually-hidden-on-phone" tabIndex={-1}>
          Timeline
        </h2>
        <TimelineCaption mode={mode} zone={zone} start={extent.start} />
        <ZoomToolbar
          isLive={isClient}
          canZoomIn={canZoomIn}
          canZoomOut={canZoomOut}
          isAtStart={isAtStart}
          isAtEnd={isAtEnd}
          onZoomIn={() => {
            zoomAbout(ZOOM_STEP);
          }}
          onZoomOut={() => {
            zoomAbout(1 / ZOOM_STEP);
          }}
          onFit={fit}
          onEarlier={() => {
            panBy(-PAN_STEP);
          }}
          onLater={() => {
            panBy(PAN_STEP);
          }}
        />
      </div>
      <ChartKey />
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
              tabStopId={tabStopId}
              highlightIds={highlightIds}
              focusRequest={focus.focusRequest}
              onZoomInAt={zoomInAt}
              onActivate={(id) => {
                focus.setActiveId(id);
                onSelect(id);
              }}
              onMarkFocus={onMarkFocus}
              onMarkKeyDown={handleKeyDown}
            />
          </g>
        </svg>
      </section>
      <Overview
        width={width}
        range={range}
        marks={chart.overviewMarks}
        selected={selectedItem === undefined ? undefined : chart.toOverviewMark(selectedItem)}
        rows={lanes.length}
        window={[transform.invertX(r0), transform.invertX(r1)]}
        ticks={overviewTicks}
        onBrush={(from, to) => {
          const [d0, d1] = [layout.xBase.invert(from), layout.xBase.invert(to)];
          moveTo(getTransformForWindow(layout.xBase, d0, d1), { source: { kind: 'control' }, animate: false });
        }}
      />
      <p className="visually-hidden" role="status" aria-live="polite">
        {spoken}
      </p>
      <div className="timeline-help">
        <Legend />
        <KeyboardHelp />
      </div>
    </section>
  );
}
