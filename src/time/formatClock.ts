import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { ZoneName } from '../data/schema.ts';

/**
 * A clock time in the report's own style: "9.20pm", "9pm", "noon", "midnight".
 * The report writes "9.20pm local time", so the words follow it.
 */
export function formatClock(at: Date, zone: ZoneName): string {
  const local = new TZDate(at.getTime(), zone);
  const hours = local.getHours();
  const minutes = local.getMinutes();
  if (minutes === 0 && hours === 12) return 'noon';
  if (minutes === 0 && hours === 0) return 'midnight';
  return format(local, minutes === 0 ? 'haaa' : 'h.mmaaa');
}

/** A 24-hour clock time, as on the axis: "21:20". */
export function formatClock24(at: Date, zone: ZoneName): string {
  return format(new TZDate(at.getTime(), zone), 'HH:mm');
}

/** A day in words, "Friday 1 July 2016", or without the year: "Friday 1 July". */
export function formatDay(at: Date, zone: ZoneName, withYear = true): string {
  return format(new TZDate(at.getTime(), zone), withYear ? 'EEEE d MMMM yyyy' : 'EEEE d MMMM');
}

/** True when both instants fall on the same calendar day in the zone. */
export function isSameZonedDay(a: Date, b: Date, zone: ZoneName): boolean {
  const day = (d: Date) => format(new TZDate(d.getTime(), zone), 'yyyy-MM-dd');
  return day(a) === day(b);
}

/** The part of the day in words, for times known only that closely. */
export function formatPartOfDay(at: Date, zone: ZoneName): string {
  const hours = new TZDate(at.getTime(), zone).getHours();
  if (hours < 5) return 'night';
  if (hours < 12) return 'morning';
  if (hours < 17) return 'afternoon';
  if (hours < 21) return 'evening';
  return 'night';
}
