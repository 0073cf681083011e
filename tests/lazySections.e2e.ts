import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { getMissingBrowserReason } from './browser.ts';
import { expectNoProblems, getChart, openHeld, useChromium } from './timelinePage.ts';

const missingBrowser = getMissingBrowserReason();

/** The chunks the first view leaves out, as the build names them: they load on intent or when near. */
const LATER_CHUNKS = {
  filters: /\/assets\/FilterControls-[^/]+\.js$/,
  matching: /\/assets\/matchView-[^/]+\.js$/,
  help: /\/assets\/TimelineHelp-[^/]+\.js$/,
  footer: /\/assets\/AboutTimeline-[^/]+\.js$/,
};

/** The scripts the page has loaded so far, by URL. */
function getLoadedScripts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.endsWith('.js')),
  );
}

describe.skipIf(missingBrowser !== undefined)(
  'the toolbar’s filters and matching, the chart’s help and the footer load on intent, and a first action waits for them',
  () => {
    const chromium = useChromium();

    const openHomeHeld = () => openHeld(chromium, inject('baseUrl'), { waitForFirstView: true });

    test('the first view loads none of them', async () => {
      const { opened, page } = await openHomeHeld();
      const loaded = await getLoadedScripts(page);
      for (const chunk of Object.values(LATER_CHUNKS)) expect(loaded.filter((url) => chunk.test(url))).toEqual([]);
      await expectNoProblems(opened);
    });

    test('“Filters” pressed before its code arrives opens with its options once it does', async () => {
      const { opened, page, isHeld, release } = await openHomeHeld();
      const filters = page.getByText('Filters', { exact: true });
      await filters.hover();
      await expect.poll(() => isHeld(LATER_CHUNKS.filters)).toBe(true);
      await filters.click();
      // The disclosure waits for its code rather than open unseen by it.
      expect(await page.locator('.filters-panel').evaluate((details: HTMLDetailsElement) => details.open)).toBe(false);

      await release();
      const stated = page.getByRole('checkbox', { name: /^Stated by the report \(\d+ events\)$/ });
      await stated.waitFor();
      await stated.check();
      await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe('stated');
      await expect.poll(() => page.getByText(/^Showing \d+ of 25 events\.$/).count()).toBe(1);
      await expectNoProblems(opened);
    });

    test('a search typed before the matching arrives highlights its matches once it does', async () => {
      const { opened, page, isHeld, release } = await openHomeHeld();
      const box = page.getByRole('searchbox', { name: /Search events/ });
      await box.focus();
      await expect.poll(() => isHeld(LATER_CHUNKS.matching)).toBe(true);
      await box.pressSequentially('rizvi');
      expect(
        await getChart(page)
          .getByRole('option', { name: /, matches$/ })
          .count(),
      ).toBe(0);

      await release();
      await page.getByText('3 of 25 events match your search; they are highlighted.').waitFor();
      expect(
        await getChart(page)
          .getByRole('option', { name: /, matches$/ })
          .count(),
      ).toBe(3);
      await expectNoProblems(opened);
    });

    test('“How to read the chart” pressed before its code arrives opens once it does', async () => {
      const { opened, page, isHeld, release } = await openHomeHeld();
      const legend = page.getByText('How to read the chart', { exact: true });
      await legend.scrollIntoViewIfNeeded();
      await legend.hover();
      await expect.poll(() => isHeld(LATER_CHUNKS.help)).toBe(true);
      await legend.click();

      await release();
      await page.getByRole('heading', { name: 'How well the time is known (shape)' }).waitFor();
      expect(await page.locator('details.legend').evaluate((details: HTMLDetailsElement) => details.open)).toBe(true);
      await expectNoProblems(opened);
    });

    test('the footer’s code loads as a reader comes near it', async () => {
      const { opened, page, isHeld, release } = await openHomeHeld();
      expect(isHeld(LATER_CHUNKS.footer)).toBe(false);
      await page.getByRole('heading', { name: 'About this timeline' }).scrollIntoViewIfNeeded();
      await expect.poll(() => isHeld(LATER_CHUNKS.footer)).toBe(true);
      await release();
      await expect
        .poll(async () => (await getLoadedScripts(page)).some((url) => LATER_CHUNKS.footer.test(url)))
        .toBe(true);
      await expectNoProblems(opened);
    });
  },
);
