import type { ZoneName } from '../data/schema.ts';

// The names come from the browser's own Intl data (`formatToParts`), which costs the first view no bytes:
// date-fns' format() with its locale cost about a tenth of the first view's JavaScript (gzip); see
// "Dates in the first view" in docs/performance.md. en-GB's long month and weekday names are the same in
// Node's ICU (the prerender) and Chromium's (hydration).
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The locale and fields every zone's formatter reads (src/app/dateData.worker.ts makes the same one). */
export const FORMATTER_LOCALE = 'en-GB';
export const FORMATTER_FIELDS: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
};

/** One formatter per zone, made on first use: making one costs far more than using it. */
function getFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(FORMATTER_LOCALE, { ...FORMATTER_FIELDS, timeZone: zone });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/**
 * Makes the zone's formatter now; throws a RangeError for a zone the runtime does not know. The page's first
 * `Intl.DateTimeFormat` loads the runtime's date data (about 110 ms on a phone at 4× slowdown) unless the start's
 * worker has (src/app/dateData.worker.ts), so the start makes it in a task of its own, not the hydration's.
 */
export function prepareZone(zone: string): void {
  getFormatter(zone);
}

/** The wall-clock fields of an instant in the zone, with the day's and month's English names. */
function getZoned(at: Date, zone: string) {
  const fields = { year: 0, month: '', day: 0, weekday: '', hours: 0, minutes: 0 };
  for (const { type, value } of getFormatter(zone).formatToParts(at)) {
    if (type === 'year') fields.year = Number(value);
    else if (type === 'month') fields.month = value;
    else if (type === 'day') fields.day = Number(value);
    else if (type === 'weekday') fields.weekday = value;
    else if (type === 'hour') fields.hours = Number(value) % 24;
    else if (type === 'minute') fields.minutes = Number(value);
  }
  return fields;
}

/** Minutes in a day. */
const DAY_MINUTES = 24 * 60;

/**
 * The zone's offset from UTC at that instant, in minutes (Dhaka: 360), read from the same formatter as the names:
 * the zone's wall clock less UTC's, to the minute. The wall-clock day is UTC's or one either side, so only the day
 * of the month is needed to tell which, and no month table. Every offset since 1900 is a whole number of minutes.
 */
export function getZoneOffset(at: Date, zone: ZoneName): number {
  const { day, hours, minutes } = getZoned(at, zone);
  let dayDifference = day - at.getUTCDate();
  // Across a month's end: the 1st against the 31st is the next day, the 31st against the 1st the day before.
  if (dayDifference > 1) dayDifference = -1;
  else if (dayDifference < -1) dayDifference = 1;
  return dayDifference * DAY_MINUTES + hours * 60 + minutes - (at.getUTCHours() * 60 + at.getUTCMinutes());
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * A clock time in the report's own style: "9.20pm", "9pm", "noon", "midnight".
 * The report writes "9.20pm local time", so the words follow it.
 */
export function formatClock(at: Date, zone: ZoneName): string {
  const { hours, minutes } = getZoned(at, zone);
  if (minutes === 0 && hours === 12) return 'noon';
  if (minutes === 0 && hours === 0) return 'midnight';
  const hour = hours % 12 === 0 ? 12 : hours % 12;
  const suffix = hours < 12 ? 'am' : 'pm';
  return minutes === 0 ? `${hour}${suffix}` : `${hour}.${pad2(minutes)}${suffix}`;
}

/** A day in words, "Friday 1 July 2016", or without the year: "Friday 1 July". */
export function formatDay(at: Date, zone: ZoneName, withYear = true): string {
  const { weekday, day, month, year } = getZoned(at, zone);
  return withYear ? `${weekday} ${day} ${month} ${year}` : `${weekday} ${day} ${month}`;
}

/**
 * A short day, as on the axis at midnight: "Fri 1 Jul". Cut from the long names, not taken from Intl's short
 * ones, which differ between ICU versions (en-GB's "Sept").
 */
export function formatShortDay(at: Date, zone: ZoneName): string {
  const { weekday, day, month } = getZoned(at, zone);
  return `${weekday.slice(0, 3)} ${day} ${month.slice(0, 3)}`;
}

/** True when both instants fall on the same calendar day in the zone. */
export function isSameZonedDay(a: Date, b: Date, zone: ZoneName): boolean {
  const first = getZoned(a, zone);
  const second = getZoned(b, zone);
  return first.year === second.year && first.month === second.month && first.day === second.day;
}

/** The part of the day in words, for times known only that closely. */
export function formatPartOfDay(at: Date, zone: ZoneName): string {
  const { hours } = getZoned(at, zone);
  if (hours < 5) return 'night';
  if (hours < 12) return 'morning';
  if (hours < 17) return 'afternoon';
  if (hours < 21) return 'evening';
  return 'night';
}

/** A calendar date written as `YYYY-MM-DD`, in words: "3 December 2026". */
export function formatCalendarDate(date: string): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const noon = new Date(0);
  noon.setUTCFullYear(year, month - 1, day);
  noon.setUTCHours(12);
  const { day: dayOfMonth, month: monthName, year: fullYear } = getZoned(noon, 'UTC');
  return `${dayOfMonth} ${monthName} ${fullYear}`;
}
