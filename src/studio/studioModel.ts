/**
 * The studio's draft: the timeline being edited, the source documents it cites (with their text, when the author
 * has opened it), and what the author still has to review. The documents live in `Draft.documents` only;
 * `fromTimelineFile` and `toTimelineFile` move them between the file's `documents` and the draft.
 */
import { formatISO } from 'date-fns';
import type { z } from 'zod';
import type { TimelineSchema } from '../data/schema.ts';
import { deriveStatus, getStatusContext as getTimelineStatusContext } from '../data/deriveStatus.ts';
import type { StatusContext } from '../data/deriveStatus.ts';
import { FIRST_DOCUMENT_ID } from '../data/migrateTimeline.ts';

export { FIRST_DOCUMENT_ID };

/** The timeline file's shape as written (plain strings, no brands): what the studio saves. */
export type TimelineFile = z.input<typeof TimelineSchema>;
export type FileEvent = TimelineFile['events'][number];
export type FileEntity = TimelineFile['entities'][number];
export type FileFigure = TimelineFile['figures'][number];
export type FileSource = FileEvent['sources'][number];
export type FileDocument = TimelineFile['documents'][number];
export type FileCategory = TimelineFile['categories'][number];
export type FileCorrection = TimelineFile['corrections'][number];
export type FileMeta = TimelineFile['meta'];
export type FileEventTime = FileEvent['time'];

/** A citation in the draft: a document, a paragraph of it, an excerpt, and who said it. */
export type DraftSource = FileSource;
export type DraftEvent = FileEvent;
export type DraftEntity = FileEntity;
export type DraftFigure = FileFigure;

/** The timeline as the studio edits it: the file's shape without its documents, which `Draft` holds. */
export type DraftTimeline = Omit<TimelineFile, 'documents'>;

/** A source document, as the file describes it, with its paragraphs' text once the author has opened it. */
export type StudioDocument = FileDocument & {
  /** The paragraphs' text, when the author has opened it; a timeline opened alone knows only the count. */
  paragraphs?: string[];
};

/** Why an imported event still needs the author: its time was guessed from a foreign file, its claims are uncited. */
export type ReviewReason = 'time' | 'claims';

/** What an event still needs before it can be trusted, kept in the studio only (never in the saved file). */
export interface ReviewFlag {
  reasons: ReviewReason[];
  /** `new` for an event the author added, whose time is a placeholder until they set it; absent when imported. */
  origin?: 'new';
  /** What the imported file said that the author may want to check (its dates, its suggested citations). */
  notes: string[];
}

/** Everything the author edits, and what undo and redo step through. */
export interface Draft {
  /** The source documents; the first is the report the timeline is of. */
  documents: StudioDocument[];
  timeline: DraftTimeline;
  /** Imported or new events still to review, by event id. */
  review: Record<string, ReviewFlag>;
}

/**
 * A timeline file as a draft. The texts the author already has open are kept for the documents they are: the
 * same id and paragraph count, or, for the first document, the same paragraph count (a report opened before the
 * timeline was given an id of its own). Open documents the file does not cite stay open after its own.
 */
export function fromTimelineFile(file: TimelineFile, open: readonly StudioDocument[] = []): Draft {
  const used = new Set<StudioDocument>();
  const documents: StudioDocument[] = file.documents.map((document, i) => {
    const matches = (candidate: StudioDocument) =>
      !used.has(candidate) &&
      candidate.paragraphs !== undefined &&
      candidate.paragraphCount === document.paragraphCount &&
      (candidate.id === document.id || (i === 0 && candidate === open[0]));
    const text = open.find((candidate) => candidate.id === document.id && matches(candidate)) ?? open.find(matches);
    if (text?.paragraphs === undefined) return { ...document, furniture: [...document.furniture] };
    used.add(text);
    return { ...document, furniture: [...document.furniture], paragraphs: text.paragraphs };
  });
  const ids = new Set(documents.map((d) => d.id));
  const others = open.filter((d) => !used.has(d) && d.paragraphs !== undefined && !ids.has(d.id));
  const { documents: _documents, ...timeline } = file;
  return { documents: [...documents, ...others], timeline, review: {} };
}

/** What the status rules need to know, read from a draft: the same context the build's validator builds. */
export function getStatusContext(timeline: DraftTimeline): StatusContext {
  return getTimelineStatusContext(timeline);
}

/** A document as the file holds it: what is known of it, never its text. */
function toFileDocument({ paragraphs: _paragraphs, ...document }: StudioDocument): FileDocument {
  return { ...document, furniture: [...document.furniture].sort((a, b) => a - b) };
}

/** The draft as a timeline file: its documents without their text, and every event's status the one the rules derive. */
export function toTimelineFile(draft: Draft): TimelineFile {
  const { timeline } = draft;
  const context = getStatusContext(timeline);
  const { $schema, meta, ...records } = timeline;
  return {
    ...($schema === undefined ? {} : { $schema }),
    meta,
    documents: draft.documents.map(toFileDocument),
    ...records,
    events: timeline.events.map((event) => ({
      ...event,
      status: event.sources.length === 0 ? event.status : deriveStatus(toStatusInput(event), context),
    })),
  };
}

/** An event as `deriveStatus` reads it: its id and its citations (the brands are the schema's, the values ours). */
export function toStatusInput(event: DraftEvent): Parameters<typeof deriveStatus>[0] {
  return event as unknown as Parameters<typeof deriveStatus>[0];
}

/** The text of a timeline file as the studio writes it: two-space JSON and a final newline. */
export function formatTimelineFile(file: TimelineFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** "YYYY-MM-DD" for a day, in the author's own zone. */
export function formatToday(now: Date): string {
  return formatISO(now, { representation: 'date' });
}

/** A new, empty timeline for a document: the meta to fill in, one category, no events yet. */
/** The report a timeline starts from before the author opens one. */
export const UNTITLED_REPORT: StudioDocument = {
  id: 'report',
  title: 'Untitled report',
  paragraphCount: 1,
  furniture: [],
};

/** A new timeline's one line on its report, until the author writes their own. */
export function describeReportTimeline(reportTitle: string): string {
  return `A timeline of one report, "${reportTitle}"; every fact here cites its paragraphs.`;
}

export function createEmptyDraft(document: StudioDocument, today: string): Draft {
  return {
    documents: [document],
    timeline: {
      $schema: './timeline.schema.json',
      meta: {
        title: document.title,
        updated: today,
        description: describeReportTimeline(document.title),
        zone: 'UTC',
        contentNote: 'This timeline describes the events of one report in words only.',
        context: [],
      },
      categories: [{ id: 'events', label: 'Events', description: 'What happened, as the report tells it.' }],
      events: [],
      entities: [],
      figures: [],
      corrections: [],
    },
    review: {},
  };
}
