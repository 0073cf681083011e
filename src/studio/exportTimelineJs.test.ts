import { describe, expect, it } from 'vitest';
import { makeTestTimeline } from '../../tests/support/makeTestTimeline.ts';
import { parseTimeline } from '../data/parseTimeline.ts';
import type { LoadedTimeline } from '../data/parseTimeline.ts';
import timelineJson from '../data/timeline.json';
import { escapeHtml, toTimelineJs } from './exportTimelineJs.ts';
import type { TimelineJsDate } from './exportTimelineJs.ts';

function load(raw: unknown): LoadedTimeline {
  const result = parseTimeline(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.timeline;
}

/** The fields and types TimelineJS's JSON format documents for a date. */
function expectTimelineJsDate(date: TimelineJsDate | undefined) {
  expect(date).toBeDefined();
  const allowed = ['year', 'month', 'day', 'hour', 'minute', 'display_date'];
  for (const [key, value] of Object.entries(date ?? {})) {
    expect(allowed).toContain(key);
    if (key !== 'display_date') expect(Number.isInteger(value)).toBe(true);
  }
}

describe('toTimelineJs', () => {
  const timeline = load(timelineJson);
  const exported = toTimelineJs(timeline);

  it('writes one slide per event, in reading order, with the fields TimelineJS documents', () => {
    expect(exported.events.map((e) => e.unique_id)).toEqual(timeline.events.map((e) => e.id));
    for (const slide of exported.events) {
      expectTimelineJsDate(slide.start_date);
      if (slide.end_date !== undefined) expectTimelineJsDate(slide.end_date);
      expect(typeof slide.text.headline).toBe('string');
      expect(typeof slide.text.text).toBe('string');
      expect(typeof slide.display_date).toBe('string');
    }
    expect(typeof exported.title.text.headline).toBe('string');
  });

  it('dates an exact time to the minute in the events’ zone and says it in words', () => {
    const index = timeline.events.findIndex((e) => e.time.kind === 'exact');
    const slide = exported.events[index];
    expect(slide?.start_date).toEqual({ year: 2016, month: 7, day: 1, hour: 21, minute: 20 });
    expect(slide?.display_date).toMatch(/9\.20pm/);
  });

  it('gives an order-only event only a day, and words that say its time is not given', () => {
    const index = timeline.events.findIndex((e) => e.time.kind === 'order');
    const slide = exported.events[index];
    expect(slide?.start_date.hour).toBeUndefined();
    expect(slide?.display_date).toMatch(/^Time not given/);
  });

  it('puts the citations in the text and takes groups from categories', () => {
    const event = timeline.events[0];
    const slide = exported.events[0];
    expect(slide?.group).toBe(timeline.categories.find((c) => c.id === event?.category)?.label);
    expect(slide?.text.text).toContain(`Paragraph ${event?.sources[0]?.paragraph} of the report`);
  });

  it('escapes every text, since TimelineJS renders it as HTML', () => {
    const test = makeTestTimeline();
    const first = test.events[0];
    if (first === undefined) throw new Error('the test timeline has no event');
    const hostile = load(test);
    const json = toTimelineJs(hostile);
    expect(json.events[0]?.text.text).not.toMatch(/<img|<script/i);
    expect(escapeHtml('<img src=x onerror=alert(1)> & "q"')).toBe(
      '&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;',
    );
  });
});
