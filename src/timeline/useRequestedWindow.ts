import { useEffect, useEffectEvent } from 'react';
import { getTransformForWindow } from '../time/createBaseScale.ts';
import type { ScaleMode } from '../time/createBaseScale.ts';
import type { Placement } from '../time/placeEvents.ts';
import { getViewWindowKey, getWindowDomain, toViewWindow } from '../time/viewWindow.ts';
import type { ViewWindow } from '../time/viewWindow.ts';
import { zoomIdentity } from '../time/zoomTransform.ts';
import type { ZoomTransform } from '../time/zoomTransform.ts';
import type { ChartLayout } from './layoutChart.ts';
import type { ZoomControls } from './useZoom.ts';
import type { ZoomSource } from './zoomSource.ts';

interface RequestedWindowOptions {
  /** The window the view asks for, from a link or history; undefined for the whole story. */
  requested: ViewWindow | undefined;
  layout: ChartLayout;
  mode: ScaleMode;
  /** The events the chart shows, in reading order. */
  placements: readonly Placement[];
  moveTo: ZoomControls['moveTo'];
  getTransform: ZoomControls['getTransform'];
  /** Says what a transform shows, in the chart's live region. */
  sayWindow: (transform: ZoomTransform) => void;
}

/**
 * Keeps the chart on the window the view asks for. A new width or scale keeps it, without a word (a `layout`
 * move); a new window from a link or from Back and Forward is shown and announced (a `link` move).
 */
export function useRequestedWindow({
  requested,
  layout,
  mode,
  placements,
  moveTo,
  getTransform,
  sayWindow,
}: RequestedWindowOptions): void {
  /** Shows the window the view asks for, unless it is on screen already (the reader's own move, reported). */
  const showRequestedWindow = useEffectEvent((source: ZoomSource) => {
    const domain = requested === undefined ? undefined : getWindowDomain(requested, mode, placements);
    if (source.kind === 'link') {
      const current = getTransform().rescaleX(layout.xBase).domain();
      if (getViewWindowKey(toViewWindow(current, mode, placements, layout.domain)) === getViewWindowKey(requested)) {
        // Already shown (the first view of a link lays its window out at once): still say what it shows.
        if (requested !== undefined) sayWindow(getTransform());
        return;
      }
    }
    const target = domain === undefined ? zoomIdentity : getTransformForWindow(layout.xBase, domain[0], domain[1]);
    moveTo(target, { source, animate: false });
  });
  useEffect(() => {
    showRequestedWindow({ kind: 'layout' });
  }, [layout]);
  useEffect(() => {
    showRequestedWindow({ kind: 'link' });
  }, [requested]);
}
