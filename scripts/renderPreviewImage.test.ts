// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { LoadedTimeline } from '../src/data/parseTimeline.ts';
import type { EventId } from '../src/data/schema.ts';
import { timeline } from '../src/data/loadTimeline.ts';
import {
  escapeXml,
  HOME_SUBTITLE,
  PREVIEW_HEIGHT,
  PREVIEW_WIDTH,
  renderPreviewImage,
  renderPreviewSvg,
  wrapText,
} from './renderPreviewImage.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function readPngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function firstEvent(): LoadedTimeline['events'][number] {
  const event = timeline.events[1];
  if (event === undefined) throw new Error('the timeline has fewer than two events');
  return event;
}

function withTitles(eventTitle: string, title: string): LoadedTimeline {
  const target = firstEvent().id;
  return {
    ...timeline,
    meta: { ...timeline.meta, title },
    events: timeline.events.map((e) => (e.id === target ? { ...e, title: eventTitle } : e)),
  };
}

describe('renderPreviewImage', () => {
  test('renders the home page image as a 1200 × 630 PNG', () => {
    const png = renderPreviewImage({ timeline });
    expect(readPngSize(png)).toEqual({ width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT });
    expect([PREVIEW_WIDTH, PREVIEW_HEIGHT]).toEqual([1200, 630]);
  });

  test('renders an event page image as a 1200 × 630 PNG that differs from the home page image', () => {
    const home = renderPreviewImage({ timeline });
    const event = renderPreviewImage({ timeline, highlightId: firstEvent().id });
    expect(readPngSize(event)).toEqual({ width: 1200, height: 630 });
    expect(event.equals(home)).toBe(false);
  });

  test('gives every event its own image', () => {
    const images = timeline.events.map((e) => renderPreviewImage({ timeline, highlightId: e.id }).toString('base64'));
    expect(new Set(images).size).toBe(timeline.events.length);
  });

  test('renders text with markup characters without breaking the SVG', () => {
    const marked = withTitles('Fish & <chips> "quoted"', "A <b>bold</b> & 'daring' title");
    const png = renderPreviewImage({ timeline: marked, highlightId: firstEvent().id });
    expect(readPngSize(png)).toEqual({ width: 1200, height: 630 });
  });
});

describe('renderPreviewSvg', () => {
  test('names the timeline and says what it is on the home page', () => {
    const svg = renderPreviewSvg({ timeline });
    expect(svg).toContain(`>${escapeXml(timeline.meta.title)}</text>`);
    expect(svg).toContain(`>${HOME_SUBTITLE}</text>`);
  });

  test("names the highlighted event on the event's page", () => {
    const event = firstEvent();
    const svg = renderPreviewSvg({ timeline, highlightId: event.id });
    expect(svg).toContain(`>${escapeXml(timeline.meta.title)}</text>`);
    expect(svg).toContain(`>${escapeXml(event.title)}</text>`);
    expect(svg).not.toContain(HOME_SUBTITLE);
  });

  test('escapes markup characters in every text it draws', () => {
    const svg = renderPreviewSvg({
      timeline: withTitles('Fish & <chips> "quoted"', "A <b>bold</b> & 'daring' title"),
      highlightId: firstEvent().id,
    });
    expect(svg).toContain('>A &lt;b&gt;bold&lt;/b&gt; &amp; &#39;daring&#39; title</text>');
    expect(svg).toContain('>Fish &amp; &lt;chips&gt; &quot;quoted&quot;</text>');
    expect(svg).not.toContain('<b>');
    expect(svg).not.toContain('<chips>');
  });

  test("labels the axis in Dhaka hours whatever the machine's zone", () => {
    const svg = renderPreviewSvg({ timeline });
    expect(svg).toContain('>21:00</text>');
    expect(svg).toContain('>Sat 2 Jul</text>');
    expect(svg).toContain('>Times in Dhaka (UTC+6) · every event cites the report</text>');
  });

  test('labels every lane', () => {
    const svg = renderPreviewSvg({ timeline });
    for (const category of timeline.categories) {
      expect(svg).toContain(`>${escapeXml(category.label.toUpperCase())}</text>`);
    }
  });

  test('refuses an id that is not an event', () => {
    expect(() => renderPreviewSvg({ timeline, highlightId: 'no-such-event' as EventId })).toThrow(/no-such-event/);
  });
});

describe('escapeXml', () => {
  test('escapes the five XML special characters', () => {
    expect(escapeXml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &#39; f');
  });
});

describe('wrapText', () => {
  const measure = (s: string) => s.length * 10;

  test('keeps text that fits on one line', () => {
    expect(wrapText('one two three', 200, 2, measure)).toEqual(['one two three']);
  });

  test('breaks between words and cuts what does not fit with an ellipsis', () => {
    expect(wrapText('one two three four five six', 90, 2, measure)).toEqual(['one two', 'three…']);
  });

  test('cuts a word longer than a line', () => {
    expect(wrapText('extraordinarily', 60, 1, measure)).toEqual(['extra…']);
  });
});
