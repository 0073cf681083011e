import { zoomIdentity, zoomTransform } from 'd3-zoom';
import type { ZoomTransform } from 'd3-zoom';
import { useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, Ref } from 'react';
import type { TimelineIndex } from '../data/indexTimeline.ts';
import type { EventId, ZoneName } from '../data/schema.ts';
import { getMaxZoom, getTransformForWindow } from '../time/createBaseScale.ts';
import type { ScaleMode } from '../time/createBaseScale.ts';
import { describeEventTime } from '../time/describeEventTime.ts';
import { formatClock, formatDay } from '../time/formatClock.ts';
import { getZonedTicks } from '../time/getZonedTicks.ts';
import type { Placement, StoryExtent } from '../time/placeEvents.ts';
import { getViewWindowKey, getWindowDomain, toViewWindow } from '../time/viewWindow.ts';
import type { ViewWindow } from '../time/viewWindow.ts';
import { formatZoneLabel } from '../time/zones.ts';
import { EventMark } from './EventMark.tsx';
import { getLaneViews } from './getLaneViews.ts';
import { KeyboardHelp } from './KeyboardHelp.tsx';
import {
  getMarkExtent,
  getPosition,
  labelPlacements,
  LANE_HEADER_HEIGHT,
  layoutChart,
  MARK_RADIUS,
} from './layoutChart.ts';
import type { ChartItem } from './layoutChart.ts';
import { Legend } from './Legend.tsx';
import { Overview } from './Overview.tsx';
import { TimeAxis } from './TimeAxis.tsx';
import type { AxisTick } from './TimeAxis.tsx';
import { useIsClient } from '../shared/useIsClient.ts';
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
/** Roughly how far apart axis ticks are, px. */
const TICK_SPACING_PX = 90;

/** The User Timing mark set once the chart is hydrated and answers input. */
export const INTERACTIVE_MARK = 'timeline-interactive';

function countEvents(count: number): string {
  return count === 1 ? '1 event' : `${count.toLocaleString('en-GB')} events`;
}

export function getMarkDomId(id: EventId): string {
  return `timeline-event-${id}`;
}

/**
 * The chart: a time axis in the display zone, one lane per category, a mark per
 * event, zoom and pan by wheel, drag, pinch, buttons and keys, and an overview
 * with a brush. It is one tab stop; arrow keys move through events in time order.
 */
export function Timeline(props: TimelineProps) {
  const { ref, index, extent, zone, scaleMode: mode, selectedId, onSelect, width, reducedMotion } = props;
  const { shownIds, highlightIds } = props;
  // Filtered-out events leave the chart; in story order the rest close ranks.
  const placements = useMemo(
    () =>
      shownIds === undefined
        ? props.placements
        : props.placements.filter((p) => shownIds.has(p.id)).map((p, sequence) => ({ ...p, sequence })),
    [props.placements, shownIds],
  );
  const { window: requested, onWindowChange } = props;
  const svgRef = useRef<SVGSVGElement>(null);
  const lanes = useMemo(
    () => index.timeline.categories.map((c) => ({ id: c.id, label: c.label })),
    [index.timeline.categories],
  );
  const isClient = useIsClient();
  const labelled = useMemo(
    () => labelPlacements(placements, (id) => index.getEvent(id)?.title ?? id, isClient),
    [placements, index, isClient],
  );
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
  const [r0, r1] = layout.xBase.range() as [number, number];
  const range = useMemo(() => [r0, r1] as const, [r0, r1]);
  const maxZoom = getMaxZoom(mode, layout.domain);
  const itemById = useMemo(() => new Map(layout.items.map((item) => [item.placement.id, item])), [layout.items]);
  const getTitle = useCallback((id: EventId) => index.getEvent(id)?.title ?? id, [index]);

  const [announcement, setAnnouncement] = useState('');
  const describeWindow = useCallback(
    (transform: ZoomTransform) => {
      const x = transform.rescaleX(layout.xBase);
      const [from, to] = x.domain() as [number, number];
      const shown = layout.items.filter((item) => {
        const [left, right] = getMarkExtent(mode, item.placement, x, range);
        return right >= r0 && left <= r1;
      }).length;
      const total = layout.items.length;
      const count = `${shown} of ${total} events shown`;
      if (mode === 'sequence') {
        const first = Math.max(1, Math.ceil(from + 1));
        const last = Math.min(total, Math.floor(to + 1));
        return `Showing events ${first} to ${last} in order: ${count}.`;
      }
      const start = new Date(from);
      const end = new Date(to);
      return `Showing ${formatClock(start, zone)}, ${formatDay(start, zone, false)} to ${formatClock(end, zone)}, ${formatDay(end, zone, false)}, ${formatZoneLabel(zone, start)}: ${count}.`;
    },
    [layout, mode, range, r0, r1, zone],
  );

  // The last window this chart reported, and whether a move is ours (from a link), which is not reported back.
  const reportedKeyRef = useRef(getViewWindowKey(requested));
  const isApplyingRef = useRef(false);
  const isAnnouncingApplyRef = useRef(false);
  const { transform, moveTo, zoomBy, panBy } = useZoom(svgRef, {
    range,
    height: layout.height,
    maxZoom,
    reducedMotion,
    onSettle: (settled) => {
      // Moves for a new width or the first view are not news; a link or Back moving the window is.
      if (!isApplyingRef.current || isAnnouncingApplyRef.current) setAnnouncement(describeWindow(settled));
      if (isApplyingRef.current) {
        isApplyingRef.current = false;
        return;
      }
      const shown = toViewWindow(
        settled.rescaleX(layout.xBase).domain() as [number, number],
        mode,
        placements,
        layout.domain,
      );
      const key = getViewWindowKey(shown);
      // A move that ends where the last one did (d3 re-applying a transform) is no news.
      if (key === reportedKeyRef.current) return;
      reportedKeyRef.current = key;
      onWindowChange(shown);
    },
  });
  const x = transform.rescaleX(layout.xBase);
  const [w0, w1] = x.domain() as [number, number];

  // Shows the window a link or history asks for, and keeps it when the width or scale changes;
  // a window this chart just reported is already on screen.
  const appliedLayoutRef = useRef<typeof layout | undefined>(undefined);
  useEffect(() => {
    const isNewLayout = appliedLayoutRef.current !== layout;
    appliedLayoutRef.current = layout;
    if (!isNewLayout && getViewWindowKey(requested) === reportedKeyRef.current) return;
    const domain = requested === undefined ? undefined : getWindowDomain(requested, mode, placements);
    isApplyingRef.current = true;
    isAnnouncingApplyRef.current = !isNewLayout;
    moveTo(domain === undefined ? zoomIdentity : getTransformForWindow(layout.xBase, domain[0], domain[1]), false);
  }, [layout, requested, mode, placements, moveTo]);

  /** Pans, keeping the zoom, so that an event's mark and label are on screen. */
  const bringIntoView = useCallback(
    (id: EventId, animate = true) => {
      const item = itemById.get(id);
      const node = svgRef.current;
      if (item === undefined || node === null) return;
      const current = zoomTransform(node);
      const position = layout.xBase(getPosition(mode, item.placement));
      const px = current.applyX(position);
      const isVisible = px >= r0 + MARK_RADIUS && px + item.labelWidth <= r1;
      if (isVisible) return;
      const target = r0 + (r1 - r0) * 0.25;
      moveTo(zoomIdentity.translate(target - current.k * position, 0).scale(current.k), animate);
    },
    [itemById, layout, mode, moveTo, r0, r1],
  );

  // The roving tab stop follows the selection, wherever the selection was made.
  const [activeId, setActiveId] = useState<EventId | undefined>(selectedId ?? placements[0]?.id);
  const [lastSelectedId, setLastSelectedId] = useState(selectedId);
  if (selectedId !== lastSelectedId) {
    setLastSelectedId(selectedId);
    if (selectedId !== undefined) {
      setActiveId(selectedId);
      setAnnouncement(`Selected: ${getTitle(selectedId)}. ${describeWindow(transform)}`);
    }
  }
  useEffect(() => {
    if (selectedId !== undefined) bringIntoView(selectedId);
  }, [selectedId, bringIntoView]);

  // The tab stop stays on the chart even when a filter hides the active event.
  const tabStopId = placements.some((p) => p.id === activeId) ? activeId : placements[0]?.id;

  const pendingFocusRef = useRef<EventId | undefined>(undefined);
  const focusEvent = useCallback(
    (id: EventId) => {
      // An event a filter has hidden has no mark: focus goes to the chart's tab stop, or its heading.
      const target = placements.some((p) => p.id === id) ? id : placements[0]?.id;
      if (target === undefined) {
        document.getElementById('timeline-heading')?.focus();
        return;
      }
      bringIntoView(target, false);
      setActiveId(target);
      // A mark out of view is not drawn: it is focused once the pan has drawn it.
      const node = document.getElementById(getMarkDomId(target));
      if (node === null) pendingFocusRef.current = target;
      else node.focus({ preventScroll: true });
    },
    [bringIntoView, placements, setActiveId],
  );
  useLayoutEffect(() => {
    const id = pendingFocusRef.current;
    const node = id === undefined ? null : document.getElementById(getMarkDomId(id));
    if (node === null) return;
    pendingFocusRef.current = undefined;
    node.focus({ preventScroll: true });
  });
  useImperativeHandle(ref, () => ({ focusEvent }), [focusEvent]);

  // A User Timing mark for the benchmark (and real-user monitoring): the chart answers input from here on.
  useEffect(() => {
    if (performance.getEntriesByName(INTERACTIVE_MARK).length === 0) performance.mark(INTERACTIVE_MARK);
  }, []);

  const fit = () => {
    moveTo(zoomIdentity);
  };
  const handleKeyDown = (event: KeyboardEvent<SVGGElement>, id: EventId) => {
    const position = placements.findIndex((p) => p.id === id);
    const goTo = (target: Placement | undefined) => {
      if (target === undefined) return;
      focusEvent(target.id);
      setAnnouncement(`${getTitle(target.id)}. Event ${target.sequence + 1} of ${placements.length}.`);
    };
    let handled = true;
    if (event.key === 'ArrowRight' && event.shiftKey) panBy(PAN_STEP);
    else if (event.key === 'ArrowLeft' && event.shiftKey) panBy(-PAN_STEP);
    else if (event.key === 'ArrowRight') goTo(placements[position + 1]);
    else if (event.key === 'ArrowLeft') goTo(placements[position - 1]);
    else if (event.key === 'Home') goTo(placements[0]);
    else if (event.key === 'End') goTo(placements.at(-1));
    else if (event.key === 'Enter' || event.key === ' ') onSelect(id);
    else if (event.key === '+' || event.key === '=') zoomBy(ZOOM_STEP);
    else if (event.key === '-' || event.key === '_' || event.key === '−') zoomBy(1 / ZOOM_STEP);
    else if (event.key === '0') fit();
    else handled = false;
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  const ticks: AxisTick[] = useMemo(() => {
    const count = Math.max(2, Math.floor((r1 - r0) / TICK_SPACING_PX));
    if (mode === 'sequence') {
      const first = Math.max(0, Math.ceil(w0));
      const last = Math.min(placements.length - 1, Math.floor(w1));
      const step = Math.max(1, Math.ceil((last - first + 1) / count));
      const result: AxisTick[] = [];
      for (let i = first; i <= last; i += step) {
        result.push({ x: x(i), label: String(i + 1), isMajor: placements[i]?.kind === 'exact' });
      }
      return result;
    }
    return getZonedTicks(w0, w1, zone, count).map((tick) => ({
      x: x(tick.at),
      label: tick.label,
      isMajor: tick.isDayStart,
    }));
    // x is derived from w0 and w1.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mode, w0, w1, zone, r0, r1, placements]);

  const laneViews = getLaneViews(layout, mode, x, range);
  /** Zooms in fourfold about a point of the plot, px: a click on a crowded stretch opens it up. */
  const zoomInAt = (px: number) => {
    const k = Math.min(maxZoom, transform.k * 4);
    const at = transform.invertX(px);
    moveTo(zoomIdentity.translate(px - k * at, 0).scale(k));
  };

  const canZoomIn = transform.k < maxZoom - 1e-6;
  const canZoomOut = transform.k > 1 + 1e-6;
  const isAtStart = w0 <= layout.domain[0] + (layout.domain[1] - layout.domain[0]) * 1e-6;
  const isAtEnd = w1 >= layout.domain[1] - (layout.domain[1] - layout.domain[0]) * 1e-6;

  const accessibleNameOf = (item: ChartItem) => {
    const event = index.getEvent(item.placement.id);
    if (event === undefined) return item.label;
    const match = highlightIds?.has(event.id) === true ? ', matches' : '';
    return `${event.title}, ${describeEventTime(event.time, zone, getTitle).text}${match}`;
  };

  const laneIndex = useMemo(() => new Map(lanes.map((lane, i) => [lane.id, i])), [lanes]);
  const overviewMarks = useMemo(
    () =>
      layout.items.map((item) => ({
        x: layout.xBase(getPosition(mode, item.placement)),
        row: laneIndex.get(item.lane) ?? 0,
      })),
    [layout, mode, laneIndex],
  );
  const selectedItem = selectedId === undefined ? undefined : itemById.get(selectedId);

  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <div className="timeline-header">
        <h2 id="timeline-heading" tabIndex={-1}>
          Timeline
        </h2>
        <p className="timeline-caption">
          {mode === 'sequence'
            ? 'Events evenly spaced in an order consistent with the report; distance is not time.'
            : `Times in ${formatZoneLabel(zone, new Date(extent.start))}. Drag, scroll or pinch to move and zoom.`}
        </p>
      </div>
      <div className="timeline-toolbar" role="toolbar" aria-label="Zoom and pan">
        <button type="button" onClick={() => zoomBy(ZOOM_STEP)} disabled={!canZoomIn}>
          Zoom in
        </button>
        <button type="button" onClick={() => zoomBy(1 / ZOOM_STEP)} disabled={!canZoomOut}>
          Zoom out
        </button>
        <button type="button" onClick={fit} disabled={!canZoomOut}>
          Fit whole story
        </button>
        <button type="button" onClick={() => panBy(-PAN_STEP)} disabled={isAtStart}>
          ← Earlier
        </button>
        <button type="button" onClick={() => panBy(PAN_STEP)} disabled={isAtEnd}>
          Later →
        </button>
      </div>
      <section className="timeline-plot" aria-label="Timeline chart">
        <svg
          ref={svgRef}
          className="timeline-svg"
          width={width}
          height={layout.height}
          role="listbox"
          aria-label="Events by time, one lane per category"
          aria-orientation="horizontal"
        >
          <defs>
            <clipPath id="timeline-clip">
              <rect x={r0 - MARK_RADIUS - 6} y={0} width={r1 - r0 + 2 * MARK_RADIUS + 12} height={layout.height} />
            </clipPath>
            <linearGradient id="timeline-span-fade" x1="0" x2="1" y1="0" y2="0">
              <stop offset="0%" stopColor="currentColor" stopOpacity="0.55" />
              <stop offset="100%" stopColor="currentColor" stopOpacity="0.06" />
            </linearGradient>
          </defs>
          <g aria-hidden="true">
            {layout.lanes.map((lane, i) => (
              <g key={lane.id} className={`timeline-lane${i % 2 === 1 ? ' is-alternate' : ''}`}>
                <rect className="timeline-lane-bg" x={0} y={lane.top} width={width} height={lane.height} />
                <text className="timeline-lane-label" x={r0} y={lane.top + LANE_HEADER_HEIGHT - 7}>
                  {lane.label}
                </text>
              </g>
            ))}
          </g>
          <g clipPath="url(#timeline-clip)">
            <TimeAxis ticks={ticks} height={layout.height} />
            {laneViews.map((view, i) => {
              const lane = layout.lanes[i];
              if (lane === undefined) return null;
              // The tab stop and the chosen event are always drawn, so focus and selection have a mark to sit on.
              const pinned = [...new Set([tabStopId, selectedId])]
                .map((id) => (id === undefined ? undefined : itemById.get(id)))
                .filter(
                  (item): item is ChartItem =>
                    item !== undefined && item.lane === lane.id && !view.marks.some((m) => m.item === item),
                )
                .map((item) => ({ item, y: item.y }));
              return (
                <g key={lane.id} role="group" aria-label={lane.label}>
                  {view.density !== undefined && (
                    <g className="timeline-density" aria-hidden="true">
                      <path
                        d={view.density}
                        onClick={(event) => {
                          const box = svgRef.current?.getBoundingClientRect();
                          if (box !== undefined) zoomInAt(event.clientX - box.left);
                        }}
                      />
                    </g>
                  )}
                  {(view.density !== undefined || view.hidden > 0) && (
                    <text
                      className="timeline-density-note"
                      aria-hidden="true"
                      x={r1}
                      y={lane.top + LANE_HEADER_HEIGHT - 7}
                    >
                      {view.density !== undefined
                        ? `${countEvents(view.inView)} here: zoom in to tell them apart`
                        : `${countEvents(view.hidden)} that span this view are not drawn; the chronology lists them`}
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
                        label={item.label}
                        labelWidth={item.labelWidth}
                        accessibleName={accessibleNameOf(item)}
                        domId={getMarkDomId(id)}
                        position={item.placement.sequence + 1}
                        setSize={placements.length}
                        isSelected={id === selectedId}
                        isActive={id === tabStopId}
                        isDimmed={highlightIds !== undefined && !highlightIds.has(id)}
                        isMatch={highlightIds?.has(id) === true}
                        onActivate={() => {
                          setActiveId(id);
                          onSelect(id);
                        }}
                        onFocus={() => {
                          if (activeId !== id) setActiveId(id);
                          bringIntoView(id);
                        }}
                        onKeyDown={(e) => {
                          handleKeyDown(e, id);
                        }}
                      />
                    );
                  })}
                </g>
              );
            })}
          </g>
        </svg>
      </section>
      <Overview
        width={width}
        range={range}
        marks={overviewMarks}
        selected={
          selectedItem === undefined
            ? undefined
            : {
                x: layout.xBase(getPosition(mode, selectedItem.placement)),
                row: laneIndex.get(selectedItem.lane) ?? 0,
              }
        }
        rows={lanes.length}
        window={[transform.invertX(r0), transform.invertX(r1)]}
        onBrush={(from, to) => {
          const [d0, d1] = [layout.xBase.invert(from), layout.xBase.invert(to)];
          moveTo(getTransformForWindow(layout.xBase, d0, d1), false);
        }}
      />
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <div className="timeline-help">
        <Legend />
        <KeyboardHelp />
      </div>
    </section>
  );
}
