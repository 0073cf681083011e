import type { Draft, TimelineFile } from './studioModel.ts';

/** Where the browser keeps the draft between visits. */
export const STUDIO_STORAGE_KEY = 'timeline-studio:draft';

/** What is kept: the draft, and what was last opened or saved (to tell unsaved changes and published facts). */
export interface StoredSession {
  version: 1;
  draft: Draft;
  /** The timeline as it was last opened or saved: its facts are the published ones. */
  baseline?: TimelineFile;
  /** The text last opened or saved, to tell whether the draft has unsaved changes. */
  savedText?: string;
  /** The name of the file it came from. */
  fileName?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when a stored value has the draft's shape, as far as the studio relies on it before validating. */
function isDraft(value: unknown): value is Draft {
  if (!isRecord(value) || !Array.isArray(value.documents) || !isRecord(value.review)) return false;
  const { timeline } = value;
  return (
    isRecord(timeline) &&
    isRecord(timeline.meta) &&
    Array.isArray(timeline.meta.context) &&
    ['events', 'entities', 'figures', 'categories', 'corrections'].every((key) => Array.isArray(timeline[key]))
  );
}

/** The session kept in the browser, or undefined when there is none (or it cannot be read). */
export function loadSession(storage: Storage): StoredSession | undefined {
  try {
    const text = storage.getItem(STUDIO_STORAGE_KEY);
    if (text === null) return undefined;
    const value: unknown = JSON.parse(text);
    if (!isRecord(value) || value.version !== 1 || !isDraft(value.draft)) return undefined;
    return value as unknown as StoredSession;
  } catch {
    return undefined;
  }
}

/** Keeps the session; false when the browser refused (storage full or disabled). */
export function saveSession(storage: Storage, session: StoredSession): boolean {
  try {
    storage.setItem(STUDIO_STORAGE_KEY, JSON.stringify(session));
    return true;
  } catch {
    return false;
  }
}
