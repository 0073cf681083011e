/**
 * Pure edits of a draft, each returning a new draft (or the same one when nothing changes), so undo and redo
 * can step through them. Renames carry every reference along.
 */
import type {
  Draft,
  DraftEntity,
  DraftEvent,
  DraftFigure,
  DraftSource,
  DraftTimeline,
  FileCategory,
  FileCorrection,
  FileMeta,
  StudioDocument,
} from './studioModel.ts';
import { proposeId, slugify } from './slugify.ts';

/** The lists of records the studio edits, each by index. */
export type RecordCollection = 'events' | 'entities' | 'figures' | 'categories' | 'corrections';

/** The records that carry citations. */
export type CitingCollection = 'events' | 'entities' | 'figures';

/** What the editor shows: one record of a list, the meta, or the documents. */
export type EditorTarget = { collection: RecordCollection; index: number } | { collection: 'meta' | 'documents' };

function withTimeline(draft: Draft, timeline: DraftTimeline): Draft {
  return { ...draft, timeline };
}

function replaceAt<T>(list: readonly T[], index: number, update: (item: T) => T): T[] {
  return list.map((item, i) => (i === index ? update(item) : item));
}

export function updateEvent(draft: Draft, index: number, update: (event: DraftEvent) => DraftEvent): Draft {
  return withTimeline(draft, { ...draft.timeline, events: replaceAt(draft.timeline.events, index, update) });
}

export function updateEntity(draft: Draft, index: number, update: (entity: DraftEntity) => DraftEntity): Draft {
  return withTimeline(draft, { ...draft.timeline, entities: replaceAt(draft.timeline.entities, index, update) });
}

export function updateFigure(draft: Draft, index: number, update: (figure: DraftFigure) => DraftFigure): Draft {
  return withTimeline(draft, { ...draft.timeline, figures: replaceAt(draft.timeline.figures, index, update) });
}

export function updateCategory(draft: Draft, index: number, update: (category: FileCategory) => FileCategory): Draft {
  return withTimeline(draft, { ...draft.timeline, categories: replaceAt(draft.timeline.categories, index, update) });
}

export function updateCorrection(
  draft: Draft,
  index: number,
  update: (correction: FileCorrection) => FileCorrection,
): Draft {
  return withTimeline(draft, { ...draft.timeline, corrections: replaceAt(draft.timeline.corrections, index, update) });
}

export function updateMeta(draft: Draft, update: (meta: FileMeta) => FileMeta): Draft {
  return withTimeline(draft, { ...draft.timeline, meta: update(draft.timeline.meta) });
}

export function updateDocument(
  draft: Draft,
  index: number,
  update: (document: StudioDocument) => StudioDocument,
): Draft {
  return { ...draft, documents: replaceAt(draft.documents, index, update) };
}

/** Marks a paragraph of a document as page furniture, or as report again. */
export function setFurniture(draft: Draft, documentIndex: number, paragraph: number, isFurniture: boolean): Draft {
  return updateDocument(draft, documentIndex, (document) => ({
    ...document,
    furniture: isFurniture
      ? [...new Set([...document.furniture, paragraph])].sort((a, b) => a - b)
      : document.furniture.filter((p) => p !== paragraph),
  }));
}

/** The ids in use in a collection. */
export function getIds(draft: Draft, collection: RecordCollection): Set<string> {
  return new Set(draft.timeline[collection].map((record) => record.id));
}

/** A new event after the one at `after` (or at the end), with an id proposed from its title. */
export function addEvent(draft: Draft, title: string, after?: number): { draft: Draft; index: number } {
  const { timeline } = draft;
  const taken = new Set([...getIds(draft, 'events'), ...timeline.events.flatMap((e) => e.aliases ?? [])]);
  const index = after === undefined ? timeline.events.length : after + 1;
  const previous = timeline.events[index - 1];
  // A new event follows the one before it until the author says when it happened; the first has a day to start from.
  const day = timeline.meta.updated;
  const event: DraftEvent = {
    id: proposeId(title, taken, 'event'),
    title,
    summary: '',
    time:
      previous === undefined
        ? {
            kind: 'interval',
            earliest: `${day}T00:00:00Z`,
            latest: `${day}T23:59:00Z`,
            spans: false,
            basis: 'inferred',
            known: '',
          }
        : { kind: 'order', after: [previous.id], before: [], basis: 'inferred', known: '' },
    category: timeline.categories[0]?.id ?? '',
    status: 'stated',
    entities: [],
    sources: [],
  };
  const events = [...timeline.events.slice(0, index), event, ...timeline.events.slice(index)];
  // Its time is a placeholder the report did not give: flagged until the author sets it.
  const review = { ...draft.review, [event.id]: { reasons: ['time' as const], notes: [], origin: 'new' as const } };
  return { draft: { ...withTimeline(draft, { ...timeline, events }), review }, index };
}

export function addEntity(draft: Draft, name: string): { draft: Draft; index: number } {
  const entity: DraftEntity = {
    id: proposeId(name, getIds(draft, 'entities'), 'entity'),
    name,
    kind: 'person',
    description: '',
    sources: [],
  };
  const entities = [...draft.timeline.entities, entity];
  return { draft: withTimeline(draft, { ...draft.timeline, entities }), index: entities.length - 1 };
}

export function addFigure(draft: Draft, subject: string): { draft: Draft; index: number } {
  const figure: DraftFigure = {
    id: proposeId(subject, getIds(draft, 'figures'), 'figure'),
    measure: 'killed',
    subject,
    value: { qualifier: 'exactly', value: 0 },
    event: draft.timeline.events[0]?.id ?? '',
    about: [],
    sources: [],
  };
  const figures = [...draft.timeline.figures, figure];
  return { draft: withTimeline(draft, { ...draft.timeline, figures }), index: figures.length - 1 };
}

export function addCategory(draft: Draft, label: string): { draft: Draft; index: number } {
  const category: FileCategory = {
    id: proposeId(label, getIds(draft, 'categories'), 'category'),
    label,
    description: '',
  };
  const categories = [...draft.timeline.categories, category];
  return { draft: withTimeline(draft, { ...draft.timeline, categories }), index: categories.length - 1 };
}

export function addCorrection(draft: Draft, correction: FileCorrection): { draft: Draft; index: number } {
  const corrections = [...draft.timeline.corrections, correction];
  return { draft: withTimeline(draft, { ...draft.timeline, corrections }), index: corrections.length - 1 };
}

/** Removes a record; references to it stay and the validator names each one, so nothing vanishes silently. */
export function removeRecord(draft: Draft, collection: RecordCollection, index: number): Draft {
  const list: readonly unknown[] = draft.timeline[collection];
  const kept = list.filter((_, i) => i !== index);
  const removedId = collection === 'events' ? draft.timeline.events[index]?.id : undefined;
  const review = Object.fromEntries(Object.entries(draft.review).filter(([id]) => id !== removedId));
  return { ...draft, review, timeline: { ...draft.timeline, [collection]: kept } };
}

/** Moves an event one place up or down the reading order. */
export function moveEvent(draft: Draft, index: number, by: -1 | 1): Draft {
  const events = [...draft.timeline.events];
  const target = index + by;
  const moving = events[index];
  const other = events[target];
  if (moving === undefined || other === undefined) return draft;
  events[target] = moving;
  events[index] = other;
  return withTimeline(draft, { ...draft.timeline, events });
}

const swap = (id: string, from: string, to: string) => (id === from ? to : id);

/**
 * Renames an event and every reference to it (order constraints, relations, figures, review flags). When the old
 * id was published (`publishedIds`), it is kept in the event's `aliases`, so links that carry it still open it.
 */
export function renameEvent(draft: Draft, index: number, to: string, publishedIds: ReadonlySet<string>): Draft {
  const from = draft.timeline.events[index]?.id;
  if (from === undefined || from === to) return draft;
  const events = draft.timeline.events.map((event, i) => {
    const time =
      event.time.kind === 'order'
        ? {
            ...event.time,
            after: event.time.after.map((id) => swap(id, from, to)),
            before: event.time.before.map((id) => swap(id, from, to)),
          }
        : event.time;
    const relations = event.relations?.map((r) => ({ ...r, event: swap(r.event, from, to) }));
    const renamed: DraftEvent = { ...event, time, ...(relations === undefined ? {} : { relations }) };
    if (i !== index) return renamed;
    const aliases = (event.aliases ?? []).filter((alias) => alias !== to);
    if (publishedIds.has(from) && !aliases.includes(from)) aliases.push(from);
    const { aliases: _old, ...rest } = { ...renamed, id: to };
    return aliases.length > 0 ? { ...rest, aliases } : rest;
  });
  const figures = draft.timeline.figures.map((f) => ({ ...f, event: swap(f.event, from, to) }));
  const review = Object.fromEntries(Object.entries(draft.review).map(([id, flag]) => [id === from ? to : id, flag]));
  return { ...draft, review, timeline: { ...draft.timeline, events, figures } };
}

const swapSources = (sources: DraftSource[], from: string, to: string): DraftSource[] =>
  sources.map((s) => (s.saidBy === from ? { ...s, saidBy: to } : s));

/** Renames an entity and every reference to it: events, places, speakers, figures and the places hierarchy. */
export function renameEntity(draft: Draft, index: number, to: string): Draft {
  const from = draft.timeline.entities[index]?.id;
  if (from === undefined || from === to) return draft;
  const { timeline } = draft;
  const events = timeline.events.map((e) => ({
    ...e,
    entities: e.entities.map((id) => swap(id, from, to)),
    ...(e.place === undefined ? {} : { place: swap(e.place, from, to) }),
    sources: swapSources(e.sources, from, to),
  }));
  const entities = timeline.entities.map((e, i) => ({
    ...e,
    ...(i === index ? { id: to } : {}),
    ...(e.partOf === undefined ? {} : { partOf: swap(e.partOf, from, to) }),
    sources: swapSources(e.sources, from, to),
  }));
  const figures = timeline.figures.map((f) => ({
    ...f,
    ...(f.saidBy === undefined ? {} : { saidBy: swap(f.saidBy, from, to) }),
    ...(f.notConfirmedBy === undefined ? {} : { notConfirmedBy: f.notConfirmedBy.map((id) => swap(id, from, to)) }),
    about: f.about.map((id) => swap(id, from, to)),
    sources: swapSources(f.sources, from, to),
  }));
  return withTimeline(draft, { ...timeline, events, entities, figures });
}

export function renameFigure(draft: Draft, index: number, to: string): Draft {
  return updateFigure(draft, index, (f) => ({ ...f, id: to }));
}

export function renameCategory(draft: Draft, index: number, to: string): Draft {
  const from = draft.timeline.categories[index]?.id;
  if (from === undefined || from === to) return draft;
  const categories = replaceAt(draft.timeline.categories, index, (c) => ({ ...c, id: to }));
  const events = draft.timeline.events.map((e) => ({ ...e, category: swap(e.category, from, to) }));
  return withTimeline(draft, { ...draft.timeline, categories, events });
}

/** Adds a citation to an event, entity or figure; an event cited for the first time needs no "claims" review. */
export function addCitation(draft: Draft, collection: CitingCollection, index: number, source: DraftSource): Draft {
  const cite = <T extends { sources: DraftSource[] }>(record: T): T => ({
    ...record,
    sources: [...record.sources, source],
  });
  switch (collection) {
    case 'events': {
      const next = updateEvent(draft, index, cite);
      const id = next.timeline.events[index]?.id;
      return id === undefined ? next : clearReview(next, id, 'claims');
    }
    case 'entities':
      return updateEntity(draft, index, cite);
    case 'figures':
      return updateFigure(draft, index, cite);
  }
}

/** Drops one reason to review an event; the flag goes when none is left. */
export function clearReview(draft: Draft, eventId: string, reason: 'time' | 'claims'): Draft {
  const flag = draft.review[eventId];
  if (flag?.reasons.includes(reason) !== true) return draft;
  const reasons = flag.reasons.filter((r) => r !== reason);
  const others = Object.entries(draft.review).filter(([id]) => id !== eventId);
  const review = Object.fromEntries(reasons.length === 0 ? others : [...others, [eventId, { ...flag, reasons }]]);
  return { ...draft, review };
}

/** Adds a source document, with an id proposed from its title. */
export function addDocument(draft: Draft, document: Omit<StudioDocument, 'id'>): { draft: Draft; index: number } {
  const taken = new Set(draft.documents.map((d) => d.id));
  const id = proposeId(slugify(document.title, 'document'), taken, 'document');
  const documents = [...draft.documents, { ...document, id }];
  return { draft: { ...draft, documents }, index: documents.length - 1 };
}
