import { parseTimeline } from '../data/parseTimeline.ts';
import type { LoadedTimeline, TimelineProblem } from '../data/parseTimeline.ts';
import type { Draft, DraftSource } from './studioModel.ts';
import { toTimelineFile } from './studioModel.ts';

export interface DraftCheck {
  /** Every problem, the build's own first, then the studio's checks of the documents. */
  problems: TimelineProblem[];
  /** The validated, frozen timeline when there is no problem at all. */
  timeline?: LoadedTimeline;
}

/**
 * Checks a draft exactly as the build will check its file (`parseTimeline`), then checks what only the studio
 * can: that every excerpt is verbatim in its document's paragraph (when the text is open), and that every
 * citation quotes a document today's file can hold (the first).
 */
export function checkDraft(draft: Draft): DraftCheck {
  const result = parseTimeline(toTimelineFile(draft));
  const problems: TimelineProblem[] = result.ok ? [] : [...result.problems];
  problems.push(...checkCitations(draft));
  return result.ok && problems.length === 0 ? { problems, timeline: result.timeline } : { problems };
}

function checkCitations(draft: Draft): TimelineProblem[] {
  const problems: TimelineProblem[] = [];
  const documents = new Map(draft.documents.map((d) => [d.id, d]));
  const firstId = draft.documents[0]?.id;
  const check = (collection: string, index: number, id: string, sources: readonly DraftSource[]) => {
    sources.forEach((source, j) => {
      const base = `${collection}[${index}].sources[${j}]`;
      const document = documents.get(source.document);
      if (document === undefined) {
        problems.push({
          path: `${base}.document`,
          recordId: id,
          message: `no open document has the id "${source.document}"`,
        });
        return;
      }
      if (source.document !== firstId) {
        problems.push({
          path: `${base}.document`,
          recordId: id,
          message: `it cites “${document.title}”; today’s timeline file can hold citations of its first document only`,
        });
      }
      const text = document.paragraphs?.[source.paragraph - 1];
      if (text !== undefined && !text.includes(source.excerpt)) {
        problems.push({
          path: `${base}.excerpt`,
          recordId: id,
          message: `the excerpt is not word for word in paragraph ${source.paragraph} of “${document.title}”`,
        });
      }
    });
  };
  draft.timeline.events.forEach((e, i) => check('events', i, e.id, e.sources));
  draft.timeline.entities.forEach((e, i) => check('entities', i, e.id, e.sources));
  draft.timeline.figures.forEach((f, i) => check('figures', i, f.id, f.sources));
  return problems;
}
