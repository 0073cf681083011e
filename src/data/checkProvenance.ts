/**
 * Checks every excerpt of a validated timeline against its document's text: each must stand, word for word, in
 * the paragraph it cites. Pure: the build (scripts/timelineDataPlugin.ts) and the tests read the documents and
 * hand their paragraphs in; no document's text is ever bundled or copied into the project.
 */
import type { TimelineProblem } from './parseTimeline.ts';

/** A citation whose excerpt is not verbatim in the paragraph it cites. */
export interface MisquoteProblem extends TimelineProblem {
  kind: 'misquote';
  /** The id of the event, entity or figure that cites it. */
  recordId: string;
  /** The document cited. */
  document: string;
  /** The paragraph cited, from 1. */
  paragraph: number;
  /** The excerpt as the timeline gives it. */
  excerpt: string;
  /** The excerpt's first word past the longest opening of it that the paragraph has. */
  differingWord: string;
  /** The few words the paragraph has at that point instead; absent when it does not have the excerpt's first word. */
  paragraphHas?: string;
}

/** A citation of a paragraph past its document's last. */
export interface MissingParagraphProblem extends TimelineProblem {
  kind: 'missing-paragraph';
  /** The id of the event, entity or figure that cites it. */
  recordId: string;
  /** The document cited. */
  document: string;
  /** The paragraph cited, from 1. */
  paragraph: number;
}

/** A document whose text has another paragraph count than the timeline says: it was curated against another version. */
export interface ParagraphCountProblem extends TimelineProblem {
  kind: 'paragraph-count';
  /** The document. */
  document: string;
  /** How many paragraphs the text given has. */
  paragraphs: number;
}

/** What the check finds; each is also a `TimelineProblem`, for `formatTimelineProblems`. */
export type ProvenanceProblem = MisquoteProblem | MissingParagraphProblem | ParagraphCountProblem;

/** A document's paragraphs, one a line (line n is paragraph n); a final line break ends the last one. */
export function splitReportParagraphs(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}

/** Text as the check compares it: one space for any run of white space, straight quotes for curly ones. */
export function normaliseForProvenance(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** How many words of the paragraph a problem shows where the excerpt parts from it: enough to see, never the paragraph. */
const CONTEXT_WORDS = 5;

/** Where an excerpt parts from a paragraph, or undefined when the paragraph holds it whole. */
export function findDifference(
  excerpt: string,
  paragraph: string,
): { differingWord: string; paragraphHas?: string } | undefined {
  const text = normaliseForProvenance(paragraph);
  const quote = normaliseForProvenance(excerpt);
  if (text.includes(quote)) return undefined;
  const words = quote.split(' ');
  // The longest opening of the excerpt that the paragraph has; the next word is where the two part.
  let matched = 0;
  let at = -1;
  while (matched < words.length) {
    const found = text.indexOf(words.slice(0, matched + 1).join(' '));
    if (found < 0) break;
    matched += 1;
    at = found;
  }
  const differingWord = words[matched] ?? words.at(-1) ?? quote;
  if (matched === 0) return { differingWord };
  const rest = text.slice(at + words.slice(0, matched).join(' ').length).trim();
  const next = rest.split(' ').slice(0, CONTEXT_WORDS).join(' ');
  return { differingWord, paragraphHas: next === '' ? '(the end of the paragraph)' : next };
}

/** The problem's sentence: the paragraph, the word that differs and what the paragraph has instead. */
function describeDifference(
  document: string,
  paragraph: number,
  difference: { differingWord: string; paragraphHas?: string },
): string {
  const where = `the excerpt is not verbatim in paragraph ${paragraph} of document "${document}"`;
  return difference.paragraphHas === undefined
    ? `${where}: "${difference.differingWord}" is not in that paragraph`
    : `${where}: it has "${difference.differingWord}" where the paragraph has "${difference.paragraphHas}"`;
}

/** A record that cites, as the check reads it: a validated one, or the studio's draft of one. */
interface SourcedRecord {
  readonly id: string;
  readonly sources: readonly { readonly document: string; readonly paragraph: number; readonly excerpt: string }[];
}

/** What the check reads of a timeline: its documents and its citing records. */
export interface CitingTimeline {
  readonly documents: readonly { readonly id: string; readonly paragraphCount: number }[];
  readonly events: readonly SourcedRecord[];
  readonly entities: readonly SourcedRecord[];
  readonly figures: readonly SourcedRecord[];
}

/** Each document's paragraphs, by the document's id; a document whose text is not at hand is left out. */
export type DocumentTexts = ReadonlyMap<string, readonly string[]>;

/**
 * Every citation of the timeline (events, entities, figures) whose excerpt is not in the paragraph it cites, after
 * normalising white space and quotes; each problem names its JSON path, its record's id, the document, the
 * paragraph and the word where the excerpt and the paragraph part. A document whose text has a different number
 * of paragraphs than its `paragraphCount` is a problem too: the timeline was curated against another version of
 * it. Citations of a document whose text is not in `texts` are not checked.
 */
export function checkProvenance(timeline: CitingTimeline, texts: DocumentTexts): ProvenanceProblem[] {
  const problems: ProvenanceProblem[] = [];
  timeline.documents.forEach(({ id, paragraphCount }, i) => {
    const paragraphs = texts.get(id);
    if (paragraphs === undefined || paragraphs.length === paragraphCount) return;
    problems.push({
      kind: 'paragraph-count',
      path: `documents[${i}].paragraphCount`,
      recordId: id,
      document: id,
      paragraphs: paragraphs.length,
      message: `the text of document "${id}" has ${paragraphs.length} paragraphs, not ${paragraphCount}: is it the document this timeline cites? (REPORT_FILE names the first document's text, SOURCES_DIR the folder of the others')`,
    });
  });
  const checkRecords = (collection: string, records: readonly SourcedRecord[]) => {
    records.forEach((record, i) => {
      record.sources.forEach((source, j) => {
        const path = `${collection}[${i}].sources[${j}]`;
        const { document, paragraph, excerpt } = source;
        const paragraphs = texts.get(document);
        if (paragraphs === undefined) return;
        const text = paragraphs[paragraph - 1];
        if (text === undefined) {
          const message = `paragraph ${paragraph} is not in document "${document}", which has ${paragraphs.length}`;
          problems.push({
            kind: 'missing-paragraph',
            path: `${path}.paragraph`,
            recordId: record.id,
            document,
            paragraph,
            message,
          });
          return;
        }
        const difference = findDifference(excerpt, text);
        if (difference === undefined) return;
        problems.push({
          kind: 'misquote',
          path: `${path}.excerpt`,
          recordId: record.id,
          document,
          paragraph,
          excerpt,
          ...difference,
          message: describeDifference(document, paragraph, difference),
        });
      });
    });
  };
  checkRecords('events', timeline.events);
  checkRecords('entities', timeline.entities);
  checkRecords('figures', timeline.figures);
  return problems;
}
