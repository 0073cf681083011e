import { render } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { realIndex } from '../../tests/support/realTimeline.ts';
import type { ZoneName } from '../data/schema.ts';
import { placeEvents } from '../time/placeEvents.ts';
import { DHAKA, LONDON } from '../time/zones.ts';
import { getAxisTicks } from '../time/getAxisTicks.ts';
import { measureAxisLabel } from './measureLabel.ts';
import { TimeAxis } from './TimeAxis.tsx';

const placements = placeEvents(realIndex.events);
/** The plot's range at a 900 px chart, px. */
const RANGE = [24, 876] as const;

/** The axis as drawn, one tick a line: its label, its position in px, and "major" for a day start or dated event. */
function drawAxis(mode: 'chronological' | 'sequence', window: readonly [number, number], zone: ZoneName): string {
  const { container } = render(
    <svg>
      <TimeAxis ticks={getAxisTicks(mode, window, RANGE, zone, placements, measureAxisLabel)} height={300} />
    </svg>,
  );
  return [...container.querySelectorAll('.time-axis-tick')]
    .map((tick) => {
      const label = tick.querySelector('text');
      const x = Number(label?.getAttribute('x') ?? tick.querySelector('line')?.getAttribute('x1')).toFixed(1);
      const text = label === null ? '(step line)' : label.textContent;
      return `${text} at ${x}${tick.classList.contains('is-major') ? ', major' : ''}`;
    })
    .join('\n');
}

describe('the time axis over fixed windows (reviewed snapshots)', () => {
  test('the night of the attack in Dhaka time: round hours, and Saturday where the day starts', () => {
    const window = [Date.parse('2016-07-01T15:00:00Z'), Date.parse('2016-07-01T21:00:00Z')] as const;
    expect(drawAxis('chronological', window, DHAKA)).toMatchInlineSnapshot(`
      "9pm at 24.0
      9.30pm at 95.0
      10pm at 166.0
      10.30pm at 237.0
      11pm at 308.0
      11.30pm at 379.0
      Sat 2 Jul at 450.0, major
      12.30am at 521.0
      1am at 592.0
      1.30am at 663.0
      2am at 734.0
      2.30am at 805.0
      3am at 876.0
      Fri 1 Jul at 24.0"
    `);
  });

  test('the same night in London time: the same instants, London’s round hours', () => {
    const window = [Date.parse('2016-07-01T15:00:00Z'), Date.parse('2016-07-01T21:00:00Z')] as const;
    expect(drawAxis('chronological', window, LONDON)).toMatchInlineSnapshot(`
      "4pm at 24.0
      4.30pm at 95.0
      5pm at 166.0
      5.30pm at 237.0
      6pm at 308.0
      6.30pm at 379.0
      7pm at 450.0
      7.30pm at 521.0
      8pm at 592.0
      8.30pm at 663.0
      9pm at 734.0
      9.30pm at 805.0
      10pm at 876.0
      Fri 1 Jul at 24.0"
    `);
  });

  test('an hour and a half around the 9.20pm entry, in Dhaka time', () => {
    const window = [Date.parse('2016-07-01T15:15:00Z'), Date.parse('2016-07-01T16:45:00Z')] as const;
    expect(drawAxis('chronological', window, DHAKA)).toMatchInlineSnapshot(`
      "9.15pm at 24.0
      9.30pm at 166.0
      9.45pm at 308.0
      10pm at 450.0
      10.15pm at 592.0
      10.30pm at 734.0
      10.45pm at 876.0
      Fri 1 Jul at 24.0"
    `);
  });

  test('story steps: what the report says of each stretch of steps, in its clock style, with the date once', () => {
    expect(drawAxis('sequence', [0, 6], DHAKA)).toMatchInlineSnapshot(`
      "Before 9.20pm at 27.0
      9.20pm, Fri 1 Jul at 169.0, major
      After 9.20pm at 311.0
      (step line) at 450.0
      (step line) at 592.0
      After 11.20pm at 737.0"
    `);
  });

  test('story steps on a phone: labels too wide for their stretch take turns on two rows', () => {
    const { container } = render(
      <svg>
        <TimeAxis
          ticks={getAxisTicks('sequence', [0, 6], [16, 342], DHAKA, placements, measureAxisLabel)}
          height={300}
        />
      </svg>,
    );
    const labels = [...container.querySelectorAll('text')].map(
      (t) => `${t.textContent} @y${t.getAttribute('y') ?? ''}`,
    );
    expect(labels).toMatchInlineSnapshot(`
      [
        "Before 9.20pm @y11",
        "9.20pm, Fri 1 Jul @y24",
        "After 9.20pm @y11",
        "After 11.20pm @y24",
      ]
    `);
  });
});
