// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { DHAKA, LONDON } from '../time/zones.ts';
import { describeWindow } from './describeWindow.ts';

describe('describeWindow', () => {
  test('names the story steps in view, counted from 1', () => {
    const said = describeWindow({ mode: 'sequence', window: [2, 5], shown: 17, total: 25, stepCount: 6, zone: DHAKA });
    expect(said).toBe('Showing steps 3 to 5 of 6 in the story: 17 of 25 events shown.');
    expect(describeWindow({ mode: 'sequence', window: [1, 2], shown: 1, total: 25, stepCount: 6, zone: DHAKA })).toBe(
      'Showing step 2 of 6 in the story: 1 of 25 events shown.',
    );
  });

  test('names the clock times in view in the display zone, in the report’s clock style', () => {
    const window = [Date.parse('2016-07-01T15:20:00Z'), Date.parse('2016-07-01T19:00:00Z')] as const;
    expect(describeWindow({ mode: 'chronological', window, shown: 3, total: 25, stepCount: 0, zone: DHAKA })).toBe(
      'Showing 9.20pm, Friday 1 July to 1am, Saturday 2 July, Dhaka (UTC+6): 3 of 25 events shown.',
    );
    expect(describeWindow({ mode: 'chronological', window, shown: 3, total: 25, stepCount: 0, zone: LONDON })).toBe(
      'Showing 4.20pm, Friday 1 July to 8pm, Friday 1 July, London (UTC+1): 3 of 25 events shown.',
    );
  });
});
