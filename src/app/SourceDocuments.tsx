import type { DeepReadonly } from '../data/deepFreeze.ts';
import type { SourceDocument } from '../data/schema.ts';
import { formatCalendarDate } from '../time/formatClock.ts';

/**
 * The documents the timeline cites, each with what is known of it and nothing more: a document that names no
 * publisher or date is said to name none, so the page never implies one. The first is "the report" everywhere
 * else on the page.
 */
export function SourceDocuments({ documents }: { documents: readonly DeepReadonly<SourceDocument>[] }) {
  return (
    <ul className="source-documents">
      {documents.map((document, i) => {
        const known = [
          document.publisher,
          document.date === undefined ? undefined : formatCalendarDate(document.date),
        ].filter((part) => part !== undefined);
        return (
          <li key={document.id}>
            <strong>{document.title}</strong>
            {i === 0 && documents.length > 1 ? ' (“the report”)' : ''}:{' '}
            {known.length > 0 ? known.join(', ') : 'no publisher or date given'}; {document.paragraphCount} paragraphs
            {document.furniture.length > 0 ? `, ${document.furniture.length} of them page furniture, left out` : ''}.
            {document.url !== undefined && (
              <>
                {' '}
                <a href={document.url} rel="noopener noreferrer external">
                  The original
                  <span className="visually-hidden"> of {document.title}</span>
                </a>
                .
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
