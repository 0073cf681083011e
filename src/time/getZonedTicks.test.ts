// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { setMachineZone } from '../../tests/support/machineZone.ts';
import type { ZoneName } from '../data/schema.ts';
import { getZonedTicks } from './getZonedTicks.ts';
import { DHAKA, LONDON, UTC } from './zones.ts';

const start = Date.parse('2016-07-01T15:00:00Z');
const end = Date.parse('2016-07-02T06:30:00Z');

describe.each(['America/Los_Angeles', 'Asia/Kolkata'])('with the machine in %s', (machineZone) => {
  test('ticks fall on Dhaka’s round hours and its midnight', () => {
    setMachineZone(machineZone);
    const ticks = getZonedTicks(start, end, DHAKA, 8);
    expect(ticks.map((t) => t.label)).toEqual(['9pm', 'Sat 2 Jul', '3am', '6am', '9am', 'noon']);
    expect(ticks[1]?.at).toBe(Date.parse('2016-07-01T18:00:00Z'));
    expect(ticks[1]?.isDayStart).toBe(true);
  });

  test('ticks fall on London’s and UTC’s round hours for the same window', () => {
    setMachineZone(machineZone);
    expect(getZonedTicks(start, end, LONDON, 8)[0]).toMatchObject({
      label: '6pm',
      at: Date.parse('2016-07-01T17:00:00Z'),
    });
    expect(getZonedTicks(start, end, UTC, 8)[0]).toMatchObject({
      label: '3pm',
      at: Date.parse('2016-07-01T15:00:00Z'),
    });
  });
});

describe('getZonedTicks', () => {
  test('uses half-hour offsets: Kolkata ticks land on its own round hours', () => {
    const ticks = getZonedTicks(start, start + 3 * 3_600_000, 'Asia/Kolkata' as ZoneName, 4);
    expect(ticks.map((t) => t.label)).toEqual(['9pm', '10pm', '11pm']);
    expect(ticks[0]?.at).toBe(Date.parse('2016-07-01T15:30:00Z'));
  });

  test('gives minute ticks when zoomed to a few minutes', () => {
    const ticks = getZonedTicks(start, start + 10 * 60_000, DHAKA, 5);
    const minutes = Array.from({ length: 11 }, (_, i) => (i === 0 ? '9pm' : `9.${String(i).padStart(2, '0')}pm`));
    expect(ticks.map((t) => t.label)).toEqual(minutes);
  });

  test('returns no ticks for an empty window', () => {
    expect(getZonedTicks(end, start, DHAKA, 5)).toEqual([]);
  });
});
