import { useEffect, useMemo, useState } from 'react';
import type { TimelineIndex } from '../data/indexTimeline.ts';
import type { EntityId } from '../data/schema.ts';
import { hasFilters } from '../view/eventFilters.ts';
import type { EventFilters } from '../view/eventFilters.ts';
import type { EventMatches, matchView } from './matchView.ts';

type MatchView = typeof matchView;

/** Nothing searched, filtered or highlighted: every event shown, none picked out. */
const NO_MATCHES: EventMatches = { searchMatches: undefined, shownIds: undefined, highlightIds: undefined };

let loaded: MatchView | undefined;
let loading: Promise<MatchView> | undefined;

/**
 * Loads the search and filter matching (explore/matchEvents.ts and the entities' event sets). A first view
 * searches, filters and highlights nothing, so it ships without them; the toolbar asks for them as a reader comes
 * to it, and a view that needs them asks at once.
 */
export function loadEventMatching(): Promise<MatchView> {
  loading ??= import('./matchView.ts').then((module) => {
    loaded = module.matchView;
    return loaded;
  });
  return loading;
}

/**
 * The events the view's search, filters and highlighted entity pick out. Until the matching's code has arrived
 * (a moment after the first keystroke, filter or highlight at most) every event shows as if none were set; the
 * view itself holds what the reader asked for, so nothing is lost, and the matches follow when it arrives.
 */
export function useEventMatches(
  index: TimelineIndex,
  query: string,
  filters: EventFilters,
  highlight: EntityId | undefined,
): EventMatches {
  const isNeeded = query.trim() !== '' || hasFilters(filters) || highlight !== undefined;
  const [match, setMatch] = useState<MatchView | undefined>(() => loaded);
  useEffect(() => {
    if (!isNeeded || match !== undefined) return undefined;
    let isCurrent = true;
    void loadEventMatching().then((loadedMatch) => {
      if (isCurrent) setMatch(() => loadedMatch);
    });
    return () => {
      isCurrent = false;
    };
  }, [isNeeded, match]);
  return useMemo(
    () => (isNeeded && match !== undefined ? match(index, query, filters, highlight) : NO_MATCHES),
    [isNeeded, match, index, query, filters, highlight],
  );
}
