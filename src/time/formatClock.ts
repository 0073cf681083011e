import { tzOffset } from '@date-fns/tz';
import type { ZoneName } from '../data/schema.ts';

// English names, written out rather than taken from a locale bundle: the app speaks only British English,
// and date-fns' format() with its locale cost about a tenth of the first view's JavaScript (gzip).
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
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
] as const;

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * The wall-clock fields of an instant in the zone: the instant shifted by the zone's offset then, read as UTC.
 * (@date-fns/tz's TZDate does the same with a whole Date subclass, which the first view cannot afford.)
 */
function getZoned(at: Date, zone: ZoneName) {
  const wall = new Date(at.getTime() + tzOffset(zone, at) * 60_000);
  return {
    year: wall.getUTCFullYear(),
    month: MONTHS[wall.getUTCMonth()] ?? '',
    day: wall.getUTCDate(),
    weekday: WEEKDAYS[wall.getUTCDay()] ?? '',
    hours: wall.getUTCHours(),
    minutes: wall.getUTCMinutes(),
  };
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

/** A 24-hour clock time, as on the axis: "21:20". */
export function formatClock24(at: Date, zone: ZoneName): string {
  const { hours, minutes } = getZoned(at, zone);
  return `${pad2(hours)}:${pad2(minutes)}`;
}

/** A day in words, "Friday 1 July 2016", or without the year: "Friday 1 July". */
export function formatDay(at: Date, zone: ZoneName, withYear = true): string {
  const { weekday, day, month, year } = getZoned(at, zone);
  return withYear ? `${weekday} ${day} ${month} ${year}` : `${weekday} ${day} ${month}`;
}

/** A short day, as on the axis at midnight: "Fri 1 Jul". */
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
  const [year, month, day] = date.split('-').map(Number);
  return `${day ?? ''} ${MONTHS[(month ?? 1) - 1] ?? ''} ${year ?? ''}`;
}
