/**
 * The one place d3-zoom touches the DOM. It listens on one element and only
 * stores `event.transform`; every move our own code makes (a link's window,
 * buttons, keys, the brush, bringing an event into view) goes through
 * `zoom.transform` with an event that says whose move it is (zoomSource.ts),
 * so d3's state and React's never drift and the settle handler knows who moved.
 */
import { select } from 'd3-selection';
import type { Selection } from 'd3-selection';
import 'd3-transition';
import type { Transition } from 'd3-transition';
import { zoom, zoomIdentity, zoomTransform } from 'd3-zoom';
import type { D3ZoomEvent, ZoomBehavior, ZoomTransform } from 'd3-zoom';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { readZoomSource, tagMove } from './zoomSource.ts';
import type { ZoomSource, ZoomSourceEvent } from './zoomSource.ts';

/** How long a zoom made by a button or key takes, ms; none under reduced motion. */
export const ZOOM_TRANSITION_MS = 220;

interface UseZoomOptions {
  /** The plot's horizontal range, px: the story may not be panned out of it. */
  range: readonly [number, number];
  height: number;
  maxZoom: number;
  /** True when the reader asks for reduced motion: no move is animated. */
  reducedMotion: boolean;
  /** Called when a move settles, with who made it. */
  onSettle?: (transform: ZoomTransform, source: ZoomSource) => void;
  /** Called when a plain wheel (no Ctrl or ⌘) passes over the chart and scrolls the page instead of zooming. */
  onPlainWheel?: () => void;
}

/** True for a wheel that asks to zoom: Ctrl or ⌘ held, as maps ask (a trackpad's pinch sends Ctrl itself). */
export function isZoomWheel(event: WheelEvent): boolean {
  return (event.ctrlKey || event.metaKey) && Math.abs(event.deltaY) >= Math.abs(event.deltaX);
}

/** True for a touch event (`TouchEvent` itself is undefined in Firefox and Safari on a desktop). */
function isTouchEvent(event: Event): event is TouchEvent {
  return 'touches' in event;
}

/**
 * How far one wheel event zooms, as a power of two: d3-zoom's own rule, except that its tenfold boost for
 * Ctrl (meant for a trackpad's pinch, whose deltas are small) is left off for a mouse wheel's notch, which is
 * not small; Ctrl + a mouse wheel then zooms as a plain wheel used to.
 */
export function getWheelDelta(event: WheelEvent): number {
  const perUnit = event.deltaMode === 1 ? 0.05 : event.deltaMode !== 0 ? 1 : 0.002;
  const isPinch = event.ctrlKey && Math.abs(event.deltaY) < 50;
  return -event.deltaY * perUnit * (isPinch ? 10 : 1);
}

/** How a move of ours is made. */
export interface MoveOptions {
  /** Whose move it is: what the settle handler reads back from d3's `sourceEvent`. */
  source: ZoomSource;
  /** Animated (unless motion is reduced); true by default. */
  animate?: boolean;
}

/** What the chart can do with its zoom. */
export interface ZoomControls {
  /** The current transform, as d3 last set it: px of translation and a unitless scale factor. */
  transform: ZoomTransform;
  /** Moves to a transform, clamped to the zoom bounds, animated unless motion is reduced or `animate` is false. */
  moveTo: (transform: ZoomTransform, options: MoveOptions) => void;
  /** Zooms by a factor about the centre of the plot: a button's or a key's move. */
  /** Zooms by a factor about a point of the plot, px (the centre when not given): a button's or a key's move. */
  zoomBy: (factor: number, at?: number) => void;
  /** Pans by a share of the visible window, negative for earlier: a button's or a key's move. */
  panBy: (share: number) => void;
}

type Zoom = ZoomBehavior<SVGSVGElement, unknown>;
type ZoomTarget =
  Selection<SVGSVGElement, unknown, null, undefined> | Transition<SVGSVGElement, unknown, null, undefined>;

/**
 * `zoom.transform` with its event argument. d3-zoom 3 takes the event as a fourth argument and hands it on as
 * `sourceEvent` (d3/d3-zoom#205); @types/d3-zoom 3.0 still declares only three arguments, hence the cast.
 */
function transformWithSource(behaviour: Zoom, target: ZoomTarget, transform: ZoomTransform, event: ZoomSourceEvent) {
  const apply = behaviour.transform.bind(behaviour) as (
    target: ZoomTarget,
    transform: ZoomTransform,
    point: undefined,
    event: ZoomSourceEvent,
  ) => void;
  apply(target, transform, undefined, event);
}

export function useZoom(ref: RefObject<SVGSVGElement | null>, options: UseZoomOptions): ZoomControls {
  const { range, height, maxZoom, reducedMotion } = options;
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const onSettleRef = useRef(options.onSettle);
  const onPlainWheelRef = useRef(options.onPlainWheel);
  useEffect(() => {
    onSettleRef.current = options.onSettle;
    onPlainWheelRef.current = options.onPlainWheel;
  });

  // One behaviour for the life of the component: d3 keeps its gesture state on it.
  const [behaviour] = useState<Zoom>(() =>
    zoom<SVGSVGElement, unknown>()
      // A plain up-and-down wheel scrolls the page (the chart is no trap); Ctrl or ⌘ + wheel, or a pinch, zooms; a
      // sideways wheel or trackpad swipe pans (handled below). On touch, one finger scrolls the page.
      .wheelDelta(getWheelDelta)
      .filter((event: Event) => {
        if (event instanceof WheelEvent) return isZoomWheel(event);
        // d3-drag reads event.view.document, and jsdom's synthetic clicks (user-event) have no view, so a test's
        // click would throw there (d3/d3-drag#79; jsdom will not default it, jsdom/jsdom#3935).
        if (event instanceof MouseEvent) return event.button === 0 && !event.ctrlKey && event.view !== null;
        // One finger is the page's, to scroll it; two fingers pan and pinch the chart.
        if (isTouchEvent(event)) return event.touches.length >= 2;
        return true;
      }),
  );
  // An error in a d3 listener happens outside React; rethrowing it in a state update hands it to the
  // nearest error boundary instead of leaving a half-drawn chart.
  const [, setListenerError] = useState<undefined>(undefined);
  useEffect(() => {
    const guard =
      <A extends unknown[]>(listener: (...args: A) => void) =>
      (...args: A) => {
        try {
          listener(...args);
        } catch (error) {
          setListenerError(() => {
            throw error;
          });
        }
      };
    behaviour
      .on(
        'zoom',
        guard((event: D3ZoomEvent<SVGSVGElement, unknown>) => {
          setTransform(event.transform);
        }),
      )
      .on(
        'end',
        guard((event: D3ZoomEvent<SVGSVGElement, unknown>) => {
          onSettleRef.current?.(event.transform, readZoomSource(event.sourceEvent));
        }),
      );
    return () => {
      behaviour.on('zoom', null).on('end', null);
    };
  }, [behaviour]);

  const [r0, r1] = range;
  useEffect(() => {
    const extent: [[number, number], [number, number]] = [
      [r0, 0],
      [r1, height],
    ];
    behaviour.extent(extent).translateExtent(extent).scaleExtent([1, maxZoom]);
    const node = ref.current;
    if (node === null) return undefined;
    const selection = select(node);
    selection.call(behaviour);
    // d3-zoom sets touch-action: none; let one finger's vertical swipe still scroll the page, while two
    // fingers' pans and pinches stay with d3-zoom.
    selection.style('touch-action', 'pan-y');
    const onWheel = (event: WheelEvent) => {
      if (Math.abs(event.deltaX) <= Math.abs(event.deltaY)) {
        if (!isZoomWheel(event)) onPlainWheelRef.current?.();
        return;
      }
      event.preventDefault();
      const current = zoomTransform(node);
      const panned = behaviour.constrain()(current.translate(-event.deltaX / current.k, 0), extent, extent);
      transformWithSource(behaviour, selection, panned, tagMove({ kind: 'gesture' }));
    };
    node.addEventListener('wheel', onWheel, { passive: false });
    // Re-apply the current transform, constrained to the new extent (zoom.transform does not constrain).
    const constrained = behaviour.constrain()(zoomTransform(node), extent, extent);
    transformWithSource(behaviour, selection, constrained, tagMove({ kind: 'layout' }));
    return () => {
      node.removeEventListener('wheel', onWheel);
      selection.on('.zoom', null);
    };
  }, [behaviour, ref, r0, r1, height, maxZoom]);

  const moveTo = useCallback(
    (target: ZoomTransform, { source, animate = true }: MoveOptions) => {
      const node = ref.current;
      if (node === null) return;
      const k = Math.min(maxZoom, Math.max(1, target.k));
      const scaled = k === target.k ? target : zoomIdentity.translate(target.x, target.y).scale(k);
      // zoom.transform does not apply the translate extent (only gestures do), so keep the story in view here.
      const extent: [[number, number], [number, number]] = [
        [r0, 0],
        [r1, height],
      ];
      const clamped = behaviour.constrain()(scaled, extent, extent);
      const selection = select(node);
      const event = tagMove(source);
      if (animate && !reducedMotion) {
        transformWithSource(behaviour, selection.transition().duration(ZOOM_TRANSITION_MS), clamped, event);
      } else {
        transformWithSource(behaviour, selection.interrupt(), clamped, event);
      }
    },
    [behaviour, ref, maxZoom, reducedMotion, r0, r1, height],
  );

  const zoomBy = useCallback(
    (factor: number, at?: number) => {
      const node = ref.current;
      if (node === null) return;
      const current = zoomTransform(node);
      const centre = at ?? (r0 + r1) / 2;
      const k = Math.min(maxZoom, Math.max(1, current.k * factor));
      const base = current.invertX(centre);
      moveTo(zoomIdentity.translate(centre - base * k, 0).scale(k), { source: { kind: 'control' } });
    },
    [ref, r0, r1, maxZoom, moveTo],
  );

  const panBy = useCallback(
    (share: number) => {
      const node = ref.current;
      if (node === null) return;
      const current = zoomTransform(node);
      moveTo(current.translate((-share * (r1 - r0)) / current.k, 0), { source: { kind: 'control' } });
    },
    [ref, r0, r1, moveTo],
  );

  return { transform, moveTo, zoomBy, panBy };
}
