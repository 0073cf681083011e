import { addDays, addHours, addMinutes, addMonths, addYears } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { formatISO } from 'date-fns';
import type { FileEventTime } from './studioModel.ts';

/** A TimelineJS date: a year, and as much of month, day, hour and minute as the file gives (month from 1). */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
}

/** How much of a date is given. */
export type DatePrecision = 'year' | 'month' | 'day' | 'hour' | 'minute';

export function getPrecision(parts: DateParts): DatePrecision {
  if (parts.month === undefined) return 'year';
  if (parts.day === undefined) return 'month';
  if (parts.hour === undefined) return 'day';
  if (parts.minute === undefined) return 'hour';
  return 'minute';
}

const RANGES = { month: [1, 12], day: [1, 31], hour: [0, 23], minute: [0, 59] } as const;

/** A field of a date as a whole number, from a number or a numeric string; undefined when blank. */
function readNumber(value: unknown): number | undefined | 'bad' {
  if (value === undefined || value === null || value === '') return undefined;
  const n =
    typeof value === 'number' ? value : typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) ? n : 'bad';
}

/**
 * Reads the parts of a TimelineJS date (numbers or numeric strings), refusing what does not make a date: a year
 * outside 1–9999, a field out of range, a day with no month, a day the month does not have.
 */
export function readDateParts(fields: Record<string, unknown>): DateParts | string {
  const year = readNumber(fields.year);
  if (year === undefined) return 'it has no year';
  if (year === 'bad' || year < 1 || year > 9999)
    return `the year ${JSON.stringify(fields.year)} is not one from 1 to 9999`;
  const parts: DateParts = { year };
  let missing: string | undefined;
  for (const key of ['month', 'day', 'hour', 'minute'] as const) {
    const value = readNumber(fields[key]);
    if (value === undefined) {
      missing ??= key;
      continue;
    }
    const [min, max] = RANGES[key];
    if (value === 'bad' || value < min || value > max)
      return `the ${key} ${JSON.stringify(fields[key])} is not one from ${min} to ${max}`;
    if (missing !== undefined) return `it gives a ${key} but no ${missing}`;
    parts[key] = value;
  }
  if (parts.day !== undefined && parts.month !== undefined) {
    const check = new Date(Date.UTC(2000, 0, 1));
    check.setUTCFullYear(year, parts.month - 1, parts.day);
    if (check.getUTCDate() !== parts.day) return `${year}-${parts.month} has no day ${parts.day}`;
  }
  return parts;
}

/** The first instant a date covers and the first it does not, in a zone. */
export function getDateBounds(parts: DateParts, zone: string): { earliest: Date; latest: Date } {
  const start = new TZDate(
    parts.year,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    zone,
  );
  // Years below 100 would be read as 19xx by the Date constructor.
  if (parts.year < 100) start.setFullYear(parts.year);
  const next = {
    year: () => addYears(start, 1),
    month: () => addMonths(start, 1),
    day: () => addDays(start, 1),
    hour: () => addHours(start, 1),
    minute: () => addMinutes(start, 1),
  }[getPrecision(parts)]();
  return { earliest: new Date(start.getTime()), latest: new Date(next.getTime()) };
}

function toInstant(date: Date, zone: string): string {
  return formatISO(new TZDate(date.getTime(), zone));
}

/** A date as it was written in the file: "2016-07-01 21:20", "2016-07", "2016". */
export function formatDateParts(parts: DateParts): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  let text = String(parts.year).padStart(4, '0');
  if (parts.month !== undefined) text += `-${pad(parts.month)}`;
  if (parts.day !== undefined) text += `-${pad(parts.day)}`;
  if (parts.hour !== undefined) text += ` ${pad(parts.hour)}:${pad(parts.minute ?? 0)}`;
  return text;
}

/**
 * A foreign date (and end date) as a time of ours, no more precise than what is given: a minute is exact, an
 * hour is "about" that hour, a day is "some time on" that day, a month or a year alone is a window over it that
 * the event happened somewhere inside (`spans: false`), and a start with an end is a window the event lasted
 * through. The basis is `context`: the time comes from outside the report until the author checks it.
 */
export function toEventTime(
  start: DateParts,
  end: DateParts | undefined,
  zone: string,
  from: string,
): { time: FileEventTime; warning?: string } {
  const written = end === undefined ? formatDateParts(start) : `${formatDateParts(start)} to ${formatDateParts(end)}`;
  const common = {
    basis: 'context' as const,
    known: `Imported from ${from} (${written}); check it against the report`,
  };
  const bounds = getDateBounds(start, zone);
  if (end !== undefined) {
    const endBounds = getDateBounds(end, zone);
    const latest = getPrecision(end) === 'minute' ? endBounds.earliest : endBounds.latest;
    if (latest > bounds.earliest) {
      return {
        time: {
          kind: 'interval',
          earliest: toInstant(bounds.earliest, zone),
          latest: toInstant(latest, zone),
          spans: true,
          ...common,
        },
      };
    }
    const warning = `the end date ${formatDateParts(end)} is not after the start ${formatDateParts(start)}, so it was left out`;
    return { ...toEventTime(start, undefined, zone, from), warning };
  }
  switch (getPrecision(start)) {
    case 'minute':
      return { time: { kind: 'exact', at: toInstant(bounds.earliest, zone), ...common } };
    case 'hour':
      return {
        time: {
          kind: 'approximate',
          at: toInstant(bounds.earliest, zone),
          earliest: toInstant(bounds.earliest, zone),
          latest: toInstant(bounds.latest, zone),
          precision: 'hour',
          ...common,
        },
      };
    case 'day': {
      const noon = new Date((bounds.earliest.getTime() + bounds.latest.getTime()) / 2);
      return {
        time: {
          kind: 'approximate',
          at: toInstant(noon, zone),
          earliest: toInstant(bounds.earliest, zone),
          latest: toInstant(bounds.latest, zone),
          precision: 'day',
          ...common,
        },
      };
    }
    case 'month':
    case 'year':
      return {
        time: {
          kind: 'interval',
          earliest: toInstant(bounds.earliest, zone),
          latest: toInstant(bounds.latest, zone),
          spans: false,
          ...common,
        },
      };
  }
}
