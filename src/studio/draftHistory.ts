import type { Draft } from './studioModel.ts';

/** How many steps undo can go back. */
export const MAX_UNDO_STEPS = 200;

/** Edits of one field this close together undo as one step, ms: a word typed is one step, not five. */
export const COALESCE_MS = 1000;

/** The draft with the steps undo and redo move through. */
export interface DraftHistory {
  past: Draft[];
  present: Draft;
  future: Draft[];
  /** The field the last edit changed, and when: a further edit of it within `COALESCE_MS` joins that step. */
  last?: { key: string; at: number };
}

export type DraftHistoryAction =
  | {
      kind: 'edit';
      update: (draft: Draft) => Draft;
      /** The field edited, for joining keystrokes into one step; absent for a step of its own. */
      key?: string;
      /** When, ms since the epoch. */
      at: number;
    }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'replace'; draft: Draft };

export function createHistory(draft: Draft): DraftHistory {
  return { past: [], present: draft, future: [] };
}

export function draftHistoryReducer(history: DraftHistory, action: DraftHistoryAction): DraftHistory {
  switch (action.kind) {
    case 'edit': {
      const next = action.update(history.present);
      if (next === history.present) return history;
      const { last } = history;
      const joins = action.key !== undefined && last?.key === action.key && action.at - last.at < COALESCE_MS;
      const past = joins ? history.past : [...history.past, history.present].slice(-MAX_UNDO_STEPS);
      return {
        past,
        present: next,
        future: [],
        ...(action.key === undefined ? {} : { last: { key: action.key, at: action.at } }),
      };
    }
    case 'undo': {
      const previous = history.past.at(-1);
      if (previous === undefined) return history;
      return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
    }
    case 'redo': {
      const [next, ...rest] = history.future;
      if (next === undefined) return history;
      return { past: [...history.past, history.present], present: next, future: rest };
    }
    case 'replace':
      return createHistory(action.draft);
  }
}
