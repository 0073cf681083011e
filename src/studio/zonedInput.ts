import { TZDate } from '@date-fns/tz';
import { format, formatISO, isValid, parse } from 'date-fns';

/** The form of a `datetime-local` input's value. */
const LOCAL_FORMAT = "yyyy-MM-dd'T'HH:mm";

/**
 * An instant as a `datetime-local` value in a zone: "2016-07-01T15:20:00Z" in Asia/Dhaka is "2016-07-01T21:20".
 * Empty for a missing or unreadable instant.
 */
export function toZonedInputValue(instant: string | undefined, zone: string): string {
  if (instant === undefined || instant === '') return '';
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return '';
  try {
    return format(new TZDate(ms, zone), LOCAL_FORMAT);
  } catch {
    return '';
  }
}

/**
 * A `datetime-local` value read as a wall-clock time in a zone, as an ISO instant with that zone's offset:
 * "2016-07-01T21:20" in Asia/Dhaka is "2016-07-01T21:20:00+06:00". Undefined for an empty or malformed value.
 */
export function fromZonedInputValue(value: string, zone: string): string | undefined {
  const wall = parse(value, LOCAL_FORMAT, new Date(2000, 0, 1));
  if (!isValid(wall)) return undefined;
  try {
    const zoned = new TZDate(
      wall.getFullYear(),
      wall.getMonth(),
      wall.getDate(),
      wall.getHours(),
      wall.getMinutes(),
      zone,
    );
    if (Number.isNaN(zoned.getTime())) return undefined;
    return formatISO(zoned);
  } catch {
    return undefined;
  }
}

/** A wall-clock time in a zone as an ISO instant with that zone's offset; month from 1. */
export function toZonedInstant(zone: string, year: number, month = 1, day = 1, hour = 0, minute = 0): string {
  return formatISO(new TZDate(year, month - 1, day, hour, minute, zone));
}

/** The wall-clock fields of an instant in a zone; month from 1. */
export function getZonedParts(instant: string, zone: string) {
  const zoned = new TZDate(Date.parse(instant), zone);
  return {
    year: zoned.getFullYear(),
    month: zoned.getMonth() + 1,
    day: zoned.getDate(),
    hour: zoned.getHours(),
    minute: zoned.getMinutes(),
  };
}
