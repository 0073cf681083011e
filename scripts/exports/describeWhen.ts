/**
 * When an event happened, in words and by kind, as the downloads say it: what the report states, what is
 * inferred from its words, and which dates come from outside it (found in `meta.context`), each kept apart.
 */
import type { DeepReadonly } from '../../src/data/deepFreeze.ts';
import { joinWords } from '../../src/shared/describeStatus.ts';
import type { TimelineIndex } from '../../src/data/indexTimeline.ts';
import type { EventId, EventTime, TimeBasis } from '../../src/data/schema.ts';
import { formatClock, formatDay, formatMoment, formatShortMoment, formatZone } from './formatInstant.ts';

type Time = DeepReadonly<EventTime>;

/** What kind of time an event has, told apart as a spreadsheet user needs it. */
export type TimeKind = 'exact' | 'approximate' | 'window-moment' | 'window-lasting' | 'order-only';

/** What each time kind means, for the readme's column notes. */
export const TIME_KIND_MEANINGS: Readonly<Record<TimeKind, string>> = {
  exact: 'a minute (time_basis says whether the report states it)',
  approximate: 'a best estimate (best_utc) inside bounds (earliest_utc to latest_utc)',
  'window-moment': 'one moment at some unknown point inside the window (earliest_utc to latest_utc); it did not last',
  'window-lasting': 'something that went on through the whole window (earliest_utc to latest_utc)',
  'order-only':
    'no time at all: only its order among the events (after, before), and at most a floor (not_before_utc) that is not a time',
};

/** The kind of a time: a window is told apart as a moment inside it or something that lasted through it. */
export function getTimeKind(time: Time): TimeKind {
  switch (time.kind) {
    case 'exact':
      return 'exact';
    case 'approximate':
      return 'approximate';
    case 'interval':
      return time.spans ? 'window-lasting' : 'window-moment';
    case 'order':
      return 'order-only';
  }
}

/** True when the report gives the time, or it is worked out from a time the report gives. */
export function isTimeStated(time: Time): boolean {
  return time.basis === 'stated' || time.basis === 'derived';
}

const BASIS_WORDS: Readonly<Record<TimeBasis, string>> = {
  stated: 'stated by the report',
  derived: 'worked out from a time the report states',
  inferred: 'inferred from the report’s words, which give no time',
  context: 'added from outside the report',
};

/**
 * The local days among these instants that a context note supplies ("The report’s “Friday” is 1 July 2016."):
 * the report gives no date, so a day named in `meta.context` is added from outside it.
 */
export function getOutsideDays(instants: readonly string[], index: TimelineIndex): string[] {
  const { zone, context } = index.timeline.meta;
  const days = new Set(instants.map((instant) => formatDay(instant, zone)));
  return [...days].filter((day) => context.some((note) => note.statement.includes(day)));
}

function describeOutsideDays(days: readonly string[]): string {
  if (days.length === 0) return '';
  return days.length === 1
    ? ` The date ${days[0] ?? ''} is added from outside the report.`
    : ` The dates ${joinWords(days)} are added from outside the report.`;
}

function getTitles(ids: readonly EventId[], index: TimelineIndex): string {
  return joinWords(ids.map((id) => `“${index.getEvent(id)?.title ?? id}”`));
}

function describeOrder(time: DeepReadonly<Extract<EventTime, { kind: 'order' }>>, index: TimelineIndex): string {
  const parts = [
    ...(time.after.length === 0 ? [] : [`after ${getTitles(time.after, index)}`]),
    ...(time.before.length === 0 ? [] : [`before ${getTitles(time.before, index)}`]),
  ];
  const order =
    parts.length === 0
      ? 'No time given, and no order among the events.'
      : `No time given, only an order: ${parts.join('; ')}.`;
  if (time.notBefore === undefined) return order;
  const { zone } = index.timeline.meta;
  return `${order} Not before ${formatMoment(time.notBefore, zone)}, local time (${formatZone(zone, time.notBefore)}): a floor from the report’s words, not a time it happened.${describeOutsideDays(getOutsideDays([time.notBefore], index))}`;
}

/** The instants a time names, for finding the days added from outside the report. */
function getNamedInstants(time: Time): string[] {
  switch (time.kind) {
    case 'exact':
      return [time.at];
    case 'approximate':
      return [time.at, time.earliest, time.latest];
    case 'interval':
      return [time.earliest, time.latest, ...(time.best === undefined ? [] : [time.best])];
    case 'order':
      return time.notBefore === undefined ? [] : [time.notBefore];
  }
}

/**
 * When an event happened, in a sentence or two for a CSV cell or a calendar description: the local time in the
 * timeline's zone, what the report states and what is inferred, and any date that comes from outside it
 * ("9.20pm local time stated by the report; the date 1 July 2016 is added from outside it. …").
 */
export function describeWhen(time: Time, index: TimelineIndex): string {
  if (time.kind === 'order') return describeOrder(time, index);
  const { zone } = index.timeline.meta;
  const instants = getNamedInstants(time);
  const outsideDays = getOutsideDays(instants, index);
  const basis = BASIS_WORDS[time.basis];
  const stated = isTimeStated(time);
  const notStated = stated ? '' : 'Time not stated: ';
  // A stated time opens its sentence; any other opens with "Time not stated:".
  const open = (text: string) => (stated ? `${text.charAt(0).toUpperCase()}${text.slice(1)}` : `${notStated}${text}`);
  const where = ` Local time here is ${formatZone(zone, instants[0] ?? '')}.`;
  switch (time.kind) {
    case 'exact': {
      const [day] = outsideDays;
      if (stated && day !== undefined && outsideDays.length === 1) {
        return `${formatClock(time.at, zone)} local time ${basis}; the date ${day} is added from outside it.${where}`;
      }
      return `${notStated}${formatMoment(time.at, zone)}, local time, ${basis}.${describeOutsideDays(outsideDays)}${where}`;
    }
    case 'approximate': {
      const text = `about ${formatMoment(time.at, zone)}, somewhere between ${formatMoment(time.earliest, zone)} and ${formatMoment(time.latest, zone)}, local time; ${basis}.`;
      return `${open(text)}${describeOutsideDays(outsideDays)}${where}`;
    }
    case 'interval': {
      const best = time.best === undefined ? '' : ` Best estimate: about ${formatMoment(time.best, zone)}.`;
      const text = time.spans
        ? `lasted through the window from ${formatMoment(time.earliest, zone)} to ${formatMoment(time.latest, zone)}, local time; the window is ${basis}.`
        : `at one moment somewhere between ${formatMoment(time.earliest, zone)} and ${formatMoment(time.latest, zone)}, local time; it did not last through that window, which is ${basis}.`;
      return `${open(text)}${best}${describeOutsideDays(outsideDays)}${where}`;
    }
  }
}

/**
 * A calendar entry's title prefix for a time the calendar cannot draw honestly, or '' for a time it can:
 * "Time not stated: between 11.20pm Fri 1 Jul 2016 and 6am Sat 2 Jul 2016 (Dhaka, UTC+6)".
 */
export function getCalendarCaveat(time: Time, index: TimelineIndex): string {
  const { zone } = index.timeline.meta;
  const notStated = isTimeStated(time) ? '' : 'Time not stated: ';
  switch (time.kind) {
    case 'exact':
      return notStated === '' ? '' : `${notStated}${formatShortMoment(time.at, zone)} (${formatZone(zone, time.at)})`;
    case 'approximate':
      return `${notStated === '' ? 'About' : `${notStated}about`} ${formatShortMoment(time.at, zone)}, between ${formatShortMoment(time.earliest, zone)} and ${formatShortMoment(time.latest, zone)} (${formatZone(zone, time.at)})`;
    case 'interval': {
      const bounds = `${formatShortMoment(time.earliest, zone)} and ${formatShortMoment(time.latest, zone)} (${formatZone(zone, time.earliest)})`;
      if (time.spans) return notStated === '' ? '' : `${notStated}lasted through a window between ${bounds}`;
      return `${notStated === '' ? 'Some time' : `${notStated}some time`} between ${bounds}`;
    }
    case 'order':
      return '';
  }
}
