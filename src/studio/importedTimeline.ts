import { proposeId, slugify } from './slugify.ts';
import type { Draft, DraftEvent, FileCategory, FileEventTime, ReviewFlag, StudioDocument } from './studioModel.ts';
import { createEmptyDraft } from './studioModel.ts';

/** One event read from a foreign file, before it has an id or a category of ours. */
export interface ImportedEvent {
  /** An id the file suggests (TimelineJS `unique_id`, our CSV's `id`). */
  suggestedId?: string;
  title: string;
  summary: string;
  time: FileEventTime;
  /** The file's group or category label, if any. */
  group?: string;
  /** Relations and order constraints our own CSV carries, by the file's ids. */
  relations?: DraftEvent['relations'];
  /** What the author should check: the file's own date, its suggested citations. */
  notes: string[];
}

export interface ImportedTimeline {
  title?: string;
  description?: string;
  events: ImportedEvent[];
  /** What was left out or changed, for the author. */
  warnings: string[];
}

export type ImportResult = { ok: true; imported: ImportedTimeline } | { ok: false; message: string };

/** The instant an event sorts by: its best or earliest time, or none for an order-only time. */
function getSortKey(time: FileEventTime): number {
  switch (time.kind) {
    case 'exact':
    case 'approximate':
      return Date.parse(time.at);
    case 'interval':
      return Date.parse(time.best ?? time.earliest);
    case 'order':
      return Number.POSITIVE_INFINITY;
  }
}

/**
 * An import as a new draft: events in time order with ids proposed from their titles (or the file's), one
 * category per group, nothing cited, and every event flagged to review its time and its claims.
 */
export function createImportedDraft(
  imported: ImportedTimeline,
  document: StudioDocument,
  documents: StudioDocument[],
  zone: string,
  today: string,
): Draft {
  const base = createEmptyDraft(document, today);
  const categories: FileCategory[] = [];
  const categoryOf = new Map<string, string>();
  const getCategory = (group: string | undefined): string => {
    const label = group === undefined || group.trim() === '' ? 'Events' : group.trim();
    const known = categoryOf.get(label);
    if (known !== undefined) return known;
    const id = proposeId(label, new Set(categories.map((c) => c.id)), 'category');
    categories.push({ id, label, description: `Imported as the group “${label}”.` });
    categoryOf.set(label, id);
    return id;
  };
  const sorted = imported.events
    .map((event, order) => ({ event, order }))
    .sort((a, b) => getSortKey(a.event.time) - getSortKey(b.event.time) || a.order - b.order)
    .map(({ event }) => event);
  const taken = new Set<string>();
  const idOf = new Map<string, string>();
  const events: DraftEvent[] = sorted.map((event) => {
    const id = proposeId(event.suggestedId ?? event.title, taken, 'event');
    taken.add(id);
    if (event.suggestedId !== undefined) idOf.set(event.suggestedId, id);
    return {
      id,
      title: event.title,
      summary: event.summary,
      time: event.time,
      category: getCategory(event.group),
      status: 'stated',
      entities: [],
      sources: [],
      ...(event.relations === undefined ? {} : { relations: event.relations }),
    };
  });
  // The file's ids become ours in order constraints and relations.
  const mapId = (id: string) => idOf.get(id) ?? slugify(id, id);
  const linked = events.map((event) => ({
    ...event,
    time:
      event.time.kind === 'order'
        ? { ...event.time, after: event.time.after.map(mapId), before: event.time.before.map(mapId) }
        : event.time,
    ...(event.relations === undefined
      ? {}
      : { relations: event.relations.map((r) => ({ ...r, event: mapId(r.event) })) }),
  }));
  const review: Record<string, ReviewFlag> = {};
  linked.forEach((event, i) => {
    review[event.id] = { reasons: ['time', 'claims'], notes: sorted[i]?.notes ?? [] };
  });
  return {
    documents: documents.length > 0 ? documents : base.documents,
    timeline: {
      ...base.timeline,
      meta: {
        ...base.timeline.meta,
        zone,
        ...(imported.title === undefined || imported.title === '' ? {} : { title: imported.title }),
        ...(imported.description === undefined || imported.description === ''
          ? {}
          : { description: imported.description }),
      },
      categories: categories.length > 0 ? categories : base.timeline.categories,
      events: linked,
    },
    review,
  };
}
