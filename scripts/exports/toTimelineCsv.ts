/**
 * The events as a spreadsheet: one row per event, in reading order. Instants are UTC ISO 8601 for sorting and
 * charting; `when` says the same in local words, with what the report states, what is inferred and which date
 * comes from outside it. The notes added from outside the report, the glossary and the corrections log are in
 * the companion readme, so the first row stays the header that spreadsheets, Datawrapper and pandas expect.
 */
import type { DeepReadonly } from '../../src/data/deepFreeze.ts';
import { describeStatus, STATUS_LABELS } from '../../src/shared/describeStatus.ts';
import { indexTimeline } from '../../src/data/indexTimeline.ts';
import type { TimelineIndex } from '../../src/data/indexTimeline.ts';
import type { LoadedTimeline } from '../../src/data/parseTimeline.ts';
import type { TimelineEvent } from '../../src/data/schema.ts';
import { toCsv } from './csvTable.ts';
import type { CsvColumn } from './csvTable.ts';
import { describeWhen, getTimeKind } from './describeWhen.ts';
import { formatIsoUtc } from './formatInstant.ts';
import { formatSource, getCorrectionIds, getEntityName } from './formatSource.ts';

/** One event with the look-ups its cells need. */
interface EventRow {
  event: DeepReadonly<TimelineEvent>;
  index: TimelineIndex;
}

const formatOptional = (instant: string | undefined) => (instant === undefined ? '' : formatIsoUtc(instant));

/** The columns of the events CSV, in order: the header row spells them this way and the readme explains them. */
export const EVENT_COLUMNS: readonly CsvColumn<EventRow>[] = [
  { name: 'id', about: 'the event’s stable id; its page is events/<id>/ on the site', get: ({ event }) => event.id },
  { name: 'title', about: 'a short title in our words', get: ({ event }) => event.title },
  { name: 'summary', about: 'one to three sentences in our words', get: ({ event }) => event.summary },
  {
    name: 'category',
    about: 'the lane of the chart it is drawn in',
    get: ({ event, index }) => index.getCategory(event.category)?.label ?? event.category,
  },
  {
    name: 'status',
    about: 'on whose word it rests: stated, attributed, claimed, unconfirmed (shown as “not confirmed”) or disputed',
    get: ({ event }) => event.status,
  },
  { name: 'status_label', about: 'the status as the page labels it', get: ({ event }) => STATUS_LABELS[event.status] },
  {
    name: 'status_reason',
    about: 'the status in a sentence that names who stands behind it',
    get: ({ event, index }) => describeStatus(event, index),
  },
  {
    name: 'time_kind',
    about: 'exact, approximate, window-moment, window-lasting or order-only (see “Time kinds” below)',
    get: ({ event }) => getTimeKind(event.time),
  },
  {
    name: 'time_basis',
    about:
      'where the time comes from: stated (read off the report), derived (worked out from a stated time), inferred (from vague words) or context (added from outside the report)',
    get: ({ event }) => event.time.basis,
  },
  {
    name: 'when',
    about:
      'the time in words, in local time, saying what the report states and which date is added from outside it; never a time the report does not give',
    get: ({ event, index }) => describeWhen(event.time, index),
  },
  { name: 'time_known', about: 'how the time is known, in a short phrase', get: ({ event }) => event.time.known },
  {
    name: 'earliest_utc',
    about: 'the earliest instant the time allows, UTC ISO 8601; blank for order-only',
    get: ({ event: { time } }) =>
      formatOptional(time.kind === 'exact' ? time.at : time.kind === 'order' ? undefined : time.earliest),
  },
  {
    name: 'latest_utc',
    about: 'the latest instant the time allows, UTC ISO 8601; blank for order-only',
    get: ({ event: { time } }) =>
      formatOptional(time.kind === 'exact' ? time.at : time.kind === 'order' ? undefined : time.latest),
  },
  {
    name: 'best_utc',
    about: 'the best estimate, UTC ISO 8601, when there is one',
    get: ({ event: { time } }) =>
      formatOptional(
        time.kind === 'exact' || time.kind === 'approximate'
          ? time.at
          : time.kind === 'interval'
            ? time.best
            : undefined,
      ),
  },
  {
    name: 'not_before_utc',
    about:
      'for an order-only event, a floor the report’s words give (UTC ISO 8601); a bound, never the time it happened',
    get: ({ event: { time } }) => formatOptional(time.kind === 'order' ? time.notBefore : undefined),
  },
  {
    name: 'zone',
    about: 'the IANA zone of the local times in `when`',
    get: ({ index }) => index.timeline.meta.zone,
  },
  {
    name: 'after',
    about: 'ids of the events this one came after, separated by spaces',
    get: ({ event: { time } }) => (time.kind === 'order' ? time.after.join(' ') : ''),
  },
  {
    name: 'before',
    about: 'ids of the events this one came before, separated by spaces',
    get: ({ event: { time } }) => (time.kind === 'order' ? time.before.join(' ') : ''),
  },
  {
    name: 'place',
    about: 'where it happened, when the report says',
    get: ({ event, index }) => (event.place === undefined ? '' : getEntityName(event.place, index)),
  },
  {
    name: 'entities',
    about: 'who and what is involved, separated by “; ”',
    get: ({ event, index }) => event.entities.map((id) => getEntityName(id, index)).join('; '),
  },
  {
    name: 'sources',
    about:
      'the citations, separated by “ | ”: ¶paragraph (speaker, or “hedged”): the report’s words, then any gloss they need in square brackets',
    get: ({ event, index }) => event.sources.map((source) => formatSource(source, index)).join(' | '),
  },
  {
    name: 'related',
    about:
      'how it bears on other events, as kind:id separated by spaces (describes, confirms, contradicts, declines-to-confirm)',
    get: ({ event }) => (event.relations ?? []).map((r) => `${r.kind}:${r.event}`).join(' '),
  },
  {
    name: 'aliases',
    about: 'ids this event was published under before a correction, separated by spaces',
    get: ({ event }) => (event.aliases ?? []).join(' '),
  },
  {
    name: 'corrected',
    about: 'ids of the corrections that changed this event, separated by spaces; the readme lists each one',
    get: ({ event, index }) => getCorrectionIds(event.id, index).join(' '),
  },
];

/**
 * The events as an RFC 4180 CSV table (`text/csv;charset=utf-8;header=present`): a UTF-8 byte-order mark, the
 * header row (`EVENT_COLUMNS`), then one row per event in reading order, each record ending in CRLF. Cells that
 * a spreadsheet would run as a formula start with an apostrophe.
 */
export function toTimelineCsv(timeline: LoadedTimeline): string {
  const index = indexTimeline(timeline);
  return toCsv(
    EVENT_COLUMNS,
    timeline.events.map((event) => ({ event, index })),
  );
}
