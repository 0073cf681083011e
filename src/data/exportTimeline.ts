/**
 * Turns a loaded timeline into files a reader can download: a CSV table, an
 * iCalendar file of the events that have a time, and the JSON with its sources.
 * Pure string building: no DOM and no Node APIs, so the app and the build can both call it.
 */
import type { DeepReadonly } from './deepFreeze.ts';
import { describeStatus, getNameInSentence } from './describeStatus.ts';
import { indexTimeline } from './indexTimeline.ts';
import type { TimelineIndex } from './indexTimeline.ts';
import type { LoadedTimeline } from './parseTimeline.ts';
import type { EntityId, EventTime, Source, TimelineEvent } from './schema.ts';

/** The `$schema` of an exported JSON file: the JSON Schema is published beside it. */
export const EXPORT_JSON_SCHEMA = './timeline.schema.json';

/** The columns of the CSV export, in order; the header row spells them this way. */
export const CSV_COLUMNS = [
  'id',
  'title',
  'summary',
  'category',
  'status',
  'time_kind',
  'time_precision',
  'earliest_utc',
  'latest_utc',
  'best_utc',
  'zone',
  'time_known',
  'time_basis',
  'after',
  'before',
  'place',
  'entities',
  'sources',
  'related',
] as const;

/** What the ICS export needs to know about where it is hosted and when it is made. */
export interface TimelineIcsOptions {
  /** When the file is made; written as every event's DTSTAMP (UTC). */
  generatedAt: Date;
  /** The site's origin without a trailing slash ("https://example.org"); without it the events carry no URL. */
  siteUrl?: string;
  /** The path the app is hosted under, with leading and trailing slashes ("/" or "/holey-artisan-timeline/"). */
  basePath: string;
}

type Event = DeepReadonly<TimelineEvent>;
type Time = DeepReadonly<EventTime>;

/** The bounds of a time in epoch milliseconds; undefined for an order-only time, which has none. */
interface Instants {
  earliest: number;
  latest: number;
  best?: number;
}

function getInstants(time: Time): Instants | undefined {
  switch (time.kind) {
    case 'exact': {
      const at = Date.parse(time.at);
      return { earliest: at, latest: at, best: at };
    }
    case 'approximate':
      return { earliest: Date.parse(time.earliest), latest: Date.parse(time.latest), best: Date.parse(time.at) };
    case 'interval': {
      const bounds = { earliest: Date.parse(time.earliest), latest: Date.parse(time.latest) };
      return time.best === undefined ? bounds : { ...bounds, best: Date.parse(time.best) };
    }
    case 'order':
      return undefined;
  }
}

function getPrecision(time: Time): string {
  switch (time.kind) {
    case 'exact':
      return 'minute';
    case 'approximate':
      return time.precision;
    case 'interval':
      return 'window';
    case 'order':
      return 'order';
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "2016-07-01T15:20:00Z": ISO 8601 in UTC, with milliseconds only when there are some. */
function formatIsoUtc(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** "20160701T152000Z": the UTC DATE-TIME form of RFC 5545 (basic format, no milliseconds). */
function formatIcsUtc(ms: number): string {
  const d = new Date(ms);
  const date = `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
  return `${date}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "15:20 on 1 July 2016", in UTC, for sentences in a calendar description. */
function formatUtcInWords(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} on ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()] ?? ''} ${d.getUTCFullYear()}`;
}

/** "¶14 (witnesses): excerpt", or "¶3 (hedged): excerpt" for a hedged passage in the report's own voice. */
function formatSource(source: DeepReadonly<Source>, index: TimelineIndex): string {
  const notes: string[] = [];
  if (source.saidBy !== undefined) {
    const entity = index.getEntity(source.saidBy);
    notes.push(entity === undefined ? source.saidBy : getNameInSentence(entity));
  }
  if (source.hedged === true) notes.push('hedged');
  const who = notes.length === 0 ? '' : ` (${notes.join(', ')})`;
  return `¶${source.paragraph}${who}: ${source.excerpt}`;
}

function getEntityName(id: EntityId, index: TimelineIndex): string {
  return index.getEntity(id)?.name ?? id;
}

/** A cell's first characters that make a spreadsheet read it as a formula (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: a leading apostrophe defuses a formula, then RFC 4180 quoting where the field needs it. */
function formatCsvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function getCsvRow(event: Event, index: TimelineIndex): Record<(typeof CSV_COLUMNS)[number], string> {
  const { time } = event;
  const instants = getInstants(time);
  const formatOptional = (ms: number | undefined) => (ms === undefined ? '' : formatIsoUtc(ms));
  return {
    id: event.id,
    title: event.title,
    summary: event.summary,
    category: index.getCategory(event.category)?.label ?? event.category,
    status: event.status,
    time_kind: time.kind,
    time_precision: getPrecision(time),
    earliest_utc: formatOptional(instants?.earliest),
    latest_utc: formatOptional(instants?.latest),
    best_utc: formatOptional(instants?.best),
    zone: index.timeline.meta.zone,
    time_known: time.known,
    time_basis: time.basis,
    after: time.kind === 'order' ? time.after.join(' ') : '',
    before: time.kind === 'order' ? time.before.join(' ') : '',
    place: event.place === undefined ? '' : getEntityName(event.place, index),
    entities: event.entities.map((id) => getEntityName(id, index)).join('; '),
    sources: event.sources.map((s) => formatSource(s, index)).join(' | '),
    related: (event.relations ?? []).map((r) => `${r.kind}:${r.event}`).join(' '),
  };
}

/**
 * The timeline as an RFC 4180 CSV table: a header row (`CSV_COLUMNS`), then one
 * row per event in reading order, each record ending in CRLF. Instants are UTC
 * ISO 8601 (`2016-07-01T15:20:00Z`), blank for an order-only time. The text is
 * UTF-8 with no byte-order mark, and callers should add none: serve it as
 * `text/csv;charset=utf-8;header=present`. Cells that a spreadsheet would run
 * as a formula start with an apostrophe.
 */
export function toTimelineCsv(timeline: LoadedTimeline): string {
  const index = indexTimeline(timeline);
  const rows = [
    CSV_COLUMNS.map(formatCsvField).join(','),
    ...timeline.events.map((event) => {
      const row = getCsvRow(event, index);
      return CSV_COLUMNS.map((column) => formatCsvField(row[column])).join(',');
    }),
  ];
  return rows.map((row) => `${row}\r\n`).join('');
}

/** The longest content line of an iCalendar file, in octets, not counting its CRLF (RFC 5545 §3.1). */
const ICS_LINE_OCTETS = 75;

/** The UID domain of every exported event: ids are stable, so a re-imported file updates events, not doubles them. */
const ICS_UID_DOMAIN = 'holey-artisan-timeline';

/** How many octets a code point takes in UTF-8. */
function getUtf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** Folds one content line at 75 octets; a continuation line starts with a space, and no character is split. */
function foldIcsLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const length = getUtf8Length(char.codePointAt(0) ?? 0);
    if (octets + length > ICS_LINE_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += length;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/** Escapes a TEXT value (RFC 5545 §3.3.11); other control characters are not allowed in TEXT, so they go. */
function escapeIcsText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- TEXT may not hold control characters other than tab.
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
      .replace(/[\\;,\n]/g, (char) => (char === '\n' ? '\\n' : `\\${char}`))
  );
}

/** "When:" in a calendar description: how precise the time is, in a sentence, with its bounds in UTC. */
function describePrecision(time: Time): string {
  switch (time.kind) {
    case 'exact':
      return 'Exact time stated by the report.';
    case 'approximate':
      return `The report gives no exact time: some time between ${formatUtcInWords(Date.parse(time.earliest))} and ${formatUtcInWords(Date.parse(time.latest))} (UTC); best estimate about ${formatUtcInWords(Date.parse(time.at))} (UTC).`;
    case 'interval': {
      const [earliest, latest] = [
        formatUtcInWords(Date.parse(time.earliest)),
        formatUtcInWords(Date.parse(time.latest)),
      ];
      const best =
        time.best === undefined ? '' : ` Best estimate: about ${formatUtcInWords(Date.parse(time.best))} (UTC).`;
      return time.spans
        ? `Lasted through a window whose end is uncertain: from ${earliest} to no later than ${latest} (UTC).${best}`
        : `The report gives no exact time: some time between ${earliest} and ${latest} (UTC).${best}`;
    }
    case 'order':
      return 'The report gives no time, only the order of events.';
  }
}

function getIcsEvent(event: Event, instants: Instants, index: TimelineIndex, options: TimelineIcsOptions): string[] {
  const description = [
    event.summary,
    '',
    `When: ${describePrecision(event.time)}`,
    `How the time is known: ${event.time.known}`,
    `Status: ${describeStatus(event, index)}`,
    'Sources:',
    ...event.sources.map((s) => formatSource(s, index)),
  ].join('\n');
  const place = event.place === undefined ? undefined : getEntityName(event.place, index);
  const category = index.getCategory(event.category)?.label ?? event.category;
  return [
    'BEGIN:VEVENT',
    `UID:${event.id}@${ICS_UID_DOMAIN}`,
    `DTSTAMP:${formatIcsUtc(options.generatedAt.getTime())}`,
    `DTSTART:${formatIcsUtc(instants.earliest)}`,
    // DTEND must be later than DTSTART (RFC 5545 §3.8.2.2), so a moment gets a zero DURATION instead.
    instants.latest > instants.earliest ? `DTEND:${formatIcsUtc(instants.latest)}` : 'DURATION:PT0M',
    `SUMMARY:${escapeIcsText(event.title)}`,
    `DESCRIPTION:${escapeIcsText(description)}`,
    ...(place === undefined ? [] : [`LOCATION:${escapeIcsText(place)}`]),
    `CATEGORIES:${escapeIcsText(category)}`,
    ...(options.siteUrl === undefined ? [] : [`URL:${options.siteUrl}${options.basePath}events/${event.id}/`]),
    // A window of hours is not a reader's busy time.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/**
 * The events that have a time, as an RFC 5545 calendar (`text/calendar`): one
 * VEVENT each, in UTC, with how the time is known, the status and the sources in
 * its description. Order-only events have no time to put in a calendar; the
 * calendar's description says how many are left out. Lines end in CRLF and are
 * folded at 75 octets.
 */
export function toTimelineIcs(timeline: LoadedTimeline, options: TimelineIcsOptions): string {
  const index = indexTimeline(timeline);
  const timed = timeline.events.flatMap((event) => {
    const instants = getInstants(event.time);
    return instants === undefined ? [] : [{ event, instants }];
  });
  const untimed = timeline.events.length - timed.length;
  const calendarDescription = [
    timeline.meta.description,
    timeline.meta.contentNote,
    'All times are in UTC.',
    ...(untimed === 0
      ? []
      : [
          `${untimed} of the ${timeline.events.length} events have no stated time, so they are not in this calendar; they are only in the JSON and CSV downloads.`,
        ]),
  ].join('\n\n');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${ICS_UID_DOMAIN}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(timeline.meta.title)}`,
    `X-WR-CALDESC:${escapeIcsText(calendarDescription)}`,
    ...timed.flatMap(({ event, instants }) => getIcsEvent(event, instants, index, options)),
    'END:VCALENDAR',
  ];
  return lines.map((line) => `${foldIcsLine(line)}\r\n`).join('');
}

/**
 * The whole timeline in our own format, sources and all, pretty-printed with two
 * spaces and a final newline (`application/json`). Its `$schema` names
 * `timeline.schema.json`, published beside it.
 */
export function toTimelineJson(timeline: LoadedTimeline): string {
  const { $schema: _ignored, ...rest } = timeline;
  return `${JSON.stringify({ $schema: EXPORT_JSON_SCHEMA, ...rest }, null, 2)}\n`;
}
