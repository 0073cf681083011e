import { assertNever } from '../data/assertNever.ts';
import type { EntityId, EventId, ZoneName } from '../data/schema.ts';
import type { ScaleMode } from '../time/createBaseScale.ts';
import type { ViewWindow } from '../time/viewWindow.ts';
import type { EventFilters } from './eventFilters.ts';
import type { ViewState } from './viewState.ts';

/** Every change a reader (or a link, or history) can make to the view. */
export type ViewAction =
  /** Opens an event's details. */
  | { kind: 'select'; id: EventId }
  /** Closes the details, and leaves the story mode. */
  | { kind: 'close' }
  /** Goes to a step of the story mode: an event, or the title card for none. */
  | { kind: 'read-story'; id: EventId | undefined }
  /** Shows every time in another zone; undefined for the zone the events happened in. */
  | { kind: 'set-zone'; zone: ZoneName | undefined }
  /** Switches between true time and story order; the window goes back to the whole story. */
  | { kind: 'set-scale'; scaleMode: ScaleMode }
  /** The chart settled on a window the reader moved to; undefined for the whole story. */
  | { kind: 'set-window'; window: ViewWindow | undefined }
  /** The search query, as typed. */
  | { kind: 'set-query'; query: string }
  /** The filters, all at once. */
  | { kind: 'set-filters'; filters: EventFilters }
  /** Highlights an entity's events, or none. */
  | { kind: 'set-highlight'; highlight: EntityId | undefined }
  /** A link, Back or Forward, or Reset: the whole view at once. */
  | { kind: 'restore'; view: ViewState };

/** The one way the view changes. */
export function viewReducer(state: ViewState, action: ViewAction): ViewState {
  switch (action.kind) {
    case 'select':
      return { ...state, selectedId: action.id };
    case 'close':
      return { ...state, selectedId: undefined, reading: 'browse' };
    case 'read-story':
      return { ...state, selectedId: action.id, reading: 'story' };
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
      return action.view;
    default:
      return assertNever(action);
  }
}
