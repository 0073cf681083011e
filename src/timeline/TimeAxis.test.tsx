import { render } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { realIndex } from '../../tests/support/realTimeline.ts';
import type { ZoneName } from '../data/schema.ts';
import { placeEvents } from '../time/placeEvents.ts';
import { DHAKA, LONDON } from '../time/zones.ts';
import { getAxisTicks } from './getAxisTicks.ts';
import { TimeAxis } from './TimeAxis.tsx';

const placements = placeEvents(realIndex.events);
/** The plot's range at a 900 px chart, px. */
const RANGE = [24, 876] as const;

/** The axis as drawn, one tick a line: its label, its position in px, and "major" for a day start or dated event. */
function drawAxis(mode: 'chronological' | 'sequence', window: readonly [number, number], zone: ZoneName): string {
  const { container } = render(
    <svg>
      <TimeAxis ticks={getAxisTicks(mode, window, RANGE, zone, placements)} height={300} />
    </svg>,
  );
  return [...container.querySelectorAll('.time-axis-tick')]
    .map((tick) => {
      const label = tick.querySelector('text');
      const x = Number(label?.getAttribute('x')).toFixed(1);
      return `${label?.textContent ?? ''} at ${x}${tick.classList.contains('is-major') ? ', major' : ''}`;
    })
    .join('\n');
}

describe('the time axis over fixed windows (reviewed snapshots)', () => {
  test('the night of the attack in Dhaka time: round hours, and Saturday where the day starts', () => {
    const window = [Date.parse('2016-07-01T15:00:00Z'), Date.parse('2016-07-01T21:00:00Z')] as const;
    expect(drawAxis('chronological', window, DHAKA)).toMatchInlineSnapshot(`
      "21:00 at 24.0
      21:30 at 95.0
      22:00 at 166.0
      22:30 at 237.0
      23:00 at 308.0
      23:30 at 379.0
      Sat 2 Jul at 450.0, major
      00:30 at 521.0
      01:00 at 592.0
      01:30 at 663.0
      02:00 at 734.0
      02:30 at 805.0
      03:00 at 876.0"
    `);
  });

  test('the same night in London time: the same instants, London’s round hours', () => {
    const window = [Date.parse('2016-07-01T15:00:00Z'), Date.parse('2016-07-01T21:00:00Z')] as const;
    expect(drawAxis('chronological', window, LONDON)).toMatchInlineSnapshot(`
      "16:00 at 24.0
      16:30 at 95.0
      17:00 at 166.0
      17:30 at 237.0
      18:00 at 308.0
      18:30 at 379.0
      19:00 at 450.0
      19:30 at 521.0
      20:00 at 592.0
      20:30 at 663.0
      21:00 at 734.0
      21:30 at 805.0
      22:00 at 876.0"
    `);
  });

  test('an hour and a half around the 9.20pm entry, in Dhaka time', () => {
    const window = [Date.parse('2016-07-01T15:15:00Z'), Date.parse('2016-07-01T16:45:00Z')] as const;
    expect(drawAxis('chronological', window, DHAKA)).toMatchInlineSnapshot(`
      "21:15 at 24.0
      21:30 at 166.0
      21:45 at 308.0
      22:00 at 450.0
      22:15 at 592.0
      22:30 at 734.0
      22:45 at 876.0"
    `);
  });

  test('story order: every third event’s number, spread evenly across the plot', () => {
    expect(drawAxis('sequence', [-0.5, placements.length - 0.5], DHAKA)).toMatchInlineSnapshot(`
      "1 at 41.0
      4 at 143.3
      7 at 245.5
      10 at 347.8
      13 at 450.0
      16 at 552.2
      19 at 654.5
      22 at 756.7
      25 at 859.0"
    `);
  });
});
