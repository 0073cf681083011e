import { useCallback, useRef } from 'react';
import { getChronologyButtonId } from '../chronology/chronologyIds.ts';
import type { EventId } from '../data/schema.ts';

/** Where a selection was made: the chart, a list (the chronology, the index, the ledger) or the open panel. */
export type SelectionOrigin = 'chart' | 'list' | 'panel';

/** What the app needs to put focus back where the reader was when the details close. */
export interface ReturnFocus {
  /** Notes where a selection is being made; a move inside the panel keeps the place noted before. */
  noteOrigin: (origin: SelectionOrigin) => void;
  /** Puts focus back after the details of `id` closed: on the list control that opened them, or the chart. */
  returnFocus: (id: EventId) => void;
}

/**
 * Focus bookkeeping for the details panel. It is not view state (no link carries it, nothing renders it), so
 * it lives here rather than in the reducer. `focusOnChart` moves focus to an event's mark.
 */
export function useReturnFocus(focusOnChart: (id: EventId) => void): ReturnFocus {
  const originRef = useRef<'chart' | 'list'>('chart');
  const openerRef = useRef<HTMLElement | null>(null);
  const noteOrigin = useCallback((origin: SelectionOrigin) => {
    if (origin === 'panel') return;
    originRef.current = origin;
    if (origin === 'list') {
      openerRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    }
  }, []);
  const returnFocus = useCallback(
    (id: EventId) => {
      const opener = openerRef.current;
      if (originRef.current === 'chart') focusOnChart(id);
      else if (opener?.isConnected === true) opener.focus();
      else document.getElementById(getChronologyButtonId(id))?.focus();
    },
    [focusOnChart],
  );
  return { noteOrigin, returnFocus };
}
