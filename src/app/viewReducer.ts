import type { EventId, ZoneName } from '../data/schema.ts';
import type { ScaleMode } from '../time/createBaseScale.ts';
import { assertNever } from '../time/assertNever.ts';

/** Where a selection was made, so that closing the details returns focus there. */
export type SelectionOrigin = 'chart' | 'list' | 'panel';

/** Everything about the view a reader can change; the URL will carry it. */
export interface ViewState {
  /** The event whose details are open. */
  selectedId: EventId | undefined;
  selectionOrigin: SelectionOrigin;
  /** The zone every time is shown in. */
  zone: ZoneName;
  scaleMode: ScaleMode;
}

export type ViewAction =
  | { kind: 'select'; id: EventId; origin: SelectionOrigin }
  | { kind: 'close' }
  | { kind: 'set-zone'; zone: ZoneName }
  | { kind: 'set-scale'; scaleMode: ScaleMode };

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
      return { ...state, scaleMode: action.scaleMode };
    default:
      return assertNever(action);
  }
}
