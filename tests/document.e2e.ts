/**
 * The page as a document: printed (a clean chronology, the chosen event first), described to search engines (the
 * JSON-LD in every built page) and read offline once visited (the service worker).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import type { DeepReadonly } from '../src/data/deepFreeze.ts';
import { indexTimeline } from '../src/data/indexTimeline.ts';
import { parseTimelineText } from '../src/data/parseTimeline.ts';
import type { EventId, Source, TimelineEvent } from '../src/data/schema.ts';
import { capitalise, describeStatusBriefly, getNameInSentence } from '../src/shared/describeStatus.ts';
import { describeEventTime, describeEventTimeBriefly } from '../src/time/describeEventTime.ts';
import { formatCalendarDate } from '../src/time/formatClock.ts';
import { placeEvents } from '../src/time/placeEvents.ts';
import { getMissingBrowserReason, newContext, openPage } from './browser.ts';
import {
  expectNoProblems,
  getChart,
  getChronology,
  getChronologyItem,
  getToolbarButton,
  openTimeline,
  useChromium,
  waitForApp,
} from './timelinePage.ts';

const missingBrowser = getMissingBrowserReason();

const parsed = parseTimelineText(readFileSync(new URL('../src/data/timeline.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('src/data/timeline.json does not validate');
const index = indexTimeline(parsed.timeline);
const { meta, events } = parsed.timeline;
const placements = new Map(placeEvents(events).map((p) => [p.id, p]));
const getTitle = (id: EventId) => index.getEvent(id)?.title ?? id;

function getEvent(id: string): DeepReadonly<TimelineEvent> {
  const event = events.find((e) => e.id === id);
  if (event === undefined) throw new Error(`timeline.json has no ${id} event`);
  return event;
}

/** The event printed first from its own page: an order-only time, and two sources, one with a speaker. */
const RAID = getEvent('troops-raid-cafe');
/** The event read offline after a visit, and the one opened offline without one. */
const ENTRY = getEvent('gunmen-storm-cafe');

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
/** A moment written as ISO 8601 with a clock time: what a JSON-LD date becomes when it claims an instant. */
const ISO_INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** The time as the chronology words it: the bounds for an order-only event, then how precise it is. */
function getChronologyTime(event: DeepReadonly<TimelineEvent>): string {
  const placement = placements.get(event.id);
  if (placement === undefined) throw new Error(`${event.id} has no placement`);
  const { precision } = describeEventTime(event.time, meta.zone, getTitle);
  return `${describeEventTimeBriefly(event.time, placement, meta.zone, getTitle)} · ${precision}`;
}

/** Checks each of `sources` shows in `scope`, in order: its excerpt and a citation naming its paragraph and speaker. */
async function expectSourcesVisible(
  page: Page,
  scope: Locator,
  sources: readonly DeepReadonly<Source>[],
): Promise<void> {
  const items = scope.getByRole('listitem').filter({ has: page.getByRole('blockquote') });
  expect(await items.count()).toBe(sources.length);
  for (const [i, source] of sources.entries()) {
    const item = items.nth(i);
    const excerpt = item.getByRole('blockquote');
    expect(await excerpt.isVisible(), `excerpt ${source.excerpt}`).toBe(true);
    expect((await excerpt.textContent())?.trim()).toBe(source.excerpt);
    const citation = item.getByText(/^Paragraph \d+ of /);
    expect(await citation.isVisible(), `citation of ${source.excerpt}`).toBe(true);
    const speaker = source.saidBy === undefined ? undefined : index.getEntity(source.saidBy);
    const text = await citation.textContent();
    expect(text).toMatch(new RegExp(`^Paragraph ${source.paragraph} of the report, `));
    expect(text).toContain(speaker === undefined ? 'in its own words' : getNameInSentence(speaker));
  }
}

/** The page's controls and the chart, where a reader could see them: empty for a clean printout. */
async function readVisibleControls(page: Page): Promise<string[]> {
  return page
    .locator('button, input, select, textarea, [role="toolbar"], [role="listbox"], .timeline-svg')
    .filter({ visible: true })
    .evaluateAll((nodes) =>
      nodes.map((node) => {
        const name = node.getAttribute('aria-label') ?? node.textContent.trim().slice(0, 40);
        return `${node.tagName.toLowerCase()}${[...node.classList].map((c) => `.${c}`).join('')} "${name}"`;
      }),
    );
}

/** The line only a printout carries: the address it was printed from and when the data last changed. */
function getPrintFooter(page: Page): Locator {
  return page.getByText(/^Printed from /);
}

/** The top and bottom of an element in the page, px. */
async function readBox(locator: Locator): Promise<{ top: number; bottom: number }> {
  return locator.evaluate((node) => {
    const box = node.getBoundingClientRect();
    return { top: box.top + window.scrollY, bottom: box.bottom + window.scrollY };
  });
}

describe.skipIf(missingBrowser !== undefined)('printing', () => {
  const chromium = useChromium();

  test('the home page prints a clean chronology: each event’s time, status and cited passages, and no controls', async () => {
    const { context, opened } = await openTimeline(chromium.browser, inject('baseUrl'));
    chromium.context = context;
    const { page } = opened;
    const firstExcerpt = getChronology(page).getByRole('blockquote').first();
    // On screen the chart and its controls show, the passages wait behind their disclosures and the footer hides.
    expect(await readVisibleControls(page)).not.toEqual([]);
    expect(await firstExcerpt.isVisible()).toBe(false);
    expect(await getPrintFooter(page).isVisible()).toBe(false);

    await page.emulateMedia({ media: 'print' });
    expect(await readVisibleControls(page)).toEqual([]);
    expect(await getChart(page).isVisible()).toBe(false);
    expect(await page.getByRole('toolbar', { name: 'Zoom and pan' }).isVisible()).toBe(false);
    expect(await getToolbarButton(page, 'Zoom in').isVisible()).toBe(false);
    expect(await page.getByRole('heading', { level: 2, name: 'Chronology', exact: true }).isVisible()).toBe(true);

    for (const event of events) {
      const item = getChronologyItem(page, event.title);
      expect(await item.getByRole('heading', { level: 3 }).isVisible(), event.id).toBe(true);
      const time = item
        .getByRole('paragraph')
        .filter({ hasText: ` · ${describeEventTime(event.time, meta.zone, getTitle).precision}` });
      expect(await time.isVisible(), `${event.id}: time`).toBe(true);
      expect((await time.textContent())?.trim()).toBe(getChronologyTime(event));
      const status = item.getByText(capitalise(describeStatusBriefly(event, index)), { exact: true });
      expect(await status.isVisible(), `${event.id}: status`).toBe(true);
      await expectSourcesVisible(page, item, event.sources);
    }

    expect(await getPrintFooter(page).isVisible()).toBe(true);
    expect(await getPrintFooter(page).textContent()).toBe(
      `Printed from ${inject('baseUrl')}. Last updated ${formatCalendarDate(meta.updated)}.`,
    );
    await expectNoProblems(opened);
  });

  test('printing opens every disclosure of the chronology, and closes them again after', async () => {
    const { context, opened } = await openTimeline(chromium.browser, inject('baseUrl'));
    chromium.context = context;
    const { page } = opened;
    const closed = getChronology(page).locator('details:not([open])');
    expect(await closed.count()).toBe(events.length);
    // What a browser without `::details-content` relies on: the page opens them itself when asked to print.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await closed.count()).toBe(0);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await closed.count()).toBe(events.length);
    await expectNoProblems(opened);
  });

  test('an event’s page prints that event first, with its citations, then the chronology', async () => {
    const url = `${inject('baseUrl')}events/${RAID.id}/`;
    const { context, opened } = await openTimeline(chromium.browser, url);
    chromium.context = context;
    const { page } = opened;
    const panel = page.getByRole('region', { name: RAID.title, exact: true });
    const chronologyHeading = page.getByRole('heading', { level: 2, name: 'Chronology', exact: true });
    // On screen the event's details sit beside the chart and the list, not above them.
    expect((await readBox(panel)).bottom).toBeGreaterThan((await readBox(page.getByRole('main'))).top);

    await page.emulateMedia({ media: 'print' });
    expect(await readVisibleControls(page)).toEqual([]);
    const heading = panel.getByRole('heading', { level: 2, name: RAID.title, exact: true });
    expect(await heading.isVisible()).toBe(true);
    expect(await chronologyHeading.isVisible()).toBe(true);
    // The whole of the event's details, citations included, comes before the chronology starts.
    expect((await readBox(panel)).bottom).toBeLessThanOrEqual((await readBox(page.getByRole('main'))).top);
    expect((await readBox(heading)).bottom).toBeLessThan((await readBox(chronologyHeading)).top);
    await expectSourcesVisible(page, panel, RAID.sources);

    expect(await getPrintFooter(page).textContent()).toBe(
      `Printed from ${url}. Last updated ${formatCalendarDate(meta.updated)}.`,
    );
    await expectNoProblems(opened);
  });
});

/** The parsed JSON-LD of a built page; fails unless it holds exactly one such element, and it parses. */
function readStructuredData(path: string): Record<string, unknown> {
  const html = readFileSync(`${DIST}${path}`, 'utf8');
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  expect(scripts, path).toHaveLength(1);
  const data: unknown = JSON.parse(scripts[0]?.[1] ?? '');
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error(`${path}: not an object`);
  return data as Record<string, unknown>;
}

/** Every key anywhere in a JSON value. */
function getKeys(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(getKeys);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => [key, ...getKeys(inner)]);
}

describe('structured data in the built pages', () => {
  test('the home page is a schema.org ItemList of every event, in order', () => {
    const data = readStructuredData('index.html');
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('ItemList');
    expect(data.numberOfItems).toBe(events.length);
    const items = data.itemListElement as { '@type': string; position: number; name: string; url: string }[];
    expect(items.map((item) => item.name)).toEqual(events.map((event) => event.title));
    expect(items.map((item) => item.position)).toEqual(events.map((_, i) => i + 1));
    for (const [i, item] of items.entries()) {
      expect(item['@type']).toBe('ListItem');
      expect(item.url).toMatch(new RegExp(`(^|/)events/${events[i]?.id ?? ''}/$`));
    }
  });

  test('every event page describes its event, and gives an instant only where the report states one', () => {
    const pages = readdirSync(`${DIST}events`).sort();
    const aliases = events.flatMap((event) => (event.aliases ?? []).map((alias) => [alias, event] as const));
    // One page per event, and one per old id, which describes the event that took it over.
    expect(pages).toEqual([...events.map((event) => event.id), ...aliases.map(([alias]) => alias)].sort());
    const describedBy = new Map<string, DeepReadonly<TimelineEvent>>([
      ...events.map((event) => [event.id, event] as const),
      ...aliases,
    ]);
    for (const page of pages) {
      const event = describedBy.get(page);
      if (event === undefined) throw new Error(`dist/events/${page}/ is no event's page`);
      const data = readStructuredData(`events/${page}/index.html`);
      expect(data['@context'], page).toBe('https://schema.org');
      expect(data['@type'], page).toBe('Article');
      expect(data.headline, page).toBe(event.title);
      expect(data.url, page).toMatch(new RegExp(`(^|/)events/${event.id}/$`));
      const about = data.about as Record<string, unknown>;
      expect(about['@type'], page).toBe('Event');
      expect(about.name, page).toBe(event.title);
      expect(about.description, page).toContain(event.summary);
      const keys = getKeys(data);
      switch (event.time.kind) {
        case 'exact':
          expect(about.startDate, page).toBe(event.time.at);
          expect(keys, page).not.toContain('endDate');
          break;
        case 'order':
          // No instant nobody gave: not as a date, and not hidden anywhere else in the page's data.
          expect(keys, page).not.toContain('startDate');
          expect(keys, page).not.toContain('endDate');
          expect(JSON.stringify(data), page).not.toMatch(ISO_INSTANT);
          break;
        default:
          expect(keys, page).not.toContain('endDate');
      }
    }
    expect(events.some((event) => event.time.kind === 'order')).toBe(true);
  });
});

describe.skipIf(missingBrowser !== undefined)('offline', () => {
  const chromium = useChromium();

  test('once visited, the timeline reads offline: a visited event’s page and one never opened', async () => {
    const context = chromium.keep(await newContext(chromium.browser, { serviceWorkers: 'allow' }));
    const base = inject('baseUrl');
    const opened = await openPage(context, base);
    const { page } = opened;
    await waitForApp(page);
    // The worker takes the page over (clients.claim) once it has stored the site.
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await page.goto(`${base}events/${ENTRY.id}/`);
    const entryPanel = page.getByRole('region', { name: ENTRY.title, exact: true });
    await entryPanel.getByRole('heading', { level: 2 }).waitFor();

    await context.setOffline(true);
    const worker = context.serviceWorkers()[0];
    if (worker === undefined) throw new Error('No service worker runs for the site.');
    // Offline for the worker too: whatever it does not hold, it cannot fetch.
    expect(
      await worker.evaluate(() =>
        fetch('/robots.txt').then(
          () => 'fetched',
          () => 'failed',
        ),
      ),
    ).toBe('failed');

    await page.reload();
    // The app runs too, from stored scripts and data: the chart is drawn.
    await waitForApp(page);
    expect(await entryPanel.getByRole('heading', { level: 2, name: ENTRY.title }).isVisible()).toBe(true);
    await expectSourcesVisible(page, entryPanel, ENTRY.sources);

    await page.goto(`${base}events/${RAID.id}/`);
    const raidPanel = page.getByRole('region', { name: RAID.title, exact: true });
    await raidPanel.getByRole('heading', { level: 2, name: RAID.title }).waitFor();
    await expectSourcesVisible(page, raidPanel, RAID.sources);
    await expectNoProblems(opened);
  });
});
