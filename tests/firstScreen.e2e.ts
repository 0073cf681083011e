import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { getMissingBrowserReason, newContext, openPage } from './browser.ts';
import {
  expectNoProblems,
  getChart,
  getLiveRegion,
  openTimeline,
  readDataEvents,
  readSettledAxis,
  useChromium,
} from './timelinePage.ts';

const missingBrowser = getMissingBrowserReason();

const SIZES = [
  { name: '1280 × 800', viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false },
  { name: '390 × 844 touch', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
] as const;
const THEMES = ['light', 'dark'] as const;

/** Every drawn mark label's text and box, and the plot's box, in page pixels. */
async function readDrawnLabels(page: Page) {
  return page.evaluate(() => {
    const plot = document.querySelector('.timeline-svg')?.getBoundingClientRect();
    const labels = [...document.querySelectorAll('.timeline-svg .event-mark-label')].map((label) => {
      const box = label.getBoundingClientRect();
      return { text: label.textContent, left: box.left, right: box.right, top: box.top, bottom: box.bottom };
    });
    const ticks = [...document.querySelectorAll('.timeline-svg .time-axis-label')].map((label) => {
      const box = label.getBoundingClientRect();
      return { text: label.textContent, left: box.left, right: box.right };
    });
    return { plot: plot === undefined ? undefined : { left: plot.left, right: plot.right }, labels, ticks };
  });
}

/** Pairs of axis labels drawn on one row that overlap, as "left | right"; none on a readable axis. */
async function readOverlappingAxisLabels(page: Page): Promise<{ labels: number; overlaps: string[] }> {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll('.timeline-svg .time-axis-label')]
      .filter((label) => label.textContent !== '')
      .map((label) => {
        const box = label.getBoundingClientRect();
        return { text: label.textContent, left: box.left, right: box.right, row: Math.round(box.top) };
      });
    const overlaps = boxes.flatMap((a) =>
      boxes
        .filter((b) => a !== b && a.row === b.row && a.left <= b.left && a.right > b.left)
        .map((b) => `${a.text} | ${b.text}`),
    );
    return { labels: boxes.length, overlaps };
  });
}

/** The text of every button on the page that could be pressed: not disabled, nor inside a disabled fieldset. */
async function readLiveButtons(page: Page): Promise<string[]> {
  return page.locator('button:enabled').allTextContents();
}

/** Every link in `scope`: the path it leads to and its text. */
async function readLinks(scope: Locator): Promise<{ path: string; text: string }[]> {
  return scope
    .getByRole('link')
    .evaluateAll((links) =>
      links.map((link) => ({ path: new URL((link as HTMLAnchorElement).href).pathname, text: link.textContent })),
    );
}

describe.skipIf(missingBrowser !== undefined)('the first screen tells the story', () => {
  const chromium = useChromium();
  const titles = new Map(readDataEvents().map((e) => [e.id, e.title]));

  describe.each(SIZES)('at $name', (size) => {
    test.each(THEMES)(
      'in the %s theme: the chart starts in the top half, every title whole and inside it',
      async (theme) => {
        const { context, opened } = await openTimeline(chromium.browser, inject('baseUrl'), {
          viewport: size.viewport,
          isMobile: size.isMobile,
          hasTouch: size.hasTouch,
          colorScheme: theme,
        });
        chromium.context = context;
        const { page } = opened;
        await readSettledAxis(page);
        const plotTop = await page.locator('.timeline-plot').evaluate((plot) => plot.getBoundingClientRect().top);
        expect(plotTop).toBeLessThanOrEqual(size.viewport.height / 2);

        const { plot, labels, ticks } = await readDrawnLabels(page);
        if (plot === undefined) throw new Error('The chart is not drawn.');
        // The default view draws every event, each label its whole title: nothing cut with "…".
        expect(labels).toHaveLength(titles.size);
        expect(labels.filter((label) => label.text.endsWith('…'))).toEqual([]);
        expect(new Set(labels.map((label) => label.text))).toEqual(new Set(titles.values()));
        // Nothing is clipped at the chart's edges: no label, and no axis label, runs past them.
        const outside = [...labels, ...ticks].filter((label) => label.left < plot.left || label.right > plot.right);
        expect(outside).toEqual([]);
        await expectNoProblems(opened);
      },
    );
  });

  describe.skipIf(inject('harnessUrl') === '')('a crowded story axis: 1,000 generated events (the harness)', () => {
    test.each(SIZES)('at $name, no two axis labels on a row overlap, before or after zooming in', async (size) => {
      const url = `${inject('harnessUrl')}?timeline=generated-1000`;
      const { context, opened } = await openTimeline(chromium.browser, url, {
        viewport: size.viewport,
        isMobile: size.isMobile,
        hasTouch: size.hasTouch,
      });
      chromium.context = context;
      const { page } = opened;
      await readSettledAxis(page);
      const whole = await readOverlappingAxisLabels(page);
      // Enough labels to crowd the axis, so the check means something.
      expect(whole.labels).toBeGreaterThanOrEqual(4);
      expect(whole.overlaps).toEqual([]);
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await readSettledAxis(page);
      expect((await readOverlappingAxisLabels(page)).overlaps).toEqual([]);
    });
  });

  test('each mark names its title, its time in words and on whose word it rests', async () => {
    const { context, opened } = await openTimeline(chromium.browser, inject('baseUrl'));
    chromium.context = context;
    const chart = getChart(opened.page);
    await expect
      .poll(() => chart.getByRole('option', { name: /^The group claims the attack, .+, claimed by / }).count())
      .toBe(1);
    const names = await chart
      .getByRole('option')
      .evaluateAll((options) => options.map((option) => option.getAttribute('aria-label') ?? ''));
    expect(names).toHaveLength(titles.size);
    for (const name of names) {
      expect(name).toMatch(
        /, (stated by the report|attributed to .+|claimed by .+|not confirmed(:| by) .+|disputed by .+)/,
      );
    }
  });

  test('a link with a window opens on it and the live status names that window', async () => {
    const url = new URL('?from=security-forces-repelled&to=renzi-statement', inject('baseUrl')).href;
    const { context, opened } = await openTimeline(chromium.browser, url);
    chromium.context = context;
    await expect
      .poll(() => getLiveRegion(opened.page).textContent())
      .toMatch(/^Showing steps 3 to 5 of 6 in the story: \d+ of 25 events shown\.$/);
    await expectNoProblems(opened);
  });

  test('the tab’s title follows the chosen event, so each history entry is named after what it shows', async () => {
    const { context, opened } = await openTimeline(chromium.browser, inject('baseUrl'));
    chromium.context = context;
    const { page } = opened;
    const home = await page.title();
    await getChart(page)
      .getByRole('option', { name: /^Troops raid the building, / })
      .click();
    await expect.poll(() => page.title()).toMatch(/^Troops raid the building/);
    await page.goBack();
    await expect.poll(() => page.title()).toBe(home);
  });

  test('zooming by button keeps the chosen event where it is on screen', async () => {
    const { context, opened } = await openTimeline(chromium.browser, inject('baseUrl'));
    chromium.context = context;
    const { page } = opened;
    const raid = getChart(page).getByRole('option', { name: /^Troops raid the building, / });
    await raid.click();
    await page.getByRole('region', { name: 'Troops raid the building', exact: true }).waitFor();
    const shapeLeft = () => raid.locator('.event-mark-shape').evaluate((shape) => shape.getBoundingClientRect().left);
    await readSettledAxis(page);
    const before = await shapeLeft();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await readSettledAxis(page);
    expect(Math.abs((await shapeLeft()) - before)).toBeLessThanOrEqual(2);
    // The zoom did happen: the columns are further apart.
    expect(await page.getByRole('button', { name: 'Zoom out' }).isEnabled()).toBe(true);
  });

  test('on a phone the details sheet never hides the mark just tapped', async () => {
    const { context, opened } = await openTimeline(chromium.browser, inject('baseUrl'), {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    chromium.context = context;
    const { page } = opened;
    const mark = getChart(page).getByRole('option', { name: /^Troops raid the building, / });
    // Bring the mark low on the screen, where the sheet will rise.
    await mark.evaluate((node) => {
      window.scrollBy(0, node.getBoundingClientRect().top - window.innerHeight * 0.8);
    });
    await mark.tap();
    const sheet = page.getByRole('region', { name: 'Troops raid the building', exact: true });
    await sheet.waitFor();
    await expect
      .poll(async () => {
        const sheetTop = await page.locator('.app-panel').evaluate((panel) => panel.getBoundingClientRect().top);
        const box = await mark.locator('.event-mark-shape').evaluate((shape) => shape.getBoundingClientRect());
        return box.top >= 0 && box.bottom <= sheetTop;
      })
      .toBe(true);
  });

  test('without JavaScript every event page links to every other through the chronology, and no control is live', async () => {
    const context = chromium.keep(await newContext(chromium.browser, { javaScriptEnabled: false }));
    const base = inject('baseUrl');
    const ids = readDataEvents().map((e) => e.id);
    for (const id of ids.filter((_, i) => i % 6 === 0)) {
      const opened = await openPage(context, new URL(`events/${id}/`, base).href);
      const { page } = opened;
      const hrefs = await page
        .getByRole('list', { name: 'Chronology of events' })
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
      expect(hrefs).toEqual(ids.map((other) => `/events/${other}/`));
      // The panel's own way out and on are links too.
      expect(await page.getByRole('link', { name: 'Close details' }).getAttribute('href')).toBe('/');
      // The controls that need the app are disabled, not dead.
      for (const name of ['Zoom in', 'Copy link to this view']) {
        expect(await page.getByRole('button', { name, exact: true }).isDisabled(), name).toBe(true);
      }
      expect(await page.getByRole('searchbox', { name: 'Search events /' }).isDisabled()).toBe(true);
      expect(await readLiveButtons(page), id).toEqual([]);
      expect(await page.locator('noscript').first().textContent()).not.toMatch(/needs JavaScript to show/);
    }
  });

  test('without JavaScript the home page has no button to press, and the index and the ledger link each event to its page', async () => {
    const context = chromium.keep(await newContext(chromium.browser, { javaScriptEnabled: false }));
    const { page } = await openPage(context, inject('baseUrl'));
    expect(await readLiveButtons(page)).toEqual([]);
    // The highlight toggles are there, disabled, until the app runs.
    const people = page.getByRole('region', { name: 'People, organisations and places' });
    const toggles = people.getByRole('button', { name: 'Highlight its events on the timeline' });
    expect(await toggles.count()).toBeGreaterThan(0);
    expect(await toggles.evaluateAll((buttons) => buttons.every((b) => (b as HTMLButtonElement).disabled))).toBe(true);

    const isEventPage = ({ path, text }: { path: string; text: string }) => {
      const id = /^\/events\/([^/]+)\/$/.exec(path)?.[1];
      return id !== undefined && titles.get(id) === text;
    };
    // Each entry's events wait behind a disclosure, which opens without JavaScript.
    for (const summary of await people.locator('summary', { hasText: /^Events/ }).all()) await summary.click();
    const indexLinks = await readLinks(people);
    expect(indexLinks.length).toBeGreaterThan(0);
    expect(indexLinks.filter((link) => !isEventPage(link))).toEqual([]);
    const rizvi = people.getByRole('article', { name: 'Gowher Rizvi', exact: true });
    expect((await readLinks(rizvi)).map((link) => link.path)).toEqual([
      '/events/guards-spot-gunmen/',
      '/events/gunmen-storm-cafe/',
      '/events/rizvi-account/',
    ]);

    // One event link in each row of each table: every figure leads to the event it belongs to.
    const ledger = page.getByRole('region', { name: 'What the numbers are' });
    const ledgerLinks = await readLinks(ledger);
    expect(ledgerLinks).toHaveLength(await ledger.locator('tbody tr').count());
    expect(ledgerLinks.filter((link) => !isEventPage(link))).toEqual([]);
  });
});
