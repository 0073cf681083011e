/**
 * The one place d3-zoom touches the DOM, loaded by useZoom when the reader first shows an intent to zoom or pan
 * (performance.md: the zoom stack stays out of the first view). It attaches d3-zoom to the chart's `<svg>` and
 * only reports `event.transform`; every move our own code makes goes through `zoom.transform` with an event that
 * says whose move it is (zoomSource.ts), so d3's state and React's never drift and the settle handler knows who
 * moved.
 */
import { select } from 'd3-selection';
import type { Selection } from 'd3-selection';
import 'd3-transition';
import type { Transition } from 'd3-transition';
import { zoom, zoomIdentity as d3ZoomIdentity } from 'd3-zoom';
import type { D3ZoomEvent, ZoomBehavior, ZoomTransform as D3ZoomTransform } from 'd3-zoom';
import { ZoomTransform } from '../time/zoomTransform.ts';
import type { ZoomExtent } from '../time/zoomTransform.ts';
import type { ZoomSourceEvent } from './zoomSource.ts';
import { getWheelDelta, isZoomWheel } from './zoomWheel.ts';

/** What the chart hears from d3-zoom. */
export interface ChartZoomListeners {
  /** Every step of a move: the transform to draw. */
  onZoom: (transform: ZoomTransform) => void;
  /** A move ended: the transform it settled on and d3's `sourceEvent` (our tag, or a DOM event for a gesture). */
  onEnd: (transform: ZoomTransform, sourceEvent: unknown) => void;
}

/** d3-zoom on the chart: one behaviour for the life of the chart, since d3 keeps its gesture state on it. */
export interface ChartZoom {
  /** Attaches the behaviour to the chart's `<svg>` within `extent` (px) and up to `maxZoom`; returns the detach. */
  attach: (node: SVGSVGElement, extent: ZoomExtent, maxZoom: number) => () => void;
  /** Moves to a transform (already clamped), over `durationMs` (0 for at once), tagged with whose move it is. */
  move: (node: SVGSVGElement, transform: ZoomTransform, event: ZoomSourceEvent, durationMs: number) => void;
}

type Zoom = ZoomBehavior<SVGSVGElement, unknown>;
type ZoomTarget =
  Selection<SVGSVGElement, unknown, null, undefined> | Transition<SVGSVGElement, unknown, null, undefined>;

/** True for a touch event (`TouchEvent` itself is undefined in Firefox and Safari on a desktop). */
function isTouchEvent(event: Event): event is TouchEvent {
  return 'touches' in event;
}

/** Ours, from d3's: the same three numbers. */
function fromD3(transform: D3ZoomTransform): ZoomTransform {
  return new ZoomTransform(transform.k, transform.x, transform.y);
}

/** d3's, from ours: built as d3 builds one, so no number changes on the way. */
function toD3(transform: ZoomTransform): D3ZoomTransform {
  return d3ZoomIdentity.translate(transform.x, transform.y).scale(transform.k);
}

/**
 * `zoom.transform` with its event argument. d3-zoom 3 takes the event as a fourth argument and hands it on as
 * `sourceEvent` (d3/d3-zoom#205); @types/d3-zoom 3.0 still declares only three arguments, hence the cast.
 */
function transformWithSource(behaviour: Zoom, target: ZoomTarget, transform: ZoomTransform, event: ZoomSourceEvent) {
  const apply = behaviour.transform.bind(behaviour) as (
    target: ZoomTarget,
    transform: D3ZoomTransform,
    point: undefined,
    event: ZoomSourceEvent,
  ) => void;
  apply(target, toD3(transform), undefined, event);
}

/** Makes the chart's d3-zoom behaviour, reporting to `listeners`. */
export function createChartZoom(listeners: ChartZoomListeners): ChartZoom {
  const behaviour = zoom<SVGSVGElement, unknown>()
    // A plain up-and-down wheel scrolls the page (the chart is no trap); Ctrl or ⌘ + wheel, or a pinch, zooms; a
    // sideways wheel or trackpad swipe pans (useZoom handles it). On touch, one finger scrolls the page.
    .wheelDelta(getWheelDelta)
    .filter((event: Event) => {
      if (event instanceof WheelEvent) return isZoomWheel(event);
      // d3-drag reads event.view.document, and jsdom's synthetic clicks (user-event) have no view, so a test's
      // click would throw there (d3/d3-drag#79; jsdom will not default it, jsdom/jsdom#3935).
      if (event instanceof MouseEvent) return event.button === 0 && !event.ctrlKey && event.view !== null;
      // One finger is the page's, to scroll it; two fingers pan and pinch the chart.
      if (isTouchEvent(event)) return event.touches.length >= 2;
      return true;
    })
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      listeners.onZoom(fromD3(event.transform));
    })
    .on('end', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      listeners.onEnd(fromD3(event.transform), event.sourceEvent);
    });

  return {
    attach: (node, extent, maxZoom) => {
      const bounds: [[number, number], [number, number]] = [
        [extent[0][0], extent[0][1]],
        [extent[1][0], extent[1][1]],
      ];
      behaviour.extent(bounds).translateExtent(bounds).scaleExtent([1, maxZoom]);
      const selection = select(node);
      selection.call(behaviour);
      // d3-zoom's touch handling wants touch-action: none; let one finger's vertical swipe still scroll the page,
      // while two fingers' pans and pinches stay with d3-zoom (timeline.css says the same before d3 arrives).
      selection.style('touch-action', 'pan-y');
      return () => {
        selection.on('.zoom', null);
      };
    },
    move: (node, transform, event, durationMs) => {
      const selection = select(node);
      if (durationMs > 0) transformWithSource(behaviour, selection.transition().duration(durationMs), transform, event);
      else transformWithSource(behaviour, selection.interrupt(), transform, event);
    },
  };
}
