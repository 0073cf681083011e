import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { getMissingBrowserReason } from './browser.ts';
import { expectNoProblems, getChart, openTimeline, readSettledAxis, useChromium } from './timelinePage.ts';

const missingBrowser = getMissingBrowserReason();
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The box of a mark's shape on screen, px. */
async function readMarkBox(page: Page, title: string) {
  const shape = getChart(page)
    .getByRole('option', { name: new RegExp(`^${escape(title)}, `) })
    .locator('.event-mark-shape');
  return shape.evaluate((node) => {
    const box = node.getBoundingClientRect();
    return { left: box.left, top: box.top, bottom: box.bottom };
  });
}

/** A sideways swipe of one finger, by CDP touch events, from `from` by `dx` px. */
async function swipe(page: Page, from: { x: number; y: number }, dx: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const point = (x: number) => [{ x, y: from.y, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from.x) });
  for (let i = 1; i <= 8; i += 1) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(from.x + (dx * i) / 8) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

describe.skipIf(missingBrowser !== undefined)('the details column and the story mode', () => {
  const chromium = useChromium();

  test.each(['light', 'dark'] as const)(
    'in the %s theme at 1280 × 800, choosing an event leaves its mark where it was, and the chart never refits',
    async (theme) => {
      const { context, opened } = await openTimeline(chromium.browser, inject('baseUrl'), { colorScheme: theme });
      chromium.context = context;
      const { page } = opened;
      await readSettledAxis(page);
      const width = () => page.locator('.timeline-svg').evaluate((svg) => svg.getBoundingClientRect().width);
      const widthBefore = await width();
      // The title card rests in the column beside the chart until an event is chosen.
      await expect.poll(() => page.getByRole('region', { name: 'The story in brief' }).isVisible()).toBe(true);
      const before = await readMarkBox(page, 'Troops raid the building');
      await getChart(page)
        .getByRole('option', { name: /^Troops raid the building, / })
        .click();
      await page.getByRole('region', { name: 'Troops raid the building', exact: true }).waitFor();
      await readSettledAxis(page);
      const after = await readMarkBox(page, 'Troops raid the building');
      expect(Math.abs(after.left - before.left)).toBeLessThanOrEqual(3);
      expect(Math.abs(after.top - before.top)).toBeLessThanOrEqual(3);
      expect(await width()).toBe(widthBefore);
      await page.getByRole('link', { name: 'Close details' }).click();
      await page.getByRole('region', { name: 'The story in brief' }).waitFor();
      expect(await width()).toBe(widthBefore);
      await expectNoProblems(opened);
    },
  );

  test('by mouse and keyboard: the title card starts the story, steps turn by Next and by →, focus on each heading', async () => {
    const { context, opened } = await openTimeline(chromium.browser, inject('baseUrl'));
    chromium.context = context;
    const { page } = opened;
    await readSettledAxis(page);
    await page.getByRole('link', { name: 'Read it step by step' }).click();
    const first = page.getByRole('heading', { level: 2, name: /^Step 1 of 25\b/ });
    await first.waitFor();
    await expect.poll(() => first.evaluate((node) => node === document.activeElement)).toBe(true);
    expect(new URL(page.url()).search).toBe('?read=story');

    await page.getByRole('link', { name: /^Next event: / }).click();
    await page.getByRole('heading', { level: 2, name: /^Step 2 of 25\b/ }).waitFor();
    await page.keyboard.press('ArrowRight');
    const third = page.getByRole('heading', { level: 2, name: /^Step 3 of 25\b/ });
    await third.waitFor();
    await expect.poll(() => third.evaluate((node) => node === document.activeElement)).toBe(true);
    // The chart shows where the step sits: its mark is the chosen one.
    const title = (await third.textContent())?.replace(/^Step 3 of 25:?\s*/, '') ?? '';
    const chosen = getChart(page).getByRole('option', { selected: true });
    expect(await chosen.getAttribute('aria-label')).toMatch(new RegExp(`^${escape(title)}, `));

    // Back and Forward walk the steps too: each is a history entry named after it.
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: /^Step 2 of 25\b/ }).waitFor();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.getByRole('heading', { level: 2, name: 'The story in brief' }).waitFor();
    await page.getByRole('link', { name: 'Close the story' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await expectNoProblems(opened);
  });

  test('on a phone: the story starts from the first screen, a swipe turns the page, and the step’s mark shows above the sheet', async () => {
    const { context, opened } = await openTimeline(chromium.browser, inject('baseUrl'), PHONE);
    chromium.context = context;
    const { page } = opened;
    await readSettledAxis(page);
    const start = page.getByRole('link', { name: 'Read the story step by step' });
    const startBox = await start.boundingBox();
    expect(startBox === null ? Infinity : startBox.y + startBox.height).toBeLessThanOrEqual(844);
    await start.tap();
    const card = page.getByRole('region', { name: 'The story in brief' });
    await card.waitFor();
    await page.getByRole('link', { name: 'Read it step by step' }).tap();
    await page.getByRole('heading', { level: 2, name: /^Step 1 of 25\b/ }).waitFor();

    const sheet = page.locator('.app-panel');
    const box = await sheet.boundingBox();
    if (box === null) throw new Error('The sheet is not drawn.');
    await swipe(page, { x: box.x + box.width * 0.8, y: box.y + 120 }, -200);
    const second = page.getByRole('heading', { level: 2, name: /^Step 2 of 25\b/ });
    await second.waitFor();
    await swipe(page, { x: box.x + box.width * 0.2, y: box.y + 120 }, 200);
    await page.getByRole('heading', { level: 2, name: /^Step 1 of 25\b/ }).waitFor();
    await swipe(page, { x: box.x + box.width * 0.8, y: box.y + 120 }, -200);
    await second.waitFor();

    // The step's mark is scrolled clear of the sheet, so the chart shows where the step sits.
    const title = (await second.textContent())?.replace(/^Step 2 of 25:?\s*/, '') ?? '';
    await expect
      .poll(async () => {
        const mark = await readMarkBox(page, title);
        const sheetTop = (await sheet.boundingBox())?.y ?? 0;
        return mark.top >= 0 && mark.bottom <= sheetTop;
      })
      .toBe(true);
    await expectNoProblems(opened);
  });
});
