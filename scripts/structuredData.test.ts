// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseTimelineText } from '../src/data/parseTimeline.ts';
import type { EventId } from '../src/data/schema.ts';
import { getStructuredData, renderStructuredData, serialiseJsonLd } from './structuredData.ts';

const result = parseTimelineText(readFileSync(new URL('../src/data/timeline.json', import.meta.url), 'utf8'));
if (!result.ok) throw new Error('src/data/timeline.json does not validate');
const { timeline } = result;
const id = (value: string) => value as EventId;

/** The JSON inside a rendered element, parsed as a crawler would. */
function parseRendered(html: string): Record<string, unknown> {
  const match = /^<script type="application\/ld\+json">([\s\S]*)<\/script>$/.exec(html);
  if (match === null) throw new Error(`not a JSON-LD element: ${html.slice(0, 80)}`);
  return JSON.parse(match[1] ?? '') as Record<string, unknown>;
}

describe('structured data', () => {
  test('the home page is a list of every event, in order, with absolute links when the site’s URL is known', () => {
    const data = parseRendered(renderStructuredData(timeline, undefined, '/sub/', 'https://example.org'));
    expect(data).toMatchObject({ '@type': 'ItemList', name: timeline.meta.title, dateModified: '2026-12-03' });
    const items = data.itemListElement as { position: number; name: string; url: string }[];
    expect(items).toHaveLength(timeline.events.length);
    expect(items[0]).toEqual({
      '@type': 'ListItem',
      position: 1,
      name: timeline.events[0]?.title,
      url: `https://example.org/sub/events/${timeline.events[0]?.id ?? ''}/`,
    });
  });

  test('only the time the report states is an instant; an order-only event has its time in words and no date', () => {
    const stated = getStructuredData(timeline, id('gunmen-storm-cafe'), '/', undefined);
    expect(stated.about).toMatchObject({ '@type': 'Event', startDate: '2016-07-01T21:20:00+06:00' });
    const raid = getStructuredData(timeline, id('troops-raid-cafe'), '/', undefined);
    expect(raid.about).not.toHaveProperty('startDate');
    expect(JSON.stringify(raid)).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect((raid.about as { description: string }).description).toMatch(/When: Time not given: some time after/);
  });

  test('an event gives its place only where the data has one', () => {
    expect(getStructuredData(timeline, id('gunmen-storm-cafe'), '/', undefined).about).toHaveProperty('location', {
      '@type': 'Place',
      name: 'Holey Artisan Bakery',
    });
    expect(getStructuredData(timeline, id('gunmen-killed'), '/', undefined).about).not.toHaveProperty('location');
  });

  test('no text in the data can close the element or open a comment', () => {
    const serialised = serialiseJsonLd({ name: '</script><script>alert(1)</script><!--' });
    expect(serialised).not.toContain('<');
    expect(JSON.parse(serialised)).toEqual({ name: '</script><script>alert(1)</script><!--' });
  });
});
