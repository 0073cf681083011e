// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { indexTimeline } from '../src/data/indexTimeline.ts';
import { timeline } from '../src/data/loadTimeline.ts';
import type { LoadedTimeline } from '../src/data/parseTimeline.ts';
import type { EventId, ZoneName } from '../src/data/schema.ts';
import { describePreviewStatus } from './preview/describePreviewEvent.ts';
import { measureText } from './preview/measureText.ts';
import {
  escapeXml,
  HOME_SUBTITLE,
  PREVIEW_HEIGHT,
  PREVIEW_WIDTH,
  renderPreviewImage,
  renderPreviewSvg,
  TEXT_LEFT,
  TEXT_RIGHT,
} from './renderPreviewImage.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** A clock time as any text might write it: "9.20pm", "9pm", "21:00", "noon", "midnight". */
const CLOCK_TIME = /\b\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm)\b|\b\d{1,2}:\d{2}\b|\bnoon\b|\bmidnight\b/giu;

function readPngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function getEvent(id: string): LoadedTimeline['events'][number] {
  const event = timeline.events.find((e) => e.id === id);
  if (event === undefined) throw new Error(`the timeline has no event "${id}"`);
  return event;
}

/** The one event whose time the report states, and an order-only event with a `notBefore` floor. */
const STATED = getEvent('gunmen-storm-cafe');
const RAID = getEvent('troops-raid-cafe');

function withEvent(id: EventId, change: Partial<LoadedTimeline['events'][number]>): LoadedTimeline {
  return { ...timeline, events: timeline.events.map((e) => (e.id === id ? { ...e, ...change } : e)) };
}

interface DrawnText {
  x: number;
  y: number;
  size: number;
  isBold: boolean;
  letterSpacing: number;
  content: string;
}

function unescapeXml(value: string): string {
  return value
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
}

/** Every `<text>` the SVG draws, with where and how. */
function readTexts(svg: string): DrawnText[] {
  return [...svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/gu)].map(([, attributes = '', content = '']) => {
    const attribute = (name: string) => new RegExp(`(?:^| )${name}="([^"]*)"`, 'u').exec(attributes)?.[1];
    return {
      x: Number(attribute('x')),
      y: Number(attribute('y')),
      size: Number(attribute('font-size')),
      isBold: attribute('font-weight') === '700',
      letterSpacing: Number(attribute('letter-spacing') ?? 0),
      content: unescapeXml(content),
    };
  });
}

/** All the words a card shows, its lines joined by spaces, so wrapped text reads as one. */
function readWords(svg: string): string {
  return readTexts(svg)
    .map((t) => t.content)
    .join(' ');
}

describe('renderPreviewImage', () => {
  test('renders the home page image as a 1200 × 630 PNG', () => {
    expect(readPngSize(renderPreviewImage({ timeline }))).toEqual({ width: 1200, height: 630 });
    expect([PREVIEW_WIDTH, PREVIEW_HEIGHT]).toEqual([1200, 630]);
  });

  test("renders an event's image as a 1200 × 630 PNG that differs from the home page image", () => {
    const home = renderPreviewImage({ timeline });
    const event = renderPreviewImage({ timeline, highlightId: RAID.id });
    expect(readPngSize(event)).toEqual({ width: 1200, height: 630 });
    expect(event.equals(home)).toBe(false);
  });

  test('does not throw on control characters or a lone surrogate in a title', () => {
    const hostile = withEvent(RAID.id, { title: 'Bell\u0007 escape\u001b tab\u000b nul\u0000 half\ud800 end\u0085' });
    const png = renderPreviewImage({
      timeline: { ...hostile, meta: { ...hostile.meta, title: 'Nul\u0000 title' } },
      highlightId: RAID.id,
    });
    expect(readPngSize(png)).toEqual({ width: 1200, height: 630 });
  });

  test('renders text with markup characters without breaking the SVG', () => {
    const marked = withEvent(RAID.id, { title: 'Fish & <chips> "quoted"' });
    expect(readPngSize(renderPreviewImage({ timeline: marked, highlightId: RAID.id }))).toEqual({
      width: 1200,
      height: 630,
    });
  });
});

describe('renderPreviewSvg', () => {
  test('the home image gives the title, the one stated time and what the timeline rests on', () => {
    const words = readWords(renderPreviewSvg({ timeline }));
    expect(words).toContain(HOME_SUBTITLE.toUpperCase());
    expect(words).toContain(timeline.meta.title);
    expect(words).toContain('THE ONE TIME THE REPORT GIVES');
    expect(words).toContain('9.20pm, Friday 1 July 2016, Dhaka (UTC+6)');
    expect(words).toContain(STATED.title);
    expect(words).toContain(timeline.meta.description);
    expect(words).toContain('Added from outside the report: The report’s “Friday” is 1 July 2016.');
    expect(words).toContain('Updated 3 December 2026');
  });

  test("an event's image carries its time in words", () => {
    expect(readWords(renderPreviewSvg({ timeline, highlightId: STATED.id }))).toContain(
      'WHEN 9.20pm, Friday 1 July 2016, Dhaka (UTC+6)',
    );
    expect(readWords(renderPreviewSvg({ timeline, highlightId: RAID.id }))).toContain(
      'WHEN Time not given: some time after “Gunmen burst into the Holey Artisan Bakery”',
    );
  });

  test("an event's image carries its status in words", () => {
    const index = indexTimeline(timeline);
    for (const event of timeline.events) {
      const words = readWords(renderPreviewSvg({ timeline, highlightId: event.id }));
      expect(words).toContain(`STATUS ${describePreviewStatus(event, index)}`);
    }
    expect(readWords(renderPreviewSvg({ timeline, highlightId: 'agency-releases-photos' as EventId }))).toContain(
      'STATUS Not confirmed. The report hedges it',
    );
  });

  test("an order-only event's image shows no clock time but the stated entry's", () => {
    const orderOnly = timeline.events.filter((e) => e.time.kind === 'order');
    expect(orderOnly.length).toBeGreaterThan(0);
    for (const event of orderOnly) {
      const clocks = readWords(renderPreviewSvg({ timeline, highlightId: event.id })).match(CLOCK_TIME) ?? [];
      expect({ id: event.id, clocks }).toEqual({ id: event.id, clocks: ['9.20pm'] });
    }
  });

  test("the raid's floor from vague words is never shown as a time", () => {
    expect(RAID.time.kind === 'order' && RAID.time.notBefore !== undefined).toBe(true);
    expect(renderPreviewSvg({ timeline, highlightId: RAID.id })).not.toContain('11.20pm');
  });

  test("marks the event's step in the story's order, and labels only the stated step", () => {
    const position = timeline.events.findIndex((e) => e.id === RAID.id) + 1;
    const words = readWords(renderPreviewSvg({ timeline, highlightId: RAID.id }));
    expect(words).toContain(`This event: step ${position} of ${timeline.events.length}`);
    expect(words).toContain('IN AN ORDER THE REPORT ALLOWS, NOT TO TIME SCALE');
    expect(
      readTexts(renderPreviewSvg({ timeline, highlightId: RAID.id })).filter((t) => t.content === '9.20pm, Fri 1 Jul'),
    ).toHaveLength(1);
  });

  test('gives every event its own picture', () => {
    const pictures = timeline.events.map((e) => renderPreviewSvg({ timeline, highlightId: e.id }));
    expect(new Set(pictures).size).toBe(timeline.events.length);
  });

  test('every line fits inside the text box, measured with the font the image is drawn in', () => {
    const long = 'An extraordinarily long title that goes on and on about the events of the night in Gulshan';
    const hostile = withEvent(RAID.id, {
      title: long,
      summary: `${'Wordswithoutanybreakwhatsoeverthatarewiderthanalineatanysizeatall'.repeat(2)} ${long} ${long} ${long}`,
    });
    const cards = [
      renderPreviewSvg({ timeline }),
      ...timeline.events.map((e) => renderPreviewSvg({ timeline, highlightId: e.id })),
      renderPreviewSvg({ timeline: hostile, highlightId: RAID.id }),
    ];
    for (const svg of cards) {
      for (const drawn of readTexts(svg)) {
        const width = measureText(drawn.content, drawn.size, drawn.isBold ? 'bold' : 'regular', drawn.letterSpacing);
        const box = { content: drawn.content, left: drawn.x, right: drawn.x + width, top: drawn.y - drawn.size };
        expect(box.left, drawn.content).toBeGreaterThanOrEqual(TEXT_LEFT - 0.01);
        expect(box.right, drawn.content).toBeLessThanOrEqual(TEXT_RIGHT + 0.01);
        expect(box.top, drawn.content).toBeGreaterThanOrEqual(0);
        expect(drawn.y, drawn.content).toBeLessThanOrEqual(PREVIEW_HEIGHT);
      }
    }
  });

  test('replaces control characters and lone surrogates, so the SVG holds only characters XML allows', () => {
    const svg = renderPreviewSvg({
      timeline: withEvent(RAID.id, { title: 'Bell\u0007 escape\u001b tab\u000b nul\u0000 half\ud800 raid' }),
      highlightId: RAID.id,
    });
    expect(svg.replaceAll('\n', '')).not.toMatch(/[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]/u);
    expect(readWords(svg)).toContain('Bell escape tab nul half raid');
  });

  test('escapes markup characters in every text it draws', () => {
    const svg = renderPreviewSvg({
      timeline: {
        ...withEvent(RAID.id, { title: 'Fish & <chips> "quoted"' }),
        meta: { ...timeline.meta, title: "A <b>bold</b> & 'daring' title" },
      },
      highlightId: RAID.id,
    });
    expect(svg).toContain('&lt;chips&gt;');
    expect(svg).toContain('&amp;');
    expect(svg).not.toContain('<b>');
    expect(svg).not.toContain('<chips>');
  });

  test('refuses an id that is not an event', () => {
    expect(() => renderPreviewSvg({ timeline, highlightId: 'no-such-event' as EventId })).toThrow(/no-such-event/);
  });

  test('refuses a zone that does not exist, naming the field', () => {
    const gotham = { ...timeline, meta: { ...timeline.meta, zone: 'Asia/Gotham' as ZoneName } };
    expect(() => renderPreviewSvg({ timeline: gotham })).toThrow(/meta\.zone "Asia\/Gotham"/);
  });
});

describe('escapeXml', () => {
  test('escapes the five XML special characters', () => {
    expect(escapeXml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &#39; f');
  });
});
