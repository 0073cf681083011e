import type { EventId } from '../data/schema.ts';
import { getTransformForWindow } from '../time/createBaseScale.ts';
import type { ScaleMode } from '../time/createBaseScale.ts';
import { zoomIdentity } from '../time/zoomTransform.ts';
import { getMarkDomId } from './getMarkDomId.ts';
import { getPosition } from './layoutChart.ts';
import type { ChartModel } from './useChartLayout.ts';
import type { ZoomControls } from './useZoom.ts';

/** Zoom factor of one press of a zoom button or key. */
const ZOOM_STEP = 2;
/** Share of the window one press of "earlier" / "later" pans. */
const PAN_STEP = 0.4;

/** The chart's own zoom and pan moves (each a `control` move), and how far each can still go. */
export interface ChartControls {
  zoomIn: () => void;
  zoomOut: () => void;
  /** Shows the whole story. */
  fit: () => void;
  panEarlier: () => void;
  panLater: () => void;
  /** Zooms in fourfold about a point of the plot, px: a click on a crowded stretch opens it up. */
  zoomInAt: (px: number) => void;
  /** Shows the window the overview's brush holds, from and to in base-scale px. */
  showBrushed: (from: number, to: number) => void;
  canZoomIn: boolean;
  canZoomOut: boolean;
  /** The window starts where the story does: nothing earlier to pan to. */
  isAtStart: boolean;
  /** The window ends where the story does: nothing later to pan to. */
  isAtEnd: boolean;
}

interface ChartControlsInput {
  zoom: ZoomControls;
  chart: ChartModel;
  mode: ScaleMode;
  /** The open event. */
  selectedId: EventId | undefined;
}

/** The zoom and pan moves of the chart's buttons, keys, brush and crowded lanes, at the current zoom. */
export function getChartControls({ zoom, chart, mode, selectedId }: ChartControlsInput): ChartControls {
  const { transform, moveTo, zoomBy, panBy } = zoom;
  const { layout, itemById, range, maxZoom } = chart;
  const [r0, r1] = range;
  const x = transform.rescaleX(layout.xBase);
  const [w0, w1] = x.domain();

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

  return {
    zoomIn: () => {
      zoomBy(ZOOM_STEP, getZoomAnchor());
    },
    zoomOut: () => {
      zoomBy(1 / ZOOM_STEP, getZoomAnchor());
    },
    fit: () => {
      moveTo(zoomIdentity, { source: { kind: 'control' } });
    },
    panEarlier: () => {
      panBy(-PAN_STEP);
    },
    panLater: () => {
      panBy(PAN_STEP);
    },
    zoomInAt: (px) => {
      const k = Math.min(maxZoom, transform.k * 4);
      const at = transform.invertX(px);
      moveTo(zoomIdentity.translate(px - k * at, 0).scale(k), { source: { kind: 'control' } });
    },
    showBrushed: (from, to) => {
      const [d0, d1] = [layout.xBase.invert(from), layout.xBase.invert(to)];
      moveTo(getTransformForWindow(layout.xBase, d0, d1), { source: { kind: 'control' }, animate: false });
    },
    canZoomIn: transform.k < maxZoom - 1e-6,
    canZoomOut: transform.k > 1 + 1e-6,
    isAtStart: w0 <= layout.domain[0] + (layout.domain[1] - layout.domain[0]) * 1e-6,
    isAtEnd: w1 >= layout.domain[1] - (layout.domain[1] - layout.domain[0]) * 1e-6,
  };
}
