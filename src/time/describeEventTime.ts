import type { EventId, EventTime, ZoneName } from '../data/schema.ts';
import type { DeepReadonly } from '../data/deepFreeze.ts';
import { assertNever } from '../data/assertNever.ts';
import { formatClock, formatDay, formatPartOfDay, isSameZonedDay } from './formatClock.ts';
import { formatZoneLabel } from './zones.ts';
import { describeStepBounds } from './describeStepBounds.ts';
import type { StepBounds } from './getStorySteps.ts';

/** A time in words, ready to show. */
export interface TimeDescription {
  /** The time with its precision and zone: "about 9pm, Friday 1 July 2016, Dhaka (UTC+6)". */
  text: string;
  /** What kind of knowledge it is, in two or three words: "exact time", "time window". */
  precision: string;
  /** The machine-readable instant for a `<time>` element, when there is one. */
  dateTime?: string;
}

/** "9.20pm, Friday 1 July 2016". */
function formatMoment(at: Date, zone: ZoneName): string {
  return `${formatClock(at, zone)}, ${formatDay(at, zone)}`;
}

/** "11.20pm, Friday 1 July and noon, Saturday 2 July 2016", dropping what both ends share. */
function formatRange(start: Date, end: Date, zone: ZoneName, joiner: string): string {
  if (isSameZonedDay(start, end, zone)) {
    return `${formatClock(start, zone)}${joiner}${formatClock(end, zone)}, ${formatDay(end, zone)}`;
  }
  const sameYear = formatDay(start, zone).slice(-4) === formatDay(end, zone).slice(-4);
  return `${formatClock(start, zone)}, ${formatDay(start, zone, !sameYear)}${joiner}${formatMoment(end, zone)}`;
}

function quoteTitles(ids: readonly EventId[], getTitle: (id: EventId) => string): string {
  return ids.map((id) => `“${getTitle(id)}”`).join(' and ');
}

/**
 * An event's time in words with its precision and zone. It never says more than
 * the data: an order-only time is worded from its neighbours, not given a clock.
 */
export function describeEventTime(
  time: DeepReadonly<EventTime>,
  zone: ZoneName,
  getTitle: (id: EventId) => string,
): TimeDescription {
  switch (time.kind) {
    case 'exact': {
      const at = new Date(time.at);
      return {
        text: `${formatMoment(at, zone)}, ${formatZoneLabel(zone, at)}`,
        precision: 'exact time',
        dateTime: time.at,
      };
    }
    case 'approximate': {
      const at = new Date(time.at);
      const zoneLabel = formatZoneLabel(zone, at);
      const words =
        time.precision === 'hour'
          ? `about ${formatMoment(at, zone)}`
          : time.precision === 'part-of-day'
            ? `during the ${formatPartOfDay(at, zone)} of ${formatDay(at, zone)}`
            : `some time on ${formatDay(at, zone)}`;
      return { text: `${words}, ${zoneLabel}`, precision: 'approximate time', dateTime: time.at };
    }
    case 'interval': {
      const earliest = new Date(time.earliest);
      const latest = new Date(time.latest);
      const zoneLabel = formatZoneLabel(zone, earliest);
      const range = time.spans
        ? `from ${formatRange(earliest, latest, zone, ' to ')}`
        : `some time between ${formatRange(earliest, latest, zone, ' and ')}`;
      const best = time.best === undefined ? '' : ` (most likely about ${formatClock(new Date(time.best), zone)})`;
      const description = {
        text: `${range}, ${zoneLabel}${best}`,
        precision: time.spans ? 'lasted through a window' : 'time window',
      };
      return time.best === undefined ? description : { ...description, dateTime: time.best };
    }
    case 'order': {
      const after = time.after.length > 0 ? `after ${quoteTitles(time.after, getTitle)}` : '';
      const before = time.before.length > 0 ? `before ${quoteTitles(time.before, getTitle)}` : '';
      const floor =
        time.notBefore === undefined
          ? ''
          : `not before ${formatMoment(new Date(time.notBefore), zone)}, ${formatZoneLabel(zone, new Date(time.notBefore))}`;
      const text = `Time not given: some time ${[after, before, floor].filter(Boolean).join(' and ')}`;
      return { text, precision: 'order only' };
    }
    default:
      return assertNever(time);
  }
}

/**
 * An event's time in a few words, for a list: the stated time as {@link describeEventTime} gives it, or, for an
 * order-only event, the bounds the report allows ("After 9.20pm, Fri 1 Jul"); the full wording is the panel's.
 */
export function describeEventTimeBriefly(
  time: DeepReadonly<EventTime>,
  placement: StepBounds,
  zone: ZoneName,
  getTitle: (id: EventId) => string,
): string {
  return time.kind === 'order'
    ? describeStepBounds(placement, zone, true)
    : describeEventTime(time, zone, getTitle).text;
}
