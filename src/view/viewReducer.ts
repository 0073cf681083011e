import type { EntityId, EventId, ZoneName } from '../data/schema.ts';
import type { EventFilters } from '../explore/matchEvents.ts';
import { assertNever } from '../time/assertNever.ts';
import type { ScaleMode } from '../time/createBaseScale.ts';
import type { ViewWindow } from '../time/viewWindow.ts';
import type { LinkedView } from '../url/viewState.ts';

/** Where a selection was made, so that closing the details returns focus there. */
export type SelectionOrigin = 'chart' | 'list' | 'panel';

/** Everything about the view a reader can change: what the link carries, with the open event as `selectedId`. */
export interface ViewState extends Omit<LinkedView, 'eventId'> {
  /** The event whose details are open. */
  selectedId: EventId | undefined;
  /** Where it was opened from; not part of the link. */
  selectionOrigin: SelectionOrigin;
}

export type ViewAction =
  | { kind: 'select'; id: EventId; origin: SelectionOrigin }
  | { kind: 'close' }
  | { kind: 'set-zone'; zone: ZoneName }
  | { kind: 'set-scale'; scaleMode: ScaleMode }
  | { kind: 'set-window'; window: ViewWindow | undefined }
  | { kind: 'set-query'; query: string }
  | { kind: 'set-filters'; filters: EventFilters }
  | { kind: 'set-highlight'; highlight: EntityId | undefined }
  /** Back, forward, or a link: the whole linked view at once. */
  | { kind: 'restore'; view: Omit<ViewState, 'selectionOrigin'> };

export function viewReducer(state: ViewState, action: ViewAction): ViewState {
  switch (action.kind) {
    case 'select':
      // Moving between events inside the panel keeps the place focus returns to.
      return {
        ...state,
        selectedId: action.id,
        selectionOrigin: action.origin === 'panel' ? state.selectionOrigin : action.origin,
      };
    case 'close':
      return { ...state, selectedId: undefined };
    case 'set-zone':
      return { ...state, zone: action.zone };
    case 'set-scale':
      // A window in one scale means nothing in the other: start from the whole story.
      return { ...state, scaleMode: action.scaleMode, window: undefined };
    case 'set-window':
      return { ...state, window: action.window };
    case 'set-query':
      return { ...state, query: action.query };
    case 'set-filters':
      return { ...state, filters: action.filters };
    case 'set-highlight':
      return { ...state, highlight: action.highlight };
    case 'restore':
      return { ...state, ...action.view };
    default:
      return assertNever(action);
  }
}
