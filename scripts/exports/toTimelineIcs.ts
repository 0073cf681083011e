/**
 * The events a calendar can show honestly, as an RFC 5545 calendar. A time the report states is a calendar
 * entry; a stated window the event lasted through is a block; an inferred window is never a block of hours but
 * a zero-length entry at its start whose title begins "Time not stated". Order-only events have no place in a
 * calendar and are left out; the calendar's description counts each group and names what is added from
 * outside the report.
 */
import type { DeepReadonly } from '../../src/data/deepFreeze.ts';
import { describeStatus } from '../../src/shared/describeStatus.ts';
import { indexTimeline } from '../../src/data/indexTimeline.ts';
import type { TimelineIndex } from '../../src/data/indexTimeline.ts';
import type { LoadedTimeline } from '../../src/data/parseTimeline.ts';
import type { TimelineEvent } from '../../src/data/schema.ts';
import { describeWhen, getCalendarCaveat, isTimeStated } from './describeWhen.ts';
import { formatCalendarDay, formatIcsUtc } from './formatInstant.ts';
import { formatSource, getCorrectionIds, getEntityName } from './formatSource.ts';

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

/** How an event appears in the calendar, if it does. */
type CalendarPlacement =
  /** A time the report states: at its minute, with no length (or a best estimate with its bounds in words). */
  | { kind: 'stated-moment'; start: string }
  /** A window the report states and the event lasted through: a block from start to end. */
  | { kind: 'stated-block'; start: string; end: string }
  /** A time or window inferred or added from outside: zero length at its start, titled "Time not stated". */
  | { kind: 'inferred'; start: string }
  /** Only an order: not in the calendar. */
  | { kind: 'absent' };

/** Where a calendar may put an event without drawing more than the report says. */
export function getCalendarPlacement(event: Event): CalendarPlacement {
  const { time } = event;
  if (time.kind === 'order') return { kind: 'absent' };
  if (!isTimeStated(time)) return { kind: 'inferred', start: time.kind === 'exact' ? time.at : time.earliest };
  switch (time.kind) {
    case 'exact':
      return { kind: 'stated-moment', start: time.at };
    case 'approximate':
      return { kind: 'stated-moment', start: time.at };
    case 'interval':
      return time.spans
        ? { kind: 'stated-block', start: time.earliest, end: time.latest }
        : { kind: 'stated-moment', start: time.earliest };
  }
}

/** The longest content line of an iCalendar file, in octets, not counting its CRLF (RFC 5545 §3.1). */
const ICS_LINE_OCTETS = 75;

/** The UID domain of every exported event: ids are stable, so a re-imported file updates events, not doubles them. */
export const ICS_UID_DOMAIN = 'holey-artisan-timeline';

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

/** "1 event has", "3 events have", "none has": a count that agrees with its verb. */
function countEvents(count: number, singular: string, plural: string): string {
  if (count === 0) return `none ${singular}`;
  return count === 1 ? `1 ${singular}` : `${count} ${plural}`;
}

/**
 * The calendar's count: "Of the 25 events, 1 has a stated time, none has only an inferred window, and 24 have
 * only an order and are not in this calendar.", then how an inferred window is shown, when there is one.
 */
export function describeCalendarCount(events: readonly Event[]): string {
  const kinds = events.map((event) => getCalendarPlacement(event).kind);
  const stated = kinds.filter((kind) => kind === 'stated-moment' || kind === 'stated-block').length;
  const inferred = kinds.filter((kind) => kind === 'inferred').length;
  const absent = kinds.filter((kind) => kind === 'absent').length;
  const count = [
    `Of the ${events.length} events, ${countEvents(stated, 'has a stated time', 'have a stated time')}`,
    countEvents(inferred, 'has only an inferred window', 'have only an inferred window'),
    `and ${countEvents(absent, 'has only an order and is not in this calendar', 'have only an order and are not in this calendar')}.`,
  ].join(', ');
  return inferred === 0
    ? count
    : `${count} An inferred window is shown at its start with no length, titled “Time not stated”.`;
}

function getIcsEvent(
  event: Event,
  placement: Exclude<CalendarPlacement, { kind: 'absent' }>,
  index: TimelineIndex,
  options: TimelineIcsOptions,
): string[] {
  const corrections = getCorrectionIds(event.id, index);
  const description = [
    event.summary,
    '',
    `When: ${describeWhen(event.time, index)}`,
    ...(placement.kind === 'inferred'
      ? [
          event.time.kind === 'exact'
            ? 'The calendar shows it at that minute, which the report does not state.'
            : 'The calendar shows it at the start of that window, with no length; the report does not say when it happened.',
        ]
      : []),
    `How the time is known: ${event.time.known}`,
    `Status: ${describeStatus(event, index)}`,
    ...(corrections.length === 0 ? [] : [`Corrected: ${corrections.join(', ')} (see the corrections log).`]),
    'Sources:',
    ...event.sources.map((s) => formatSource(s, index)),
  ].join('\n');
  const caveat = getCalendarCaveat(event.time, index);
  const place = event.place === undefined ? undefined : getEntityName(event.place, index);
  const category = index.getCategory(event.category)?.label ?? event.category;
  return [
    'BEGIN:VEVENT',
    `UID:${event.id}@${ICS_UID_DOMAIN}`,
    `DTSTAMP:${formatIcsUtc(options.generatedAt)}`,
    `DTSTART:${formatIcsUtc(placement.start)}`,
    // DTEND must be later than DTSTART (RFC 5545 §3.8.2.2), so a moment gets a zero DURATION instead.
    placement.kind === 'stated-block' ? `DTEND:${formatIcsUtc(placement.end)}` : 'DURATION:PT0M',
    `SUMMARY:${escapeIcsText(caveat === '' ? event.title : `${caveat}: ${event.title}`)}`,
    `DESCRIPTION:${escapeIcsText(description)}`,
    ...(place === undefined ? [] : [`LOCATION:${escapeIcsText(place)}`]),
    `CATEGORIES:${escapeIcsText(category)}`,
    ...(options.siteUrl === undefined ? [] : [`URL:${options.siteUrl}${options.basePath}events/${event.id}/`]),
    // An event of the report is not the reader's busy time.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** The calendar's description: what it is, what it leaves out and why, what is added from outside the report, and its corrections. */
function describeCalendar(timeline: LoadedTimeline): string {
  const { meta, corrections } = timeline;
  const count = corrections.length;
  return [
    meta.description,
    meta.contentNote,
    `${describeCalendarCount(timeline.events)} They are all in the CSV and JSON downloads. Times in this file are in UTC; your calendar shows them in your own zone.`,
    ['Added from outside the report:', ...meta.context.map((note) => `- ${note.statement} ${note.why}`)].join('\n'),
    `Last updated ${formatCalendarDay(meta.updated)}. ${count === 0 ? 'No corrections.' : `${count} ${count === 1 ? 'correction' : 'corrections'}, each listed with what changed and why in the readme and JSON downloads and on the page.`}`,
  ].join('\n\n');
}

/**
 * The calendar (`text/calendar`): one VEVENT per event a calendar can show honestly, in UTC, each with how its
 * time is known, its status and its sources; lines end in CRLF and are folded at 75 octets.
 */
export function toTimelineIcs(timeline: LoadedTimeline, options: TimelineIcsOptions): string {
  const index = indexTimeline(timeline);
  const entries = timeline.events.flatMap((event) => {
    const placement = getCalendarPlacement(event);
    return placement.kind === 'absent' ? [] : [getIcsEvent(event, placement, index, options)];
  });
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${ICS_UID_DOMAIN}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(timeline.meta.title)}`,
    `X-WR-CALDESC:${escapeIcsText(describeCalendar(timeline))}`,
    ...entries.flat(),
    'END:VCALENDAR',
  ];
  return lines.map((line) => `${foldIcsLine(line)}\r\n`).join('');
}
