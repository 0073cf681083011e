/**
 * The one place d3-zoom touches the DOM. It listens on one element and only
 * stores `event.transform`; every move our own code makes (buttons, keys, the
 * brush, bringing an event into view) goes through `zoom.transform`, so d3's
 * state and React's never drift.
 */
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, zoomTransform } from 'd3-zoom';
import type { D3ZoomEvent, ZoomBehavior, ZoomTransform } from 'd3-zoom';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';

/** How long a zoom made by a button or key takes, ms; none under reduced motion. */
export const ZOOM_TRANSITION_MS = 220;

interface UseZoomOptions {
  /** The plot's horizontal range, px: the story may not be panned out of it. */
  range: readonly [number, number];
  height: number;
  maxZoom: number;
  reducedMotion: boolean;
  /** Called when a gesture or move settles, with whether a person made it. */
  onSettle?: (transform: ZoomTransform, isGesture: boolean) => void;
}

export interface ZoomControls {
  transform: ZoomTransform;
  /** Moves to a transform, clamped to the zoom bounds, animated unless motion is reduced or `animate` is false. */
  moveTo: (transform: ZoomTransform, animate?: boolean) => void;
  /** Zooms by a factor about the centre of the plot. */
  zoomBy: (factor: number) => void;
  /** Pans by a share of the visible window: negative is earlier. */
  panBy: (share: number) => void;
}

type Zoom = ZoomBehavior<SVGSVGElement, unknown>;

export function useZoom(ref: RefObject<SVGSVGElement | null>, options: UseZoomOptions): ZoomControls {
  const { range, height, maxZoom, reducedMotion } = options;
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const onSettleRef = useRef(options.onSettle);
  useEffect(() => {
    onSettleRef.current = options.onSettle;
  });

  // One behaviour for the life of the component: d3 keeps its gesture state on it.
  const [behaviour] = useState<Zoom>(() =>
    zoom<SVGSVGElement, unknown>()
      // A sideways wheel or swipe pans (handled below); only an up-and-down wheel zooms.
      .filter((event: Event) => {
        if (event instanceof WheelEvent) return Math.abs(event.deltaY) >= Math.abs(event.deltaX);
        // d3-drag reads event.view.document; synthetic clicks (jsdom, user-event) have no view.
        if (event instanceof MouseEvent) return event.button === 0 && !event.ctrlKey && event.view !== null;
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
          onSettleRef.current?.(event.transform, event.sourceEvent != null);
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
    // d3-zoom sets touch-action: none; let a vertical swipe still scroll the page, while
    // sideways swipes and pinches stay with d3-zoom.
    selection.style('touch-action', 'pan-y');
    const onWheel = (event: WheelEvent) => {
      if (Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
      event.preventDefault();
      behaviour.translateBy(selection, -event.deltaX / zoomTransform(node).k, 0);
    };
    node.addEventListener('wheel', onWheel, { passive: false });
    // Re-apply the current transform, constrained to the new extent (zoom.transform does not constrain).
    behaviour.transform(selection, behaviour.constrain()(zoomTransform(node), extent, extent));
    return () => {
      node.removeEventListener('wheel', onWheel);
      selection.on('.zoom', null);
    };
  }, [behaviour, ref, r0, r1, height, maxZoom]);

  const moveTo = useCallback(
    (target: ZoomTransform, animate = true) => {
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
      if (animate && !reducedMotion) {
        behaviour.transform(selection.transition().duration(ZOOM_TRANSITION_MS), clamped);
      } else {
        behaviour.transform(selection.interrupt(), clamped);
      }
    },
    [behaviour, ref, maxZoom, reducedMotion, r0, r1, height],
  );

  const zoomBy = useCallback(
    (factor: number) => {
      const node = ref.current;
      if (node === null) return;
      const current = zoomTransform(node);
      const centre = (r0 + r1) / 2;
      const k = Math.min(maxZoom, Math.max(1, current.k * factor));
      const base = current.invertX(centre);
      moveTo(zoomIdentity.translate(centre - base * k, 0).scale(k));
    },
    [ref, r0, r1, maxZoom, moveTo],
  );

  const panBy = useCallback(
    (share: number) => {
      const node = ref.current;
      if (node === null) return;
      const current = zoomTransform(node);
      moveTo(current.translate((-share * (r1 - r0)) / current.k, 0));
    },
    [ref, r0, r1, moveTo],
  );

  return { transform, moveTo, zoomBy, panBy };
}
