import { useCallback, useRef, useState } from 'react';
import type { FocusEvent } from 'react';
import type { EventId } from '../data/schema.ts';
import type { Placement } from '../time/placeEvents.ts';
import { chooseTabStop } from './chooseTabStop.ts';
import { getMarkDomId } from './getMarkDomId.ts';

/** A mark to focus once it is drawn. */
export interface FocusRequest {
  /** The event whose mark takes focus. */
  id: EventId;
  /** A new serial asks again. */
  serial: number;
}

/** The chart's focus model: its one tab stop, the mark it asks to take focus, and whether a press brought focus. */
export interface ChartFocus {
  /** The mark in the tab order. */
  tabStopId: EventId | undefined;
  /** The selection the chart last followed into view: a different one is news. */
  followedId: EventId | undefined;
  /** A mark to focus once it is drawn; cleared once focus lands, or leaves the chart. */
  focusRequest: FocusRequest | undefined;
  /** A move that follows the selection settled: a new selection takes the tab stop. */
  follow: (id: EventId | undefined) => void;
  /** Gives a mark the tab stop: the reader chose it. */
  setActiveId: (id: EventId) => void;
  /** Gives a mark the tab stop, and keyboard focus once it is drawn. */
  focusMark: (id: EventId) => void;
  /** Focus arrived at a mark: it takes the tab stop, and any request is answered. */
  markFocused: (id: EventId) => void;
  /** True while a press (a click, or the start of a drag) is what brings focus. */
  isPointerFocus: () => boolean;
  /** The chart's own handlers: they tell a press's focus from the keyboard's, and drop a request focus leaves. */
  chartHandlers: {
    onPointerDownCapture: () => void;
    onPointerUpCapture: () => void;
    onPointerCancelCapture: () => void;
    onBlur: (event: FocusEvent<SVGSVGElement>) => void;
  };
}

/** Keeps the chart one tab stop, on the mark the reader is on, and moves keyboard focus to a mark on request. */
export function useChartFocus(placements: readonly Placement[], selectedId: EventId | undefined): ChartFocus {
  // The mark that holds the chart's one tab stop, as the reader last moved it.
  const [activeId, setActiveId] = useState<EventId | undefined>(selectedId ?? placements[0]?.id);
  // The selection the chart last followed (a different one is news).
  const [followedId, setFollowedId] = useState(selectedId);
  // A mark to focus once it is drawn: a new serial asks again, and the mark's focus handler clears it.
  const [focusRequest, setFocusRequest] = useState<FocusRequest | undefined>(undefined);
  // Focus that a press brings (a click or the start of a drag) must not move the view: only keyboard focus does.
  const isPointerFocus = useRef(false);

  const focusMark = useCallback((id: EventId) => {
    setActiveId(id);
    // The tab stop is always drawn, so the mark exists once this renders; it focuses itself then. A request is
    // cleared once focus lands or leaves the chart, so a mark drawn again later never takes focus back.
    if (document.activeElement?.id === getMarkDomId(id)) return;
    setFocusRequest((request) => ({ id, serial: (request?.serial ?? 0) + 1 }));
  }, []);

  return {
    tabStopId: chooseTabStop({ placements, selectedId, followedId, activeId }),
    followedId,
    focusRequest,
    follow: (id) => {
      if (id !== undefined && id !== followedId) setActiveId(id);
      setFollowedId(id);
    },
    setActiveId,
    focusMark,
    markFocused: (id) => {
      if (activeId !== id) setActiveId(id);
      if (focusRequest !== undefined) setFocusRequest(undefined);
    },
    isPointerFocus: () => isPointerFocus.current,
    chartHandlers: {
      onPointerDownCapture: () => {
        isPointerFocus.current = true;
      },
      onPointerUpCapture: () => {
        isPointerFocus.current = false;
      },
      onPointerCancelCapture: () => {
        isPointerFocus.current = false;
      },
      onBlur: (event) => {
        const next = event.relatedTarget;
        if (focusRequest !== undefined && !(next instanceof Node && event.currentTarget.contains(next))) {
          setFocusRequest(undefined);
        }
      },
    },
  };
}
