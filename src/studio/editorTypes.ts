import type { Option } from './fields.tsx';
import type { Draft } from './studioModel.ts';

/** Applies an edit to the draft; `key` names the field, so a burst of typing in it undoes as one step. */
export type Edit = (update: (draft: Draft) => Draft, key?: string) => void;

/** What every record's form needs. */
export interface FormProps {
  draft: Draft;
  edit: Edit;
  index: number;
}

/** The events as menu options: "Title (id)". */
export function getEventOptions(draft: Draft, except?: string): Option[] {
  return draft.timeline.events
    .filter((e) => e.id !== except)
    .map((e) => ({ value: e.id, label: `${e.title || 'Untitled'} (${e.id})` }));
}

/** The entities as menu options, optionally of one kind. */
export function getEntityOptions(draft: Draft, kind?: string, except?: string): Option[] {
  return draft.timeline.entities
    .filter((e) => (kind === undefined || e.kind === kind) && e.id !== except)
    .map((e) => ({ value: e.id, label: `${e.name || 'Unnamed'} (${e.id})` }));
}

/** Who may be named as a speaker: the report's own voice, or an entity. */
export function getSpeakerOptions(draft: Draft): Option[] {
  return [{ value: '', label: 'The report’s own voice' }, ...getEntityOptions(draft)];
}
