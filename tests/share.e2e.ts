/**
 * The share link's round trip: a reader sets up a view (zone, spacing, a zoomed window, a search, a filter, a
 * chosen event), copies its link with the page's own button, and a friend opens that link in a fresh browser.
 * The friend must see the same view.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { getMissingBrowserReason, newContext, openPage } from './browser.ts';
import {
  expectNoProblems,
  getChart,
  getToolbarButton,
  openTimeline,
  readSettledAxis,
  useChromium,
  waitForApp,
} from './timelinePage.ts';

const STORMING = 'Gunmen burst into the Holey Artisan Bakery';

/** What a reader sees of the view: every part a link is meant to carry. */
async function readView(page: Page) {
  const filters = page.getByRole('group', { name: 'Active filters' });
  return {
    path: new URL(page.url()).pathname,
    zone: await page.getByRole('combobox', { name: 'Show times in' }).inputValue(),
    clockTime: await page.getByRole('radio', { name: /^Clock time/ }).isChecked(),
    axis: (await readSettledAxis(page)).map((tick) => tick.label),
    search: await page.getByRole('searchbox', { name: 'Search events /' }).inputValue(),
    filters: (await filters.count()) === 0 ? [] : await filters.getByRole('button').allTextContents(),
    details: await page
      .getByRole('region', { name: STORMING, exact: true })
      .getByRole('heading', { level: 2 })
      .textContent(),
    selected: await getChart(page).locator('[role="option"][aria-selected="true"]').getAttribute('aria-label'),
  };
}

describe.skipIf(getMissingBrowserReason() !== undefined)('sharing a view', () => {
  const chromium = useChromium();

  test('the copied link, opened in a fresh browser, shows the same view', async () => {
    const baseUrl = inject('baseUrl');
    const { context, opened } = await openTimeline(chromium.browser, baseUrl);
    chromium.context = context;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
    const { page } = opened;

    await page.getByRole('combobox', { name: 'Show times in' }).selectOption('Europe/London');
    await page.getByRole('radio', { name: /^Clock time/ }).check();
    await page.getByRole('searchbox', { name: 'Search events /' }).fill('gunmen');
    await page.locator('summary', { hasText: /^Filters$/ }).click();
    await page.getByRole('checkbox', { name: /^The attack \(/ }).check();
    await getChart(page)
      .getByRole('option', { name: new RegExp(`^${STORMING}, `) })
      .click();
    await page.getByRole('region', { name: STORMING, exact: true }).waitFor();
    // Zoomed last, after the filter and the choice, so the window is the one the reader ends on.
    await getToolbarButton(page, 'Zoom in').click();
    await readSettledAxis(page);
    const shared = await readView(page);

    await page.getByRole('button', { name: 'Copy link to this view' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).origin).toBe(new URL(baseUrl).origin);
    expect(new URL(link).pathname).toBe('/events/gunmen-storm-cafe/');
    // Every part of the view travels in the link: zone, spacing, window, search and filter.
    expect([...new URL(link).searchParams.keys()].sort()).toEqual(['from', 'lane', 'q', 'scale', 'to', 'zone']);
    await expectNoProblems(opened);

    // A friend's browser: a new profile, nothing shared but the link.
    const friend = chromium.keep(await newContext(chromium.browser));
    const received = await openPage(friend, link);
    await waitForApp(received.page);
    await received.page.getByRole('region', { name: STORMING, exact: true }).waitFor();
    await expect.poll(() => readView(received.page)).toEqual(shared);
    expect(shared).toMatchObject({ zone: 'Europe/London', clockTime: true, search: 'gunmen' });
    expect(shared.filters.length).toBeGreaterThan(0);
    await expectNoProblems(received);
  });
});
