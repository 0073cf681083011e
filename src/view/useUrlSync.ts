/**
 * Keeps the address bar and the view in step; the only code that touches
 * `history`. A new selection pushes an entry, so Back and Forward step through
 * selections; zone, scale and window changes replace the current entry.
 */
import { useEffect, useRef } from 'react';
import type { EventId } from '../data/schema.ts';
import { formatViewState, parseViewState } from './viewState.ts';
import type { LinkedView, ParseContext } from './viewState.ts';

export function useUrlSync(view: LinkedView, context: ParseContext, onRestore: (view: LinkedView) => void): void {
  const lastSelectionRef = useRef<EventId | undefined>(view.eventId);
  const onRestoreRef = useRef(onRestore);
  const contextRef = useRef(context);
  useEffect(() => {
    onRestoreRef.current = onRestore;
    contextRef.current = context;
  });

  const href = formatViewState(view, context.basePath);
  const eventId = view.eventId;
  useEffect(() => {
    const current = `${window.location.pathname}${window.location.search}`;
    const isNewSelection = eventId !== lastSelectionRef.current;
    lastSelectionRef.current = eventId;
    if (href === current) return;
    // The hash is the reader's (a fragment link); keep it.
    const target = `${href}${window.location.hash}`;
    if (isNewSelection) window.history.pushState(null, '', target);
    else window.history.replaceState(null, '', target);
  }, [href, eventId]);

  useEffect(() => {
    const onPopState = () => {
      const { view: restored } = parseViewState(window.location, contextRef.current);
      lastSelectionRef.current = restored.eventId;
      onRestoreRef.current(restored);
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      window.removeEventListener('popstate', onPopState);
    };
  }, []);
}
