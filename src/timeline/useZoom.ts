/**
 * The chart's zoom: its transform, and every move of it. d3-zoom handles the reader's wheel, drag and pinch, but
 * its code (with d3-selection, d3-transition and what they pull in) is not in the first view: it loads on the
 * first sign that the reader means to zoom or pan (bufferGestures.ts), and a gesture made before it arrives is
 * handed to it once it does. Until then every move our own code makes (the first view, a link's window, buttons,
 * keys, bringing an event into view) is worked out here with the same maths and applied at once; from then on it
 * goes through `zoom.transform` with an event that says whose move it is (zoomSource.ts, createChartZoom.ts).
 * Either way the settle handler hears of each move once, with who made it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { constrainTransform, zoomIdentity } from '../time/zoomTransform.ts';
import type { ZoomExtent, ZoomTransform } from '../time/zoomTransform.ts';
import { bufferGestures } from './bufferGestures.ts';
import type { ChartZoom, createChartZoom } from './createChartZoom.ts';
import { readZoomSource, tagMove } from './zoomSource.ts';
import type { ZoomSource } from './zoomSource.ts';
import { isPanWheel, isZoomWheel } from './zoomWheel.ts';

/** How long a zoom made by a button or key takes, ms; none under reduced motion, or before d3-zoom has loaded. */
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

/** How a move of ours is made. */
export interface MoveOptions {
  /** Whose move it is: what the settle handler reads back from d3's `sourceEvent`. */
  source: ZoomSource;
  /** Animated (unless motion is reduced); true by default. */
  animate?: boolean;
}

/** What the chart can do with its zoom. */
export interface ZoomControls {
  /** The transform to draw: px of translation and a unitless scale factor. */
  transform: ZoomTransform;
  /** The transform as it is now, between renders too (mid-animation, or just after a move). */
  getTransform: () => ZoomTransform;
  /** Moves to a transform, clamped to the zoom bounds, animated unless motion is reduced or `animate` is false. */
  moveTo: (transform: ZoomTransform, options: MoveOptions) => void;
  /** Zooms by a factor about a point of the plot, px (the centre when not given): a button's or a key's move. */
  zoomBy: (factor: number, at?: number) => void;
  /** Pans by a share of the visible window, negative for earlier: a button's or a key's move. */
  panBy: (share: number) => void;
}

/** d3-zoom's part of the chart, loaded once for every chart on the page. */
let chartZoomModule: Promise<{ createChartZoom: typeof createChartZoom }> | undefined;
function loadChartZoom(): Promise<{ createChartZoom: typeof createChartZoom }> {
  chartZoomModule ??= import('./createChartZoom.ts');
  return chartZoomModule;
}

export function useZoom(ref: RefObject<SVGSVGElement | null>, options: UseZoomOptions): ZoomControls {
  const { range, height, maxZoom, reducedMotion } = options;
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  // The transform as it is now: d3 reports every step of a move, and a move of ours before d3 arrives sets it.
  const current = useRef<ZoomTransform>(zoomIdentity);
  const onSettleRef = useRef(options.onSettle);
  const onPlainWheelRef = useRef(options.onPlainWheel);
  useEffect(() => {
    onSettleRef.current = options.onSettle;
    onPlainWheelRef.current = options.onPlainWheel;
  });

  // An error in a d3 listener, or in a settle outside React's handlers, happens outside React; rethrowing it in a
  // state update hands it to the nearest error boundary instead of leaving a half-drawn chart.
  const [, setListenerError] = useState<undefined>(undefined);
  const guard = useCallback(
    <A extends unknown[]>(listener: (...args: A) => void) =>
      (...args: A) => {
        try {
          listener(...args);
        } catch (error) {
          setListenerError(() => {
            throw error;
          });
        }
      },
    [],
  );
  const show = useCallback((next: ZoomTransform) => {
    current.current = next;
    setTransform(next);
  }, []);

  // d3-zoom, once its code has arrived: one behaviour for the life of the chart, since d3 keeps its gesture state
  // on it.
  const [chartZoom, setChartZoom] = useState<ChartZoom | undefined>(undefined);
  const isLoading = useRef(false);
  const load = useCallback(() => {
    if (isLoading.current) return;
    isLoading.current = true;
    void loadChartZoom().then(({ createChartZoom }) => {
      setChartZoom(
        createChartZoom({
          onZoom: guard(show),
          onEnd: guard((settled: ZoomTransform, sourceEvent: unknown) => {
            onSettleRef.current?.(settled, readZoomSource(sourceEvent));
          }),
        }),
      );
    });
  }, [guard, show]);
  // The gestures made before d3-zoom arrives, for it to act on once it is attached.
  const gestures = useRef<ReturnType<typeof bufferGestures> | undefined>(undefined);
  // d3-zoom while it is attached: a move made between its arrival and its attachment is still made here.
  const attached = useRef<ChartZoom | undefined>(undefined);

  const [r0, r1] = range;
  const getExtent = useCallback(
    (): ZoomExtent => [
      [r0, 0],
      [r1, height],
    ],
    [r0, r1, height],
  );

  // From the first render on: keep the reader's gestures, and load d3 at the first sign of intent. Once d3 is
  // attached the buffer hands it what it kept and stops (below), and this effect does not run again.
  useEffect(() => {
    const node = ref.current;
    if (node === null) return undefined;
    const buffer = bufferGestures(node, load);
    gestures.current = buffer;
    return () => {
      buffer.stop();
      if (gestures.current === buffer) gestures.current = undefined;
    };
  }, [ref, load]);

  // Once d3 is here: attach it within the current bounds, hand it the transform the chart shows (constrained to
  // the new extent: zoom.transform does not constrain), then the gestures it missed.
  useEffect(() => {
    const node = ref.current;
    if (node === null || chartZoom === undefined) return undefined;
    const extent = getExtent();
    const detach = chartZoom.attach(node, extent, maxZoom);
    attached.current = chartZoom;
    chartZoom.move(node, constrainTransform(current.current, extent), tagMove({ kind: 'layout' }), 0);
    gestures.current?.replay();
    gestures.current = undefined;
    return () => {
      attached.current = undefined;
      detach();
    };
  }, [ref, chartZoom, getExtent, maxZoom]);

  const moveTo = useCallback(
    (target: ZoomTransform, { source, animate = true }: MoveOptions) => {
      const node = ref.current;
      if (node === null) return;
      const k = Math.min(maxZoom, Math.max(1, target.k));
      const scaled = k === target.k ? target : zoomIdentity.translate(target.x, target.y).scale(k);
      // Only gestures keep the story within the translate extent by themselves, so keep it in view here.
      const clamped = constrainTransform(scaled, getExtent());
      const d3Zoom = attached.current;
      if (d3Zoom !== undefined) {
        d3Zoom.move(node, clamped, tagMove(source), animate && !reducedMotion ? ZOOM_TRANSITION_MS : 0);
        return;
      }
      // Before d3 arrives the move is made at once, and settles at once, as d3 settles a move it does not animate.
      show(clamped);
      guard(() => onSettleRef.current?.(clamped, source))();
      // A move the reader made (a button, a key, a wheel) is a sign of intent too; the link's and the layout's are not.
      if (source.kind !== 'link' && source.kind !== 'layout') load();
    },
    [ref, maxZoom, reducedMotion, getExtent, show, guard, load],
  );

  // A sideways wheel pans, whether d3 has arrived or not; a plain wheel scrolls the page and shows a hint.
  useEffect(() => {
    const node = ref.current;
    if (node === null) return undefined;
    const onWheel = (event: WheelEvent) => {
      if (!isPanWheel(event)) {
        if (!isZoomWheel(event)) onPlainWheelRef.current?.();
        return;
      }
      event.preventDefault();
      const now = current.current;
      moveTo(now.translate(-event.deltaX / now.k, 0), { source: { kind: 'gesture' }, animate: false });
    };
    node.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      node.removeEventListener('wheel', onWheel);
    };
  }, [ref, moveTo]);

  const zoomBy = useCallback(
    (factor: number, at?: number) => {
      const now = current.current;
      const centre = at ?? (r0 + r1) / 2;
      const k = Math.min(maxZoom, Math.max(1, now.k * factor));
      const base = now.invertX(centre);
      moveTo(zoomIdentity.translate(centre - base * k, 0).scale(k), { source: { kind: 'control' } });
    },
    [r0, r1, maxZoom, moveTo],
  );

  const panBy = useCallback(
    (share: number) => {
      const now = current.current;
      moveTo(now.translate((-share * (r1 - r0)) / now.k, 0), { source: { kind: 'control' } });
    },
    [r0, r1, moveTo],
  );

  const getTransform = useCallback(() => current.current, []);
  return { transform, getTransform, moveTo, zoomBy, panBy };
}
