import { useState } from 'react';
import type { TimelineIndex } from '../data/indexTimeline.ts';
import type { EventId, ZoneName } from '../data/schema.ts';
import type { ScaleMode } from '../time/createBaseScale.ts';
import type { Placement } from '../time/placeEvents.ts';
import { getViewWindowKey, toViewWindow } from '../time/viewWindow.ts';
import type { ViewWindow } from '../time/viewWindow.ts';
import type { ZoomTransform } from '../time/zoomTransform.ts';
import { describeWindow } from './describeWindow.ts';
import { getMarkExtent } from './layoutChart.ts';
import type { ChartFocus } from './useChartFocus.ts';
import type { ChartModel } from './useChartLayout.ts';
import { MOVE_RULES } from './zoomSource.ts';
import type { ZoomSource } from './zoomSource.ts';

interface SettledMovesOptions {
  index: TimelineIndex;
  chart: ChartModel;
  mode: ScaleMode;
  /** The events the chart shows, in reading order. */
  placements: readonly Placement[];
  zone: ZoneName;
  /** The window the view holds; undefined for the whole story. */
  requested: ViewWindow | undefined;
  /** A reader's move settled on a new window: it goes to the link. */
  onWindowChange: (window: ViewWindow | undefined) => void;
  /** The focus model: a followed selection is news once, and takes the tab stop. */
  focus: Pick<ChartFocus, 'followedId' | 'follow'>;
}

/** What settled moves say, and the handler that decides what each does. */
export interface SettledMoves {
  /** What the chart's live region says. */
  spoken: string;
  /** The chart's one settle handler, for useZoom's `onSettle`. */
  settle: (settled: ZoomTransform, source: ZoomSource) => void;
  /** Says what a transform shows: a link's window that is on screen already still gets its words. */
  sayWindow: (transform: ZoomTransform) => void;
}

/** What a settled move does and says, by whose move it was (MOVE_RULES in zoomSource.ts). */
export function useSettledMoves(options: SettledMovesOptions): SettledMoves {
  const { index, chart, mode, placements, zone, requested, onWindowChange, focus } = options;
  const { layout, storyOrder, stepCount, range } = chart;
  const [r0, r1] = range;
  const getTitle = (id: EventId) => index.getEvent(id)?.title ?? id;
  // What the live region says.
  const [spoken, setSpoken] = useState('');

  const describeShownWindow = (transform: ZoomTransform) => {
    const x = transform.rescaleX(layout.xBase);
    const shown = layout.items.filter((item) => {
      const [left, right] = getMarkExtent(mode, item.placement, x, range);
      return right >= r0 && left <= r1;
    }).length;
    const window = x.domain();
    return describeWindow({ mode, window, shown, total: layout.items.length, stepCount, zone });
  };

  /** What the live region says once a move settles, by whose move it was. */
  const describeMove = (settled: ZoomTransform, source: ZoomSource): string | undefined => {
    if (source.kind !== 'follow') return describeShownWindow(settled);
    const { id, says } = source;
    if (id === undefined) return undefined;
    if (says === 'position') {
      const position = storyOrder.findIndex((p) => p.id === id);
      return `${getTitle(id)}. Event ${position + 1} of ${storyOrder.length}.`;
    }
    if (says === 'selection' && id !== focus.followedId)
      return `Selected: ${getTitle(id)}. ${describeShownWindow(settled)}`;
    return describeShownWindow(settled);
  };

  /**
   * The one place that decides what a settled move does, by whose move it was (MOVE_RULES): the reader's own
   * moves reach the link, a link's never goes back to it; what is announced follows from the same source.
   */
  const settle = (settled: ZoomTransform, source: ZoomSource) => {
    const rule = MOVE_RULES[source.kind];
    if (source.kind === 'follow' && source.says === 'selection') focus.follow(source.id);
    if (rule.isAnnounced) {
      const text = describeMove(settled, source);
      if (text !== undefined) setSpoken(text);
    }
    if (!rule.isWritten) return;
    const shown = toViewWindow(settled.rescaleX(layout.xBase).domain(), mode, placements, layout.domain);
    // A window the view already holds is no news (d3 re-applying a transform, a zero-length move).
    if (getViewWindowKey(shown) !== getViewWindowKey(requested)) onWindowChange(shown);
  };

  const sayWindow = (transform: ZoomTransform) => {
    setSpoken(describeShownWindow(transform));
  };
  return { spoken, settle, sayWindow };
}
