/**
 * Date formatting for the downloads, all through date-fns with @date-fns/tz: UTC forms for machines (ISO 8601,
 * iCalendar) and local forms in words for people ("9.20pm on Friday 1 July 2016").
 */
import { tz } from '@date-fns/tz';
import { format, formatISO, parseISO } from 'date-fns';

const UTC = tz('UTC');

/** "2016-07-01T15:20:00Z": ISO 8601 in UTC, to the second. */
export function formatIsoUtc(instant: string | Date): string {
  return formatISO(new Date(instant), { in: UTC });
}

/** "20160701T152000Z": the UTC DATE-TIME form of RFC 5545 (basic format, no milliseconds). */
export function formatIcsUtc(instant: string | Date): string {
  return format(new Date(instant), "yyyyMMdd'T'HHmmss'Z'", { in: UTC });
}

/** "9.20pm", or "9pm" on the hour, in the zone: the report's own clock style. */
export function formatClock(instant: string, zone: string): string {
  const date = new Date(instant);
  const pattern = format(date, 'mm', { in: tz(zone) }) === '00' ? 'haaa' : 'h.mmaaa';
  return format(date, pattern, { in: tz(zone) });
}

/** "1 July 2016": the calendar day of an instant in the zone. */
export function formatDay(instant: string, zone: string): string {
  return format(new Date(instant), 'd MMMM yyyy', { in: tz(zone) });
}

/** "9.20pm on Friday 1 July 2016", in the zone. */
export function formatMoment(instant: string, zone: string): string {
  return `${formatClock(instant, zone)} on ${format(new Date(instant), 'EEEE d MMMM yyyy', { in: tz(zone) })}`;
}

/** "Dhaka, UTC+6": the zone's place name and its offset at that instant (date-fns's "GMT+6", said as UTC). */
export function formatZone(zone: string, instant: string): string {
  const offset = format(new Date(instant), 'O', { in: tz(zone) }).replace(/^GMT/, 'UTC');
  const place = (zone.split('/').at(-1) ?? zone).replaceAll('_', ' ');
  return place === 'UTC' ? offset : `${place}, ${offset}`;
}

/** "3 December 2026" for a calendar date `2026-12-03`, whatever zone the build runs in. */
export function formatCalendarDay(date: string): string {
  return format(parseISO(date, { in: UTC }), 'd MMMM yyyy', { in: UTC });
}

/** "11.20pm Fri 1 Jul 2016": a short local moment for a calendar entry's title. */
export function formatShortMoment(instant: string, zone: string): string {
  return `${formatClock(instant, zone)} ${format(new Date(instant), 'EEE d MMM yyyy', { in: tz(zone) })}`;
}
