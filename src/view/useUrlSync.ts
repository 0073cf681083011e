/**
 * Keeps the address bar and the view in step; the only code that touches `history`. A new selection pushes an
 * entry, so Back and Forward step through selections; every other change replaces the current entry. Back and
 * Forward restore the view their entry names.
 */
import { useEffect, useRef } from 'react';
import type { EventId } from '../data/schema.ts';
import type { ViewAction } from './viewReducer.ts';
import { formatViewState, parseViewState } from './viewState.ts';
import type { ParseContext, ViewState } from './viewState.ts';

export function useUrlSync(view: ViewState, context: ParseContext, dispatch: (action: ViewAction) => void): void {
  // The selection the address last showed: a different one is a new history entry.
  const lastSelectionRef = useRef<EventId | undefined>(view.selectedId);
  const contextRef = useRef(context);
  useEffect(() => {
    contextRef.current = context;
  });

  const href = formatViewState(view, context.basePath);
  const { selectedId } = view;
  useEffect(() => {
    const current = `${window.location.pathname}${window.location.search}`;
    const isNewSelection = selectedId !== lastSelectionRef.current;
    lastSelectionRef.current = selectedId;
    if (href === current) return;
    // The hash is the reader's (a fragment link); keep it.
    const target = `${href}${window.location.hash}`;
    if (isNewSelection) window.history.pushState(null, '', target);
    else window.history.replaceState(null, '', target);
  }, [href, selectedId]);

  useEffect(() => {
    const onPopState = () => {
      const { view: restored } = parseViewState(window.location, contextRef.current);
      lastSelectionRef.current = restored.selectedId;
      dispatch({ kind: 'restore', view: restored });
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      window.removeEventListener('popstate', onPopState);
    };
  }, [dispatch]);
}
