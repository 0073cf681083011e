/**
 * How the page names the documents a timeline cites. The first is the report the timeline is of, and is called
 * "the report" everywhere, as the rest of the page's wording does; any other is named by its title.
 */
import type { DeepReadonly } from '../data/deepFreeze.ts';
import type { LoadedTimeline } from '../data/parseTimeline.ts';
import type { DocumentId, Source } from '../data/schema.ts';
import { joinWords } from './describeStatus.ts';

type Documents = Pick<LoadedTimeline, 'documents'>;

/** "the report" for the first document; “Its title”, in quotation marks, for any other (its id if it has none). */
export function getDocumentName(id: DocumentId, timeline: Documents): string {
  const [first] = timeline.documents;
  if (first === undefined || first.id === id) return 'the report';
  const document = timeline.documents.find((d) => d.id === id);
  return `“${document?.title ?? id}”`;
}

/** "" for the report, " of “A police statement”" for any other document: what a bare "¶2" needs after it. */
export function getOtherDocumentSuffix(id: DocumentId, timeline: Documents): string {
  return timeline.documents[0]?.id === id ? '' : ` of ${getDocumentName(id, timeline)}`;
}

/** "Paragraph 5 of the report", "Paragraph 2 of “A police statement”". */
export function describeParagraph(source: DeepReadonly<Source>, timeline: Documents): string {
  return `Paragraph ${source.paragraph} of ${getDocumentName(source.document, timeline)}`;
}

/**
 * The paragraphs a record cites, each once, the report's first and then each other document's: "paragraph 5",
 * "paragraphs 1 and 5", "paragraph 5, and paragraph 2 of “A police statement”". The report is not named, since a
 * figure or an event is the report's unless it says otherwise.
 */
export function describeParagraphs(sources: readonly DeepReadonly<Source>[], timeline: Documents): string {
  const byDocument = new Map<DocumentId, number[]>();
  for (const { document, paragraph } of sources) {
    const paragraphs = byDocument.get(document) ?? [];
    if (!paragraphs.includes(paragraph)) paragraphs.push(paragraph);
    byDocument.set(document, paragraphs);
  }
  const firstId = timeline.documents[0]?.id;
  const groups = [...byDocument].sort(([a], [b]) => Number(b === firstId) - Number(a === firstId));
  const parts = groups.map(([document, paragraphs]) => {
    const words = `${paragraphs.length === 1 ? 'paragraph' : 'paragraphs'} ${joinWords(paragraphs.map(String))}`;
    return `${words}${getOtherDocumentSuffix(document, timeline)}`;
  });
  return parts.join(', and ');
}
