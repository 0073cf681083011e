import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { getMissingBrowserReason, newContext, openPage } from './browser.ts';
import {
  expectNoProblems,
  getChart,
  getLuminance,
  getToolbarButton,
  openTimeline,
  readSettledAxis,
  type DrawnTick,
  useChromium,
  waitForApp,
} from './timelinePage.ts';

const missingBrowser = getMissingBrowserReason();

const STORMING = 'Gunmen burst into the Holey Artisan Bakery';

/** Whether the page scrolls sideways: wider content than its viewport. */
async function readHorizontalOverflow(page: Page) {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
}

/** The colour painted behind an element: its own background, else the nearest ancestor's that is not transparent. */
async function readBackdrop(page: Page, selector: string): Promise<string> {
  return page
    .locator(selector)
    .first()
    .evaluate((start) => {
      for (let node: Element | null = start; node !== null; node = node.parentElement) {
        const colour = getComputedStyle(node).backgroundColor;
        if (colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(colour)) return colour;
      }
      return 'rgb(255, 255, 255)';
    });
}

/**
 * Presses a button from inside the page and reads the axis one frame later, so nothing between the click and the
 * frame waits on the test runner.
 */
async function clickAndReadNextFrame(page: Page, name: string): Promise<DrawnTick[]> {
  const button = getToolbarButton(page, name);
  return button.evaluate(
    (node) =>
      new Promise<DrawnTick[]>((resolve) => {
        (node as HTMLButtonElement).click();
        requestAnimationFrame(() => {
          resolve(
            [...document.querySelectorAll('[role="listbox"] text.time-axis-label')].map((label) => ({
              label: label.textContent,
              x: Number(label.getAttribute('x')),
            })),
          );
        });
      }),
  );
}

describe.skipIf(missingBrowser !== undefined)('the timeline on other devices and settings', () => {
  const chromium = useChromium();

  test('on a 360 px phone the page never scrolls sideways, a tapped mark opens an on-screen sheet, and buttons are big enough', async () => {
    const viewport = { width: 360, height: 740 };
    const result = await openTimeline(chromium.browser, inject('baseUrl'), {
      viewport,
      hasTouch: true,
      isMobile: true,
    });
    chromium.context = result.context;
    const { opened } = result;
    const { page } = opened;

    const atLoad = await readHorizontalOverflow(page);
    expect(atLoad.scrollWidth).toBeLessThanOrEqual(atLoad.clientWidth);

    const buttons = await page.getByRole('toolbar', { name: 'Zoom and pan' }).getByRole('button').all();
    expect(buttons).toHaveLength(5);
    const tooSmall: string[] = [];
    for (const button of buttons) {
      const box = await button.boundingBox();
      if (box === null || box.width < 24 || box.height < 24) {
        tooSmall.push(`${(await button.textContent()) ?? ''}: ${box?.width ?? 0}×${box?.height ?? 0}`);
      }
    }
    expect(tooSmall).toEqual([]);

    await getChart(page)
      .getByRole('option', { name: new RegExp(`^${STORMING}, `) })
      .tap();
    const panel = page.getByRole('region', { name: STORMING, exact: true });
    await panel.waitFor();
    const heading = panel.getByRole('heading', { level: 2, name: STORMING });
    // The sheet is on screen: its heading lies wholly inside the viewport.
    await expect
      .poll(async () => {
        const box = await heading.boundingBox();
        return (
          box !== null &&
          box.y >= 0 &&
          box.y + box.height <= viewport.height &&
          box.x >= 0 &&
          box.x + box.width <= viewport.width
        );
      })
      .toBe(true);
    // A bottom sheet: it runs to the bottom edge, leaves the top of the screen to the page, and stays put while
    // the page scrolls behind it.
    const sheetReach = await panel.evaluate((region, { width, height }) => {
      const isInSheet = (y: number) => {
        const hit = document.elementFromPoint(width / 2, y);
        return hit !== null && region.contains(hit);
      };
      return { atBottom: isInSheet(height - 4), atTop: isInSheet(4) };
    }, viewport);
    expect(sheetReach).toEqual({ atBottom: true, atTop: false });
    const headingTop = (await heading.boundingBox())?.y;
    await page.evaluate(() => {
      window.scrollBy(0, window.scrollY >= 120 ? -120 : 120);
    });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect((await heading.boundingBox())?.y).toBeCloseTo(headingTop ?? Number.NaN, 0);
    const withPanel = await readHorizontalOverflow(page);
    expect(withPanel.scrollWidth).toBeLessThanOrEqual(withPanel.clientWidth);

    await expectNoProblems(opened);
  });

  test('an event’s page on a phone opens with its details sheet in place: nothing shifts as the app starts', async () => {
    const context = await newContext(chromium.browser, {
      viewport: { width: 412, height: 823 },
      hasTouch: true,
      isMobile: true,
    });
    chromium.context = context;
    // Every layout shift from the first paint on, as the browser reports it (what Lighthouse sums as CLS).
    await context.addInitScript(() => {
      const shifts: { value: number; nodes: string[] }[] = [];
      Object.assign(window, { layoutShifts: shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const shift = entry as PerformanceEntry & { value: number; sources: { node?: Node | null }[] };
          shifts.push({ value: shift.value, nodes: shift.sources.map((source) => source.node?.nodeName ?? '?') });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const opened = await openPage(context, new URL('events/gunmen-storm-cafe/', inject('baseUrl')).href);
    const { page } = opened;
    await waitForApp(page);
    await page.getByRole('region', { name: STORMING, exact: true }).waitFor();
    await expectNoProblems(opened);
    const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: unknown[] }).layoutShifts);
    expect(shifts).toEqual([]);
  });

  test('in dark mode the page is dark with light text, the chart included', async () => {
    const result = await openTimeline(chromium.browser, inject('baseUrl'), { colorScheme: 'dark' });
    chromium.context = result.context;
    const { opened } = result;
    const { page } = opened;

    expect(getLuminance(await readBackdrop(page, 'body'))).toBeLessThan(0.05);
    expect(getLuminance(await page.locator('body').evaluate((node) => getComputedStyle(node).color))).toBeGreaterThan(
      0.6,
    );
    expect(
      getLuminance(await page.getByRole('heading', { level: 1 }).evaluate((n) => getComputedStyle(n).color)),
    ).toBeGreaterThan(0.6);
    // The chart follows: a dark plot, light event labels and axis labels.
    expect(getLuminance(await readBackdrop(page, '[role="listbox"]'))).toBeLessThan(0.05);
    const chart = getChart(page);
    expect(
      getLuminance(
        await chart
          .locator('.event-mark-label')
          .first()
          .evaluate((n) => getComputedStyle(n).fill),
      ),
    ).toBeGreaterThan(0.4);
    expect(
      getLuminance(
        await chart
          .locator('text.time-axis-label')
          .first()
          .evaluate((n) => getComputedStyle(n).fill),
      ),
    ).toBeGreaterThan(0.3);

    await expectNoProblems(opened);
  });

  test('with reduced motion a zoom button changes the axis by the very next frame', async () => {
    const result = await openTimeline(chromium.browser, inject('baseUrl'), { reducedMotion: 'reduce' });
    chromium.context = result.context;
    const { opened } = result;
    const { page } = opened;
    const before = await readSettledAxis(page);

    const nextFrame = await clickAndReadNextFrame(page, 'Zoom in');
    expect(nextFrame.map((tick) => tick.label)).not.toEqual(before.map((tick) => tick.label));
    // And that frame was already the end of the move.
    expect(await readSettledAxis(page)).toEqual(nextFrame);

    await expectNoProblems(opened);
  });

  test('without reduced motion the same zoom is animated (the control for the test above)', async () => {
    const result = await openTimeline(chromium.browser, inject('baseUrl'), { reducedMotion: 'no-preference' });
    chromium.context = result.context;
    const { opened } = result;
    const { page } = opened;
    // The zoom code loads at the first sign of intent (src/timeline/useZoom.ts); a press before it has arrived
    // moves the chart at once. Hovering the chart is that sign; once d3-zoom is attached, a zoom is animated. Wait
    // for the attachment itself (d3-zoom keeps its transform on the element's `__zoom`), not for a quiet network:
    // under load the chunk can be in while React has yet to attach it, and the press then moved the chart at once.
    await getChart(page).hover();
    await getChart(page).evaluate(
      (node) =>
        new Promise<void>((resolve) => {
          const check = () => ('__zoom' in node ? resolve() : requestAnimationFrame(check));
          check();
        }),
    );
    await readSettledAxis(page);

    const nextFrame = await clickAndReadNextFrame(page, 'Zoom in');
    expect(await readSettledAxis(page)).not.toEqual(nextFrame);

    await expectNoProblems(opened);
  });
});
