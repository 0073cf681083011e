/**
 * The studio's draft: the timeline being edited, the source documents it cites, and what the author still has
 * to review. Every citation in the draft names its document; the file written today holds one report, so
 * `toTimelineFile` drops the document (the first document's paragraph numbers are the file's) and
 * `fromTimelineFile` gives every citation the first document. When the schema gains `documents`, those two
 * functions are the one place that changes.
 */
import type { z } from 'zod';
import type { TimelineSchema } from '../data/schema.ts';
import { deriveStatus, getStatusContext as getTimelineStatusContext } from '../data/deriveStatus.ts';
import type { StatusContext } from '../data/deriveStatus.ts';

/** The timeline file's shape as written (plain strings, no brands): what the studio saves. */
export type TimelineFile = z.input<typeof TimelineSchema>;
export type FileEvent = TimelineFile['events'][number];
export type FileEntity = TimelineFile['entities'][number];
export type FileFigure = TimelineFile['figures'][number];
export type FileSource = FileEvent['sources'][number];
export type FileCategory = TimelineFile['categories'][number];
export type FileCorrection = TimelineFile['corrections'][number];
export type FileMeta = TimelineFile['meta'];
export type FileEventTime = FileEvent['time'];

/** A citation in the draft: the file's citation plus the id of the document it quotes. */
export type DraftSource = FileSource & {
  /** The id of the document (one of `Draft.documents`) whose paragraph `paragraph` is quoted. */
  document: string;
};

type WithDraftSources<T extends { sources: unknown }> = Omit<T, 'sources'> & { sources: DraftSource[] };
export type DraftEvent = WithDraftSources<FileEvent>;
export type DraftEntity = WithDraftSources<FileEntity>;
export type DraftFigure = WithDraftSources<FileFigure>;

/** The timeline as the studio edits it: the file's shape, with documents named on every citation. */
export type DraftTimeline = Omit<TimelineFile, 'events' | 'entities' | 'figures'> & {
  events: DraftEvent[];
  entities: DraftEntity[];
  figures: DraftFigure[];
};

/** A source document: a report, one paragraph a line. */
export interface StudioDocument {
  /** A stable slug, named on every citation of it. */
  id: string;
  title: string;
  /** Who published it, when known. */
  publisher?: string;
  /** When it was published, `YYYY-MM-DD`, when known. */
  date?: string;
  /** Where it was published, when known. */
  url?: string;
  /** How many paragraphs it has: every citation must fall inside. */
  paragraphCount: number;
  /** Paragraph numbers (from 1) that are page furniture, which nothing may cite. */
  furniture: number[];
  /** The paragraphs' text, when the author has opened it; a timeline opened alone knows only the count. */
  paragraphs?: string[];
}

/** Why an imported event still needs the author: its time was guessed from a foreign file, its claims are uncited. */
export type ReviewReason = 'time' | 'claims';

/** What an event still needs before it can be trusted, kept in the studio only (never in the saved file). */
export interface ReviewFlag {
  reasons: ReviewReason[];
  /** What the imported file said that the author may want to check (its dates, its suggested citations). */
  notes: string[];
}

/** Everything the author edits, and what undo and redo step through. */
export interface Draft {
  /** The source documents; the first is the file's report. */
  documents: StudioDocument[];
  timeline: DraftTimeline;
  /** Imported events still to review, by event id. */
  review: Record<string, ReviewFlag>;
}

/** The id of the first document when a timeline is opened without one. */
export const FIRST_DOCUMENT_ID = 'report';

/** A document known only by the paragraph count and furniture a timeline file gives. */
export function createDocumentFromMeta(meta: Pick<FileMeta, 'paragraphCount' | 'furniture'>): StudioDocument {
  return {
    id: FIRST_DOCUMENT_ID,
    title: 'The report',
    paragraphCount: meta.paragraphCount,
    furniture: [...meta.furniture],
  };
}

/** A timeline file as a draft: every citation quotes the first document, which the file's meta describes. */
export function fromTimelineFile(file: TimelineFile, documents?: StudioDocument[]): Draft {
  const first = documents?.[0] ?? createDocumentFromMeta(file.meta);
  const cite = <T extends { sources: FileSource[] }>(record: T): Omit<T, 'sources'> & { sources: DraftSource[] } => ({
    ...record,
    sources: record.sources.map((source) => ({ ...source, document: first.id })),
  });
  const firstDocument: StudioDocument = {
    ...first,
    paragraphCount: file.meta.paragraphCount,
    furniture: [...file.meta.furniture],
  };
  return {
    documents: [firstDocument, ...(documents ?? []).slice(1)],
    timeline: {
      ...file,
      events: file.events.map(cite),
      entities: file.entities.map(cite),
      figures: file.figures.map(cite),
    },
    review: {},
  };
}

/** What the status rules need to know, read from a draft: the same context the build's validator builds. */
export function getStatusContext(timeline: DraftTimeline): StatusContext {
  return getTimelineStatusContext(timeline);
}

function stripDocument({ document: _document, ...source }: DraftSource): FileSource {
  return source;
}

/**
 * The draft as today's timeline file: citations lose their document (the file holds one report, the first
 * document), the meta takes the first document's paragraph count and furniture, and every event's status is the
 * one the rules derive. Citations of any other document are reported by `checkDraft` and cannot be saved yet.
 */
export function toTimelineFile(draft: Draft): TimelineFile {
  const { timeline } = draft;
  const first = draft.documents[0];
  const context = getStatusContext(timeline);
  const meta: FileMeta =
    first === undefined
      ? timeline.meta
      : {
          ...timeline.meta,
          paragraphCount: first.paragraphCount,
          furniture: [...first.furniture].sort((a, b) => a - b),
        };
  return {
    ...timeline,
    meta,
    events: timeline.events.map((event) => ({
      ...event,
      status: event.sources.length === 0 ? event.status : deriveStatus(toStatusInput(event), context),
      sources: event.sources.map(stripDocument),
    })),
    entities: timeline.entities.map((entity) => ({ ...entity, sources: entity.sources.map(stripDocument) })),
    figures: timeline.figures.map((figure) => ({ ...figure, sources: figure.sources.map(stripDocument) })),
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
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A new, empty timeline for a document: the meta to fill in, one category, no events yet. */
export function createEmptyDraft(document: StudioDocument, today: string): Draft {
  return {
    documents: [document],
    timeline: {
      $schema: './timeline.schema.json',
      meta: {
        title: document.title,
        updated: today,
        description: `A timeline of one report, "${document.title}"; every fact here cites its paragraphs.`,
        zone: 'UTC',
        contentNote: 'This timeline describes the events of one report in words only.',
        paragraphCount: document.paragraphCount,
        furniture: [...document.furniture],
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
