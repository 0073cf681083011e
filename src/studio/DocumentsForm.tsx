import { updateDocument } from './draftEdits.ts';
import type { Edit } from './editorTypes.ts';
import { getFieldId, TextField } from './fields.tsx';
import type { Draft, StudioDocument } from './studioModel.ts';

/** What is known of each source document: its title and, when known, its publisher, date and address. */
export function DocumentsForm({ draft, edit }: { draft: Draft; edit: Edit }) {
  return (
    <div className="studio-form">
      <h3>Source documents</h3>
      <p className="studio-field-hint">
        The first document is the report the timeline is of: the page calls it “the report” and names any other by its
        title. Each is saved in the timeline with its paragraph count, its furniture and what is known of it; its text
        never is. The build checks each citation against its document’s text (see docs/data.md).
      </p>
      {/* The empty studio's first problem ("a timeline cites at least one document") comes here: what to do. */}
      {draft.documents.length === 0 && (
        <p className="studio-empty" id={getFieldId('documents')} tabIndex={-1}>
          No document is open. Open the report under Sources: “Open a report (text file)…” or “Paste a report…”.
        </p>
      )}
      {draft.documents.map((document, i) => {
        const set = (key: 'title' | 'publisher' | 'date' | 'url') => (value: string) => {
          edit(
            (d) =>
              updateDocument(d, i, (doc) => {
                const { [key]: _old, ...rest } = doc;
                return (value === '' && key !== 'title' ? rest : { ...rest, [key]: value }) as StudioDocument;
              }),
            `documents.${i}.${key}`,
          );
        };
        return (
          <fieldset key={document.id} className="studio-document-meta">
            <legend>
              Document {i + 1} ({document.id}): {document.paragraphCount} paragraphs
              {document.paragraphs === undefined ? ', text not open' : ''}
            </legend>
            <TextField path={`documents[${i}].title`} label="Title" value={document.title} onChange={set('title')} />
            <TextField
              path={`documents[${i}].publisher`}
              label="Publisher (optional)"
              value={document.publisher ?? ''}
              onChange={set('publisher')}
            />
            <TextField
              path={`documents[${i}].date`}
              label="Date (optional)"
              type="date"
              value={document.date ?? ''}
              onChange={set('date')}
            />
            <TextField
              path={`documents[${i}].url`}
              label="Address (optional)"
              type="url"
              value={document.url ?? ''}
              onChange={set('url')}
            />
          </fieldset>
        );
      })}
    </div>
  );
}
