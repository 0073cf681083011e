import { useCallback, useEffect, useEffectEvent } from 'react';
import type { EventId } from '../data/schema.ts';
import type { ScaleMode } from '../time/createBaseScale.ts';
import type { Placement } from '../time/placeEvents.ts';
import { getItemExtent, MARK_RADIUS } from './layoutChart.ts';
import type { ChartFocus } from './useChartFocus.ts';
import type { ChartModel } from './useChartLayout.ts';
import type { ZoomControls } from './useZoom.ts';
import type { ZoomSource } from './zoomSource.ts';

interface FollowMovesOptions {
  chart: ChartModel;
  mode: ScaleMode;
  /** The events the chart shows, in reading order. */
  placements: readonly Placement[];
  /** The open event. */
  selectedId: EventId | undefined;
  moveTo: ZoomControls['moveTo'];
  getTransform: ZoomControls['getTransform'];
  focus: ChartFocus;
}

/** The moves that bring an event into view, and the focus they carry. */
export interface FollowMoves {
  /** Moves keyboard focus to an event's mark, bringing it into view; `says` what the move announces. */
  focusEvent: (id: EventId, says?: 'position' | 'window') => void;
  /** Focus arrived at a mark: keyboard focus brings it into view, a press's does not. */
  onMarkFocus: (id: EventId) => void;
}

/**
 * The chart's `follow` moves: bringing an event into view for a new selection, the arrow keys' walk, or focus
 * arriving at a mark (zoomSource.ts).
 */
export function useFollowMoves({
  chart,
  mode,
  placements,
  selectedId,
  moveTo,
  getTransform,
  focus,
}: FollowMovesOptions): FollowMoves {
  const { layout, itemById, range } = chart;
  const [r0, r1] = range;

  /**
   * Pans, keeping the zoom, so that an event's mark and label are on screen: a 'follow' move. With `always`,
   * it moves even when nothing needs to (a move of no length), so that the settle handler still hears of it.
   */
  const bringIntoView = useCallback(
    (id: EventId | undefined, says: 'selection' | 'position' | 'window', { animate = true, always = false } = {}) => {
      const source: ZoomSource = { kind: 'follow', id, says };
      const current = getTransform();
      const item = id === undefined ? undefined : itemById.get(id);
      const extent = item === undefined ? undefined : getItemExtent(mode, item, current.rescaleX(layout.xBase), range);
      if (extent === undefined || (extent[0] >= r0 - MARK_RADIUS && extent[1] <= r1 + MARK_RADIUS)) {
        if (always) moveTo(current, { source, animate: false });
        return;
      }
      // Move it in by as little as shows it whole: off the left, to the left edge; off the right, to the right.
      const shift = extent[0] < r0 ? r0 + MARK_RADIUS - extent[0] : r1 - MARK_RADIUS - extent[1];
      moveTo(current.translate(shift / current.k, 0), { source, animate });
    },
    [getTransform, itemById, layout, mode, moveTo, r0, r1, range],
  );

  // Every change of selection reaches the chart as a move that follows it (of no length when the event is in
  // view): its settle announces a new selection and gives it the tab stop. The first view only brings it in.
  const followSelection = useEffectEvent((id: EventId | undefined) => {
    bringIntoView(id, 'selection', { always: id !== focus.followedId });
  });
  useEffect(() => {
    followSelection(selectedId);
  }, [selectedId]);

  const { focusMark } = focus;
  const focusEvent = useCallback(
    (id: EventId, says: 'position' | 'window' = 'window') => {
      // An event a filter has hidden has no mark: focus goes to the chart's tab stop, or its heading.
      const target = placements.some((p) => p.id === id) ? id : placements[0]?.id;
      if (target === undefined) {
        document.getElementById('timeline-heading')?.focus();
        return;
      }
      bringIntoView(target, says, { animate: false, always: says === 'position' });
      focusMark(target);
    },
    [bringIntoView, focusMark, placements],
  );

  const onMarkFocus = (id: EventId) => {
    focus.markFocused(id);
    if (!focus.isPointerFocus()) bringIntoView(id, 'window');
  };
  return { focusEvent, onMarkFocus };
}
