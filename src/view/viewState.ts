/**
 * The view in a link: which event is open (in the path, `/events/<id>/`, so each
 * event has a page of its own), and the zone, the scale and the visible window
 * (in the query). Parsing and formatting are pure and never throw: each key is
 * read on its own, and a bad key falls back to its default with a notice.
 */
import type { CategoryId, EntityId, EventId, Status, ZoneName } from '../data/schema.ts';
import { NO_FILTERS, STATUSES } from '../explore/matchEvents.ts';
import type { EventFilters } from '../explore/matchEvents.ts';
import type { ScaleMode } from '../time/createBaseScale.ts';
import type { ViewWindow } from '../time/viewWindow.ts';
import { assertNever } from '../time/assertNever.ts';
import { DHAKA } from '../time/zones.ts';

/** Everything a link carries. */
export interface LinkedView {
  eventId: EventId | undefined;
  zone: ZoneName;
  scaleMode: ScaleMode;
  /** Undefined for the whole story. */
  window: ViewWindow | undefined;
  /** The search query, as typed; empty for none. */
  query: string;
  filters: EventFilters;
  /** The entity whose events are highlighted. */
  highlight: EntityId | undefined;
}

/** The view a link without any state opens. */
export const DEFAULT_VIEW: LinkedView = {
  eventId: undefined,
  zone: DHAKA,
  scaleMode: 'chronological',
  window: undefined,
  query: '',
  filters: NO_FILTERS,
  highlight: undefined,
};

/** The longest search query a link keeps, in characters. */
export const MAX_QUERY_LENGTH = 100;

/** What parsing needs to know about the timeline and the runtime. */
export interface ParseContext {
  /** The path the app is hosted under, with leading and trailing slashes: "/" or "/holey-artisan-timeline/". */
  basePath: string;
  hasEvent: (id: string) => boolean;
  /** What became of an event id that is no longer current; undefined for an id the timeline never published. */
  getFormerEvent: (id: string) => FormerEvent | undefined;
  hasCategory: (id: string) => boolean;
  hasEntity: (id: string) => boolean;
  /** The story's span in epoch ms; a time window must overlap it. */
  story: { start: number; end: number };
  isKnownZone: (zone: string) => boolean;
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
  key: 'event' | 'zone' | 'scale' | 'window' | 'path' | 'query' | 'filters' | 'highlight';
  message: string;
  /** Where to read more (the correction that changed the linked event); our own address, never the link's. */
  link?: { href: string; text: string; opensInNewTab: boolean };
}

/** The notice for a link to an event that is not in the timeline and never was under that id. */
export const UNKNOWN_EVENT_MESSAGE =
  'This event is not in the timeline (it may have been corrected), so the whole story is shown.';

export interface ParsedView {
  view: LinkedView;
  notices: LinkNotice[];
}

/** The query keys, in the order they are written. One table for reading and writing. */
export const QUERY_KEYS = {
  zone: 'zone',
  scale: 'scale',
  from: 'from',
  to: 'to',
  query: 'q',
  categories: 'lane',
  statuses: 'status',
  entities: 'who',
  highlight: 'hl',
} as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** An instant in a link: ISO 8601 in UTC, to the second or minute. */
const LINK_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?Z$/;
/** Longer values are never valid and are not even looked at. */
const MAX_VALUE_LENGTH = 120;

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** Reads one query value, refusing the absurdly long. */
function readParam(params: URLSearchParams, key: string): string | undefined {
  const value = params.get(key);
  if (value === null || value.length > MAX_VALUE_LENGTH) return value === null ? undefined : '';
  return value;
}

function parseInstant(value: string | undefined): number | undefined {
  if (value === undefined || !LINK_INSTANT.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

/** Reads the event id from the path, if the path names one. */
function parsePath(
  pathname: string,
  context: ParseContext,
): { eventId: EventId | undefined; notice: LinkNotice | undefined } {
  const base = context.basePath;
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : undefined;
  if (rest === undefined || rest === '' || rest === 'index.html') return { eventId: undefined, notice: undefined };
  const segments = rest.split('/').filter((s) => s !== '' && s !== 'index.html');
  if (segments[0] !== 'events' || segments.length !== 2) {
    return {
      eventId: undefined,
      notice: { key: 'path', message: 'This link’s address was not recognised, so the whole timeline is shown.' },
    };
  }
  const id = safeDecode(segments[1] ?? '');
  if (id === undefined || !SLUG.test(id)) return { eventId: undefined, notice: UNKNOWN_EVENT_NOTICE };
  if (context.hasEvent(id)) return { eventId: id as EventId, notice: undefined };
  const former = context.getFormerEvent(id);
  if (former === undefined) return { eventId: undefined, notice: UNKNOWN_EVENT_NOTICE };
  return {
    eventId: former.kind === 'alias' ? former.successor : undefined,
    notice: describeFormerEvent(former),
  };
}

const UNKNOWN_EVENT_NOTICE: LinkNotice = { key: 'event', message: UNKNOWN_EVENT_MESSAGE };

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

/** Reads a link. Never throws: every part that cannot be used falls back to its default, with a notice. */
export function parseViewState(location: { pathname: string; search: string }, context: ParseContext): ParsedView {
  const notices: LinkNotice[] = [];
  const path = parsePath(location.pathname, context);
  if (path.notice !== undefined) notices.push(path.notice);

  let params: URLSearchParams;
  try {
    params = new URLSearchParams(location.search);
  } catch {
    params = new URLSearchParams();
  }

  let zone = DEFAULT_VIEW.zone;
  const zoneValue = readParam(params, QUERY_KEYS.zone);
  if (zoneValue !== undefined) {
    if (/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zoneValue) && context.isKnownZone(zoneValue)) zone = zoneValue as ZoneName;
    else notices.push({ key: 'zone', message: 'The time zone in this link is not known, so times are in Dhaka time.' });
  }

  let scaleMode = DEFAULT_VIEW.scaleMode;
  const scaleValue = readParam(params, QUERY_KEYS.scale);
  if (scaleValue === 'sequence' || scaleValue === 'chronological') scaleMode = scaleValue;
  else if (scaleValue !== undefined) {
    notices.push({ key: 'scale', message: 'The spacing in this link was not recognised, so true time is shown.' });
  }

  const window = parseWindow(readParam(params, QUERY_KEYS.from), readParam(params, QUERY_KEYS.to), scaleMode, context);
  if (window === 'invalid') {
    notices.push({
      key: 'window',
      message: 'The part of the story in this link is not in the timeline, so all of it is shown.',
    });
  }

  const rawQuery = params.get(QUERY_KEYS.query) ?? '';
  // Control characters never belong in a query; the rest is only ever an input's value, never markup.
  const query = rawQuery.replace(/\p{Cc}/gu, ' ').slice(0, MAX_QUERY_LENGTH);
  if (query !== rawQuery) notices.push({ key: 'query', message: 'The search in this link was shortened.' });

  const unknownFilterKeys: string[] = [];
  const readList = <T extends string>(key: string, isKnown: (value: string) => boolean): T[] => {
    const value = readParam(params, key);
    if (value === undefined || value === '') return [];
    const parts = value.split(',').slice(0, 200);
    const known = [...new Set(parts.filter((part) => SLUG.test(part) && isKnown(part)))];
    if (known.length !== parts.length) unknownFilterKeys.push(key);
    return known as T[];
  };
  const filters: EventFilters = {
    categories: readList<CategoryId>(QUERY_KEYS.categories, context.hasCategory),
    statuses: readList<Status>(QUERY_KEYS.statuses, (value) => (STATUSES as readonly string[]).includes(value)),
    entities: readList<EntityId>(QUERY_KEYS.entities, context.hasEntity),
  };
  if (unknownFilterKeys.length > 0) {
    notices.push({ key: 'filters', message: 'Some filters in this link are not in the timeline and were left out.' });
  }

  let highlight: EntityId | undefined;
  const highlightValue = readParam(params, QUERY_KEYS.highlight);
  if (highlightValue !== undefined) {
    if (SLUG.test(highlightValue) && context.hasEntity(highlightValue)) highlight = highlightValue as EntityId;
    else
      notices.push({ key: 'highlight', message: 'The person or place this link highlights is not in the timeline.' });
  }

  return {
    view: {
      eventId: path.eventId,
      zone,
      scaleMode,
      window: window === 'invalid' ? undefined : window,
      query,
      filters,
      highlight,
    },
    notices,
  };
}

function parseWindow(
  from: string | undefined,
  to: string | undefined,
  scaleMode: ScaleMode,
  context: ParseContext,
): ViewWindow | undefined | 'invalid' {
  if (from === undefined && to === undefined) return undefined;
  if (scaleMode === 'sequence') {
    const first = from === undefined ? undefined : getCurrentEventId(from, context);
    const last = to === undefined ? undefined : getCurrentEventId(to, context);
    return first === undefined || last === undefined ? 'invalid' : { kind: 'events', from: first, to: last };
  }
  const start = parseInstant(from);
  const end = parseInstant(to);
  if (start === undefined || end === undefined || end <= start) return 'invalid';
  // A window wholly outside the story shows nothing: treat the link as stale.
  if (end < context.story.start || start > context.story.end) return 'invalid';
  return { kind: 'time', from: start, to: end };
}

/** An instant for a link, to the whole second: "2016-07-01T15:20:00Z". */
function formatInstant(ms: number): string {
  return new Date(Math.round(ms / 1000) * 1000).toISOString().replace(/\.000Z$/, 'Z');
}

/** The link for a view: the event's own path, and only the query keys that differ from the defaults. */
export function formatViewState(view: LinkedView, basePath: string): string {
  const path = view.eventId === undefined ? basePath : `${basePath}events/${view.eventId}/`;
  const params = new URLSearchParams();
  if (view.zone !== DEFAULT_VIEW.zone) params.set(QUERY_KEYS.zone, view.zone);
  if (view.scaleMode !== DEFAULT_VIEW.scaleMode) params.set(QUERY_KEYS.scale, view.scaleMode);
  if (view.window !== undefined) {
    const [from, to] =
      view.window.kind === 'time'
        ? [formatInstant(view.window.from), formatInstant(view.window.to)]
        : [view.window.from, view.window.to];
    params.set(QUERY_KEYS.from, from);
    params.set(QUERY_KEYS.to, to);
  }
  if (view.query.trim() !== '') params.set(QUERY_KEYS.query, view.query);
  if (view.filters.categories.length > 0) params.set(QUERY_KEYS.categories, view.filters.categories.join(','));
  if (view.filters.statuses.length > 0) params.set(QUERY_KEYS.statuses, view.filters.statuses.join(','));
  if (view.filters.entities.length > 0) params.set(QUERY_KEYS.entities, view.filters.entities.join(','));
  if (view.highlight !== undefined) params.set(QUERY_KEYS.highlight, view.highlight);
  const search = params.toString();
  return search === '' ? path : `${path}?${search}`;
}
