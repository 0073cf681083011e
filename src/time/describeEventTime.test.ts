// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { setMachineZone } from '../../tests/support/machineZone.ts';
import type { EventId, EventTime, Instant, ZoneName } from '../data/schema.ts';
import { describeEventTime } from './describeEventTime.ts';
import { formatClock } from './formatClock.ts';
import { DHAKA, formatUtcOffset, formatZoneLabel, LONDON, UTC } from './zones.ts';

const at = (iso: string) => iso as Instant;
const START = at('2016-07-01T21:20:00+06:00');
const titles: Record<string, string> = { entry: 'Gunmen enter', raid: 'Troops raid' };
const getTitle = (id: EventId) => titles[id] ?? id;
const exact: EventTime = { kind: 'exact', at: START, basis: 'stated', known: 'Stated.' };

const MACHINE_OFFSETS: Record<string, number> = { 'America/Los_Angeles': 420, 'Asia/Tokyo': -540, UTC: 0 };

describe.each(Object.keys(MACHINE_OFFSETS))('with the machine in %s', (machineZone) => {
  test('the machine zone really is switched for these tests', () => {
    setMachineZone(machineZone);
    expect(new Date(START).getTimezoneOffset()).toBe(MACHINE_OFFSETS[machineZone]);
  });

  test('the 9.20pm start reads 21:20 in Dhaka, 16:20 in London and 15:20 UTC', () => {
    setMachineZone(machineZone);
    const instant = new Date(START);
    expect(formatClock(instant, DHAKA)).toBe('9.20pm');
    expect(formatClock(instant, LONDON)).toBe('4.20pm');
    expect(formatClock(instant, UTC)).toBe('3.20pm');
  });

  test('an exact time is worded with its day and a named zone with its offset', () => {
    setMachineZone(machineZone);
    expect(describeEventTime(exact, DHAKA, getTitle).text).toBe('9.20pm, Friday 1 July 2016, Dhaka (UTC+6)');
    expect(describeEventTime(exact, LONDON, getTitle).text).toBe('4.20pm, Friday 1 July 2016, London (UTC+1)');
    expect(describeEventTime(exact, UTC, getTitle).text).toBe('3.20pm, Friday 1 July 2016, UTC');
  });
});

describe('describeEventTime', () => {
  test('keeps the instant for a <time> element and names the precision', () => {
    expect(describeEventTime(exact, DHAKA, getTitle)).toMatchObject({ dateTime: START, precision: 'exact time' });
  });

  test('an approximate time to the hour says "about"', () => {
    const time: EventTime = {
      kind: 'approximate',
      at: at('2016-07-01T21:00:00+06:00'),
      earliest: at('2016-07-01T20:30:00+06:00'),
      latest: at('2016-07-01T21:30:00+06:00'),
      precision: 'hour',
      basis: 'inferred',
      known: 'x',
    };
    expect(describeEventTime(time, DHAKA, getTitle).text).toBe('about 9pm, Friday 1 July 2016, Dhaka (UTC+6)');
  });

  test('an approximate time to the part of the day names only that part', () => {
    const time: EventTime = {
      kind: 'approximate',
      at: at('2016-07-02T08:00:00+06:00'),
      earliest: at('2016-07-02T05:00:00+06:00'),
      latest: at('2016-07-02T12:00:00+06:00'),
      precision: 'part-of-day',
      basis: 'inferred',
      known: 'x',
    };
    expect(describeEventTime(time, DHAKA, getTitle).text).toBe(
      'during the morning of Saturday 2 July 2016, Dhaka (UTC+6)',
    );
  });

  test('an interval across midnight gives both days and never a single clock time', () => {
    const time: EventTime = {
      kind: 'interval',
      earliest: at('2016-07-01T23:20:00+06:00'),
      latest: at('2016-07-02T12:00:00+06:00'),
      spans: false,
      basis: 'inferred',
      known: 'x',
    };
    const described = describeEventTime(time, DHAKA, getTitle);
    expect(described.text).toBe(
      'some time between 11.20pm, Friday 1 July and noon, Saturday 2 July 2016, Dhaka (UTC+6)',
    );
    expect(described.dateTime).toBeUndefined();
    expect(described.precision).toBe('time window');
  });

  test('an interval that lasts says from when to when, as a window it lasted through', () => {
    const time: EventTime = {
      kind: 'interval',
      earliest: START,
      latest: at('2016-07-01T23:50:00+06:00'),
      spans: true,
      basis: 'inferred',
      known: 'x',
    };
    const described = describeEventTime(time, DHAKA, getTitle);
    expect(described.text).toBe('from 9.20pm to 11.50pm, Friday 1 July 2016, Dhaka (UTC+6)');
    expect(described.precision).toBe('lasted through a window');
    expect(described.dateTime).toBeUndefined();
  });

  test('an order-only time is worded from its neighbours, with no clock', () => {
    const time: EventTime = {
      kind: 'order',
      after: ['entry' as EventId],
      before: ['raid' as EventId],
      basis: 'inferred',
      known: 'x',
    };
    const described = describeEventTime(time, DHAKA, getTitle);
    expect(described.text).toBe('Time not given: some time after “Gunmen enter” and before “Troops raid”');
    expect(described.dateTime).toBeUndefined();
  });
  test('an order-only time with a floor says “not before” that instant, with its zone, and is never a time', () => {
    const time: EventTime = {
      kind: 'order',
      after: ['entry' as EventId],
      before: [],
      notBefore: at('2016-07-01T23:20:00+06:00'),
      basis: 'inferred',
      known: 'x',
    };
    const described = describeEventTime(time, DHAKA, getTitle);
    expect(described.text).toBe(
      'Time not given: some time after “Gunmen enter” and not before 11.20pm, Friday 1 July 2016, Dhaka (UTC+6)',
    );
    expect(described.precision).toBe('order only');
    expect(described.dateTime).toBeUndefined();
    expect(described.text).not.toMatch(/(^|, )(at|about|from) \d/);
  });

  test('a floor is worded in the zone the reader chose', () => {
    const time: EventTime = {
      kind: 'order',
      after: [],
      before: [],
      notBefore: at('2016-07-01T23:20:00+06:00'),
      basis: 'inferred',
      known: 'x',
    };
    expect(describeEventTime(time, LONDON, getTitle).text).toBe(
      'Time not given: some time not before 6.20pm, Friday 1 July 2016, London (UTC+1)',
    );
  });
});

describe('zone labels', () => {
  test('name the zone with its offset at that instant, never a bare abbreviation', () => {
    const summer = new Date('2016-07-01T15:20:00Z');
    const winter = new Date('2016-01-01T15:20:00Z');
    expect(formatZoneLabel(DHAKA, summer)).toBe('Dhaka (UTC+6)');
    expect(formatZoneLabel(LONDON, summer)).toBe('London (UTC+1)');
    expect(formatZoneLabel(LONDON, winter)).toBe('London (UTC)');
    expect(formatZoneLabel('America/Los_Angeles' as ZoneName, summer)).toBe('Los Angeles (UTC−7)');
    expect(formatZoneLabel('Asia/Kolkata' as ZoneName, summer)).toBe('Kolkata (UTC+5:30)');
  });

  test('format offsets in hours and minutes', () => {
    expect(formatUtcOffset(0)).toBe('UTC');
    expect(formatUtcOffset(360)).toBe('UTC+6');
    expect(formatUtcOffset(-210)).toBe('UTC−3:30');
  });
});
