import type { DeepReadonly } from '../data/deepFreeze.ts';
import type { Meta } from '../data/schema.ts';

/** What the data takes from outside the report, each note with why; the page, the embed and the exports carry it. */
export function ContextNotes({ notes }: { notes: DeepReadonly<Meta['context']> }) {
  return (
    <ul className="context-notes">
      {notes.map((note) => (
        <li key={note.statement}>
          <strong>{note.statement}</strong> {note.why}
        </li>
      ))}
    </ul>
  );
}
