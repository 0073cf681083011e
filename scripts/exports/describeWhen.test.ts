// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { indexTimeline } from '../../src/data/indexTimeline.ts';
import { describeWhen, getCalendarCaveat, getOutsideDays, getTimeKind } from './describeWhen.ts';
import { makeCraftedTimeline, makeExportTimeline } from './readDownloads.ts';

describe('describeWhen', () => {
  const index = indexTimeline(makeExportTimeline());
  const getTime = (id: string) => {
    const event = index.events.find((e) => e.id === id);
    if (event === undefined) throw new Error(`no event ${id}`);
    return event.time;
  };

  test('getTimeKind tells a moment inside a window from something that lasted through it', () => {
    expect(['entry', 'siege', 'claim', 'denial'].map((id) => getTimeKind(getTime(id)))).toEqual([
      'exact',
      'window-lasting',
      'order-only',
      'window-moment',
    ]);
  });

  test('finds a date added from outside the report in a context note, whatever zone the build runs in', () => {
    expect(process.env.TZ).toBe('America/Los_Angeles');
    expect(getOutsideDays(['2016-07-01T21:20:00+06:00', '2016-07-02T08:00:00+06:00'], index)).toEqual(['1 July 2016']);
  });

  test('says a stated local time is the report’s and its date is added from outside it', () => {
    expect(describeWhen(getTime('entry'), index)).toBe(
      '9.20pm local time stated by the report; the date 1 July 2016 is added from outside it. Local time here is Dhaka, UTC+6.',
    );
  });

  test('says a stated time in full when no context note supplies its date', () => {
    const plain = indexTimeline(makeCraftedTimeline(() => undefined));
    const entry = plain.events[0];
    if (entry === undefined) throw new Error('no events');
    expect(describeWhen(entry.time, plain)).toBe(
      '9.20pm on Friday 1 July 2016, local time, stated by the report. Local time here is Dhaka, UTC+6.',
    );
  });

  test('never words an inferred window or an order as a stated time', () => {
    expect(describeWhen(getTime('siege'), index)).toMatch(
      /^Time not stated: lasted through the window from 9\.20pm on Friday 1 July 2016 to 8am on Saturday 2 July 2016, local time; the window is inferred/,
    );
    expect(describeWhen(getTime('claim'), index)).toBe('No time given, only an order: after “Gunmen enter”.');
    expect(getCalendarCaveat(getTime('entry'), index)).toBe('');
    expect(getCalendarCaveat(getTime('claim'), index)).toBe('');
  });
});
