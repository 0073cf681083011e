/**
 * The one view model: everything about the view a reader can change and a link carries, and the one table
 * that says, for each part of it, where a link holds it and how it is read, written and defaulted. Both
 * `parseViewState` and `formatViewState` walk that table, so a view survives a round trip through its link by
 * construction. Parsing is pure and never throws: each key is read on its own, and a value that cannot be used
 * falls back to its default with a notice.
 */
import { assertNever } from '../data/assertNever.ts';
import type { CategoryId, EntityId, EventId, Status, ZoneName } from '../data/schema.ts';
import type { ScaleMode } from '../time/createBaseScale.ts';
import type { ViewWindow } from '../time/viewWindow.ts';
import { NO_FILTERS, STATUSES } from './eventFilters.ts';
import type { EventFilters } from './eventFilters.ts';

/** Everything about the view a reader can change; exactly what a link carries. */
export interface ViewState {
  /** The event whose details are open (the link's path, `events/<id>/`); undefined for none. */
  selectedId: EventId | undefined;
  /**
   * The IANA zone every time is shown in (`zone`); undefined for the zone the events happened in (the timeline's
   * `meta.zone`), which a link leaves unsaid so that the view needs no data to be read or written.
   */
  zone: ZoneName | undefined;
  /** How the chart spaces events: in story steps (the default) or by the clock (`scale=chronological`). */
  scaleMode: ScaleMode;
  /** The chart's visible window in data terms (`from`, `to`); undefined for the whole story. */
  window: ViewWindow | undefined;
  /** The search query as typed, at most `MAX_QUERY_LENGTH` characters (`q`); empty for none. */
  query: string;
  /** Which events are shown (`lane`, `status`, `who`). */
  filters: EventFilters;
  /** The entity whose events are highlighted (`hl`); undefined for none. */
  highlight: EntityId | undefined;
  /**
   * How the reader goes through the events (`read`): browsing the chart and the lists, or the story mode's
   * step-through (`read=story`), where nothing chosen shows the title card and each event is one step.
   */
  reading: Reading;
}

/** Browsing, or walking through the story one step at a time. */
export type Reading = 'browse' | 'story';

/** The longest search query a link keeps, in characters. */
export const MAX_QUERY_LENGTH = 100;

/** What parsing needs to know about the timeline and the runtime. */
export interface ParseContext {
  /** The path the app is hosted under, with leading and trailing slashes: "/" or "/holey-artisan-timeline/". */
  basePath: string;
  /** True for the id of an event in the timeline. */
  hasEvent: (id: string) => boolean;
  /** What became of an event id that is no longer current; undefined for an id the timeline never published. */
  getFormerEvent: (id: string) => FormerEvent | undefined;
  /** True for the id of a category (a lane). */
  hasCategory: (id: string) => boolean;
  /** True for the id of an entity (a person, organisation, group or place). */
  hasEntity: (id: string) => boolean;
  /** The story's span in epoch ms; a time window must overlap it. */
  story: { start: number; end: number };
  /** True for a zone name the runtime's IANA database knows. */
  isKnownZone: (zone: string) => boolean;
  /** The zone the story happened in, as a notice names it: "Dhaka". */
  homeZoneName: string;
}

/** The entry of the corrections log that changed an event, as a link's notice names it. */
export interface LinkCorrection {
  /** Where the entry is read: the full timeline's home page at `#correction-<id>`. */
  href: string;
  /** True from the embed, whose framing site may not show the full timeline inside its frame. */
  opensInNewTab: boolean;
  /** The day it was made, in words: "3 December 2026". */
  date: string;
  /** What changed, as the log says it. */
  what: string;
}

/** An event id that a correction took out of the timeline. */
export type FormerEvent =
  /** Merged into or renamed as another event: the id is one of that event's aliases. */
  | { kind: 'alias'; successor: EventId; correction: LinkCorrection | undefined }
  /** Withdrawn with no event to succeed it. */
  | { kind: 'retired'; correction: LinkCorrection | undefined };

/** Why part of a link was not used, or was read differently; shown to the reader as a short notice. */
export interface LinkNotice {
  /** The part of the link it is about. */
  key: 'event' | 'zone' | 'scale' | 'window' | 'path' | 'query' | 'filters' | 'highlight' | 'reading';
  /** What the reader is told, in a sentence that never repeats the link's own text. */
  message: string;
  /** Where to read more (the correction that changed the linked event); our own address, never the link's. */
  link?: { href: string; text: string; opensInNewTab: boolean };
}

/** The notice for a link to an event that is not in the timeline and never was under that id. */
export const UNKNOWN_EVENT_MESSAGE =
  'This event is not in the timeline (it may have been corrected), so the whole story is shown.';

/** A link read: the view it asks for, and what in it could not be followed. */
export interface ParsedView {
  /** The view, with a default wherever the link's value could not be used. */
  view: ViewState;
  /** One notice per part of the link that fell back, in the table's order. */
  notices: LinkNotice[];
}

/** A link as the table reads it. */
interface LinkReader {
  /** The path below the base path (`events/<id>/`, or '' for the home page); undefined outside the base. */
  path: string | undefined;
  /** A query value; '' for one too long to be valid; undefined when the key is absent. */
  get: (key: string) => string | undefined;
  /** A query value as given, however long; undefined when the key is absent. */
  getRaw: (key: string) => string | undefined;
}

/** A field read from a link: its value, and a notice when the link's value could not be used as given. */
interface ReadField<T> {
  value: T;
  notice?: LinkNotice | undefined;
}

/** What a field writes into a link: the path below the base, or query pairs; nothing for its default. */
interface WrittenField {
  path?: string;
  params?: readonly (readonly [key: string, value: string])[];
}

/** One row of the table: where a link holds a field of the view, and how it is read, written and defaulted. */
export interface LinkField<F extends keyof ViewState> {
  /** The query keys it is written under, in order; `[]` for the open event, which is the link's path. */
  keys: readonly string[];
  /** The value when the link does not say, or says something that cannot be used. */
  default: ViewState[F];
  /** Reads it; `view` holds the fields read before it (the window needs the scale). */
  read: (link: LinkReader, context: ParseContext, view: Readonly<Partial<ViewState>>) => ReadField<ViewState[F]>;
  /** Writes it; the default writes nothing, so the shortest link names only what differs. */
  write: (value: ViewState[F]) => WrittenField;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** An instant in a link: ISO 8601 in UTC, to the second or minute. */
const LINK_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?Z$/;
/** Longer values are never valid and are not even looked at, in characters. */
const MAX_VALUE_LENGTH = 120;
/** The most comma-separated values a filter key is read for. */
const MAX_LIST_LENGTH = 200;

const UNKNOWN_EVENT_NOTICE: LinkNotice = { key: 'event', message: UNKNOWN_EVENT_MESSAGE };

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function parseInstant(value: string | undefined): number | undefined {
  if (value === undefined || !LINK_INSTANT.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

/** An instant for a link, to the whole second: "2016-07-01T15:20:00Z". */
function formatInstant(ms: number): string {
  return new Date(Math.round(ms / 1000) * 1000).toISOString().replace(/\.000Z$/, 'Z');
}

/** The notice for a link to an event id that a correction took out of the timeline. */
export function describeFormerEvent(former: FormerEvent): LinkNotice {
  const { correction } = former;
  const link =
    correction === undefined
      ? {}
      : { link: { href: correction.href, text: 'Read the correction', opensInNewTab: correction.opensInNewTab } };
  switch (former.kind) {
    case 'alias':
      return {
        key: 'event',
        message:
          correction === undefined
            ? 'The event in this link was corrected since the link was made; it is shown as it now stands.'
            : `The event in this link was corrected on ${correction.date}; it is shown as it now stands.`,
        ...link,
      };
    case 'retired':
      return {
        key: 'event',
        message:
          correction === undefined
            ? 'The event in this link was withdrawn in a correction, so the whole story is shown.'
            : `The event in this link was withdrawn in the correction of ${correction.date}: ${correction.what}`,
        ...link,
      };
    default:
      return assertNever(former);
  }
}

/** The event a link's id names now: itself, or the event a correction merged it into. */
function getCurrentEventId(id: string, context: ParseContext): EventId | undefined {
  if (!SLUG.test(id)) return undefined;
  if (context.hasEvent(id)) return id as EventId;
  const former = context.getFormerEvent(id);
  return former?.kind === 'alias' ? former.successor : undefined;
}

/** Reads the open event from the path: `events/<id>/`, an old id as the event that took it over. */
function readSelectedId(link: LinkReader, context: ParseContext): ReadField<EventId | undefined> {
  const rest = link.path;
  if (rest === undefined || rest === '' || rest === 'index.html') return { value: undefined };
  const segments = rest.split('/').filter((s) => s !== '' && s !== 'index.html');
  if (segments[0] !== 'events' || segments.length !== 2) {
    return {
      value: undefined,
      notice: { key: 'path', message: 'This link’s address was not recognised, so the whole timeline is shown.' },
    };
  }
  const id = safeDecode(segments[1] ?? '');
  if (id === undefined || !SLUG.test(id)) return { value: undefined, notice: UNKNOWN_EVENT_NOTICE };
  if (context.hasEvent(id)) return { value: id as EventId };
  const former = context.getFormerEvent(id);
  if (former === undefined) return { value: undefined, notice: UNKNOWN_EVENT_NOTICE };
  return { value: former.kind === 'alias' ? former.successor : undefined, notice: describeFormerEvent(former) };
}

/** Reads the window: instants on the chronological scale, first and last event ids in story order. */
function readWindow(
  link: LinkReader,
  context: ParseContext,
  scaleMode: ScaleMode | undefined,
): ReadField<ViewWindow | undefined> {
  const from = link.get('from');
  const to = link.get('to');
  if (from === undefined && to === undefined) return { value: undefined };
  const stale: ReadField<ViewWindow | undefined> = {
    value: undefined,
    notice: {
      key: 'window',
      message: 'The part of the story in this link is not in the timeline, so all of it is shown.',
    },
  };
  if (scaleMode === 'sequence') {
    const first = from === undefined ? undefined : getCurrentEventId(from, context);
    const last = to === undefined ? undefined : getCurrentEventId(to, context);
    return first === undefined || last === undefined ? stale : { value: { kind: 'events', from: first, to: last } };
  }
  const start = parseInstant(from);
  const end = parseInstant(to);
  if (start === undefined || end === undefined || end <= start) return stale;
  // A window wholly outside the story shows nothing: treat the link as stale.
  if (end < context.story.start || start > context.story.end) return stale;
  return { value: { kind: 'time', from: start, to: end } };
}

/** Reads one comma-separated filter key, keeping each known value once. */
function readList(
  link: LinkReader,
  key: string,
  isKnown: (value: string) => boolean,
): { values: string[]; isComplete: boolean } {
  const value = link.get(key);
  if (value === undefined || value === '') return { values: [], isComplete: true };
  const parts = value.split(',').slice(0, MAX_LIST_LENGTH);
  const known = [...new Set(parts.filter((part) => SLUG.test(part) && isKnown(part)))];
  return { values: known, isComplete: known.length === parts.length };
}

/** A comma-separated list for a link; nothing for an empty list. */
function writeList(key: string, values: readonly string[]): WrittenField {
  return values.length === 0 ? {} : { params: [[key, values.join(',')]] };
}

/**
 * The one table of the link's parts, in the order they are read (a notice's order) and written (the query's
 * order). Every field of `ViewState` has exactly one row.
 */
export const LINK_FIELDS: { readonly [F in keyof ViewState]: LinkField<F> } = {
  selectedId: {
    keys: [],
    default: undefined,
    read: (link, context) => readSelectedId(link, context),
    write: (id) => (id === undefined ? {} : { path: `events/${id}/` }),
  },
  zone: {
    keys: ['zone'],
    default: undefined,
    read: (link, context) => {
      const value = link.get('zone');
      if (value === undefined) return { value: undefined };
      if (/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(value) && context.isKnownZone(value)) return { value: value as ZoneName };
      return {
        value: undefined,
        notice: {
          key: 'zone',
          message: `The time zone in this link is not known, so times are in ${context.homeZoneName} time.`,
        },
      };
    },
    write: (zone) => (zone === undefined ? {} : { params: [['zone', zone]] }),
  },
  scaleMode: {
    keys: ['scale'],
    default: 'sequence',
    read: (link) => {
      const value = link.get('scale');
      if (value === 'sequence' || value === 'chronological') return { value };
      // Before story steps were the default, a link with a window in instants and no scale meant clock time.
      if (value === undefined)
        return { value: parseInstant(link.get('from')) === undefined ? 'sequence' : 'chronological' };
      return {
        value: 'sequence',
        notice: { key: 'scale', message: 'The spacing in this link was not recognised, so the story steps are shown.' },
      };
    },
    write: (scaleMode) => (scaleMode === 'sequence' ? {} : { params: [['scale', scaleMode]] }),
  },
  window: {
    keys: ['from', 'to'],
    default: undefined,
    read: (link, context, view) => readWindow(link, context, view.scaleMode),
    write: (window) => {
      if (window === undefined) return {};
      const [from, to] =
        window.kind === 'time' ? [formatInstant(window.from), formatInstant(window.to)] : [window.from, window.to];
      return {
        params: [
          ['from', from],
          ['to', to],
        ],
      };
    },
  },
  query: {
    keys: ['q'],
    default: '',
    read: (link) => {
      const raw = link.getRaw('q') ?? '';
      // Control characters never belong in a query; the rest is only ever an input's value, never markup.
      const value = raw.replace(/\p{Cc}/gu, ' ').slice(0, MAX_QUERY_LENGTH);
      return value === raw
        ? { value }
        : { value, notice: { key: 'query', message: 'The search in this link was shortened.' } };
    },
    write: (query) => (query.trim() === '' ? {} : { params: [['q', query]] }),
  },
  filters: {
    keys: ['lane', 'status', 'who'],
    default: NO_FILTERS,
    read: (link, context) => {
      const categories = readList(link, 'lane', context.hasCategory);
      const statuses = readList(link, 'status', (value) => (STATUSES as readonly string[]).includes(value));
      const entities = readList(link, 'who', context.hasEntity);
      const value: EventFilters = {
        categories: categories.values as CategoryId[],
        statuses: statuses.values as Status[],
        entities: entities.values as EntityId[],
      };
      if (categories.isComplete && statuses.isComplete && entities.isComplete) return { value };
      return {
        value,
        notice: { key: 'filters', message: 'Some filters in this link are not in the timeline and were left out.' },
      };
    },
    write: (filters) => {
      const parts = [
        writeList('lane', filters.categories),
        writeList('status', filters.statuses),
        writeList('who', filters.entities),
      ];
      return { params: parts.flatMap((part) => part.params ?? []) };
    },
  },
  highlight: {
    keys: ['hl'],
    default: undefined,
    read: (link, context) => {
      const value = link.get('hl');
      if (value === undefined) return { value: undefined };
      if (SLUG.test(value) && context.hasEntity(value)) return { value: value as EntityId };
      return {
        value: undefined,
        notice: { key: 'highlight', message: 'The person or place this link highlights is not in the timeline.' },
      };
    },
    write: (highlight) => (highlight === undefined ? {} : { params: [['hl', highlight]] }),
  },
  reading: {
    keys: ['read'],
    default: 'browse',
    read: (link) => {
      const value = link.get('read');
      if (value === undefined) return { value: 'browse' };
      if (value === 'story') return { value };
      return {
        value: 'browse',
        notice: {
          key: 'reading',
          message: 'The reading mode in this link was not recognised, so the timeline is shown.',
        },
      };
    },
    write: (reading) => (reading === 'story' ? { params: [['read', 'story']] } : {}),
  },
};

/** The fields of the view in the table's order. */
const FIELDS = Object.keys(LINK_FIELDS) as (keyof ViewState)[];

/** Every query key a link may hold, in the order they are written. */
export const LINK_QUERY_KEYS: readonly string[] = FIELDS.flatMap((field) => LINK_FIELDS[field].keys);

function getDefault<F extends keyof ViewState>(field: F): ViewState[F] {
  return LINK_FIELDS[field].default;
}

/** The view a link without any state opens: every field at the table's default. */
export const DEFAULT_VIEW: ViewState = Object.freeze(
  Object.fromEntries(FIELDS.map((field) => [field, getDefault(field)])) as unknown as ViewState,
);

/** Reads one field into `view`, noting why when the link's value could not be used; returns the value. */
function readField<F extends keyof ViewState>(
  field: F,
  link: LinkReader,
  context: ParseContext,
  view: Partial<ViewState>,
  notices: LinkNotice[],
): ViewState[F] {
  const { value, notice } = LINK_FIELDS[field].read(link, context, view);
  view[field] = value;
  if (notice !== undefined) notices.push(notice);
  return value;
}

/** Reads a link. Never throws: every part that cannot be used falls back to its default, with a notice. */
export function parseViewState(location: { pathname: string; search: string }, context: ParseContext): ParsedView {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(location.search);
  } catch {
    params = new URLSearchParams();
  }
  const base = context.basePath;
  const link: LinkReader = {
    path: location.pathname.startsWith(base) ? location.pathname.slice(base.length) : undefined,
    get: (key) => {
      const value = params.get(key);
      if (value === null) return undefined;
      return value.length > MAX_VALUE_LENGTH ? '' : value;
    },
    getRaw: (key) => params.get(key) ?? undefined,
  };
  const view: Partial<ViewState> = {};
  const notices: LinkNotice[] = [];
  for (const field of FIELDS) readField(field, link, context, view, notices);
  return { view: view as ViewState, notices };
}

function writeField<F extends keyof ViewState>(field: F, value: ViewState[F]): WrittenField {
  return LINK_FIELDS[field].write(value);
}

/** The link for a view: the event's own path, and only the query keys that differ from the defaults. */
export function formatViewState(view: ViewState, basePath: string): string {
  let path = basePath;
  const params = new URLSearchParams();
  for (const field of FIELDS) {
    const written = writeField(field, view[field]);
    if (written.path !== undefined) path = `${basePath}${written.path}`;
    for (const [key, value] of written.params ?? []) params.append(key, value);
  }
  const search = params.toString();
  return search === '' ? path : `${path}?${search}`;
}
