import { tz } from '@date-fns/tz';
import { format, parseISO } from 'date-fns';
import type { ZoneName } from '../../src/data/schema.ts';

/** A calendar date, `YYYY-MM-DD`, in words: "3 December 2026". It has no zone, so it is read as a plain date. */
export function formatCalendarDay(date: string): string {
  return format(parseISO(date), 'd MMMM yyyy');
}

/** The short day of an instant in the zone, as under a labelled step: "Fri 1 Jul". */
export function formatShortZonedDay(at: Date, zone: ZoneName): string {
  return format(at, 'EEE d MMM', { in: tz(zone) });
}
