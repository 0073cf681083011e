import { tzOffset } from '@date-fns/tz';
import { describe, expect, test } from 'vitest';
import { DHAKA, LONDON } from './zones.ts';
import type { ZoneName } from '../data/schema.ts';
import {
  formatCalendarDate,
  formatClock,
  formatDay,
  formatPartOfDay,
  formatShortDay,
  getZoneOffset,
  isSameZonedDay,
} from './formatClock.ts';

const at = (iso: string) => new Date(iso);

describe('formatClock', () => {
  test.each([
    ['2016-07-01T21:20:00+06:00', '9.20pm'],
    ['2016-07-01T21:00:00+06:00', '9pm'],
    ['2016-07-02T00:00:00+06:00', 'midnight'],
    ['2016-07-02T00:05:00+06:00', '12.05am'],
    ['2016-07-02T12:00:00+06:00', 'noon'],
    ['2016-07-02T12:30:00+06:00', '12.30pm'],
    ['2016-07-02T07:40:00+06:00', '7.40am'],
  ])('writes %s as %s in Dhaka, in the report’s style', (iso, expected) => {
    expect(formatClock(at(iso), DHAKA)).toBe(expected);
  });

  test('reads the clock in the zone asked for, not the machine’s', () => {
    // 21:20 in Dhaka (UTC+6) is 16:20 in London (BST, UTC+1).
    expect(formatClock(at('2016-07-01T21:20:00+06:00'), LONDON)).toBe('4.20pm');
    expect(formatClock(at('2016-07-01T21:20:00+06:00'), LONDON)).toBe('4.20pm');
    expect(formatClock(at('2016-07-02T00:05:00+06:00'), DHAKA)).toBe('12.05am');
  });
});

describe('days', () => {
  test('names the day in the zone, with and without the year', () => {
    const late = at('2016-07-01T23:30:00+06:00');
    expect(formatDay(late, DHAKA)).toBe('Friday 1 July 2016');
    expect(formatDay(late, DHAKA, false)).toBe('Friday 1 July');
    expect(formatShortDay(at('2016-07-02T00:00:00+06:00'), DHAKA)).toBe('Sat 2 Jul');
    // The same instant is still Friday afternoon in London.
    expect(formatShortDay(late, LONDON)).toBe('Fri 1 Jul');
  });

  test('compares calendar days in the zone', () => {
    const evening = at('2016-07-01T21:20:00+06:00');
    const afterMidnight = at('2016-07-02T01:00:00+06:00');
    expect(isSameZonedDay(evening, afterMidnight, DHAKA)).toBe(false);
    // In London both fall on Friday 1 July.
    expect(isSameZonedDay(evening, afterMidnight, LONDON)).toBe(true);
  });

  test('names the part of the day', () => {
    expect(formatPartOfDay(at('2016-07-02T03:00:00+06:00'), DHAKA)).toBe('night');
    expect(formatPartOfDay(at('2016-07-02T08:00:00+06:00'), DHAKA)).toBe('morning');
    expect(formatPartOfDay(at('2016-07-02T14:00:00+06:00'), DHAKA)).toBe('afternoon');
    expect(formatPartOfDay(at('2016-07-02T19:00:00+06:00'), DHAKA)).toBe('evening');
  });
});

describe('names from Intl', () => {
  test('writes a calendar date in words', () => {
    expect(formatCalendarDate('2026-12-03')).toBe('3 December 2026');
    expect(formatCalendarDate('2016-09-01')).toBe('1 September 2016');
  });

  test('reads odd offsets and cuts short names from the long ones', () => {
    // Kathmandu is UTC+5:45: 21:20 in Dhaka is 21:05 there.
    const kathmandu = 'Asia/Kathmandu' as ZoneName;
    expect(formatClock(at('2016-07-01T21:20:00+06:00'), kathmandu)).toBe('9.05pm');
    expect(formatShortDay(at('2016-09-02T00:00:00+06:00'), DHAKA)).toBe('Fri 2 Sep');
  });
});

describe('getZoneOffset', () => {
  // Whole-hour, half-hour and 45-minute offsets, both sides of UTC, with and without summer time, and the
  // date line's far sides, where the wall-clock day is most often not UTC's.
  const zones = [
    'UTC',
    'Asia/Dhaka',
    'Europe/London',
    'America/Los_Angeles',
    'Asia/Kolkata',
    'Asia/Kathmandu',
    'America/St_Johns',
    'Australia/Lord_Howe',
    'Pacific/Chatham',
    'Pacific/Kiritimati',
    'Pacific/Pago_Pago',
  ] as ZoneName[];

  test('gives what @date-fns/tz gives, every 7 h 13 min 17 s from 2010 to 2030 in zones of every kind', () => {
    const start = Date.parse('2010-01-01T00:00:00Z');
    const end = Date.parse('2030-01-01T00:00:00Z');
    const step = ((7 * 60 + 13) * 60 + 17) * 1000;
    for (const zone of zones) {
      const misses: string[] = [];
      for (let ms = start; ms < end; ms += step) {
        const instant = new Date(ms);
        if (getZoneOffset(instant, zone) !== tzOffset(zone, instant)) misses.push(instant.toISOString());
      }
      expect(misses, zone).toEqual([]);
    }
  });

  test('reads a day across the end of a month and of a year', () => {
    expect(getZoneOffset(at('2016-06-30T20:00:00Z'), 'Asia/Dhaka' as ZoneName)).toBe(360);
    expect(getZoneOffset(at('2016-01-01T02:00:00Z'), 'America/Los_Angeles' as ZoneName)).toBe(-480);
    expect(getZoneOffset(at('2016-12-31T23:30:00Z'), 'Pacific/Kiritimati' as ZoneName)).toBe(840);
  });
});
