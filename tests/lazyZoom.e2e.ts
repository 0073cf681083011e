import type { Page, Route } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { getMissingBrowserReason, type RecordedPage } from './browser.ts';
import {
  expectNoProblems,
  findEmptyPlotPoint,
  getAxisScale,
  getChart,
  openTimeline,
  readAxisLabels,
  readSettledAxis,
  useChromium,
} from './timelinePage.ts';

const missingBrowser = getMissingBrowserReason();

/** The chunk that attaches d3-zoom to the chart (src/timeline/createChartZoom.ts), as the build names it. */
const ZOOM_CHUNK = /\/assets\/createChartZoom-[^/]+\.js$/;

/** A page whose scripts asked for after the first view are held back, as on a very slow network, until released. */
interface HeldPage {
  opened: RecordedPage;
  page: Page;
  /** True while the zoom chunk has been asked for and is held back. */
  isZoomChunkHeld: () => boolean;
  /** Lets every held script through, and every later one. */
  release: () => Promise<void>;
}

/** True once the link holds a window (the reader's zoom was written to it). */
function hasWindowInLink(page: Page): boolean {
  return new URL(page.url()).searchParams.has('from');
}

describe.skipIf(missingBrowser !== undefined)(
  'the zoom code loads on intent, and the first gesture waits for it',
  () => {
    const chromium = useChromium();

    /**
     * Opens the home page on the clock scale and waits until it is interactive, then holds back every script it
     * asks for from then on: the zoom chunk (with d3-zoom and d3-transition) and anything else loaded on demand.
     * Service workers are blocked so that every request reaches the route.
     */
    async function openHeld(): Promise<HeldPage> {
      const url = new URL('?scale=chronological', inject('baseUrl')).href;
      const { context, opened } = await openTimeline(chromium.browser, url, { serviceWorkers: 'block' });
      chromium.context = context;
      const { page } = opened;
      await page.waitForFunction(() => performance.getEntriesByName('timeline-interactive').length > 0);
      const held: Route[] = [];
      let isHolding = true;
      await page.route(/\/assets\/[^/]+\.js$/, async (route) => {
        if (isHolding) held.push(route);
        else await route.fallback();
      });
      return {
        opened,
        page,
        isZoomChunkHeld: () => held.some((route) => ZOOM_CHUNK.test(route.request().url())),
        release: async () => {
          isHolding = false;
          await Promise.all(held.splice(0).map((route) => route.fallback()));
        },
      };
    }

    test('a Ctrl + wheel made before the zoom code arrives zooms the chart once it does', async () => {
      const { opened, page, isZoomChunkHeld, release } = await openHeld();
      const whole = await readSettledAxis(page);
      const point = await findEmptyPlotPoint(page);

      // The pointer coming over the chart asks for the zoom code, which the slow network holds back.
      await page.mouse.move(point.x, point.y);
      await expect.poll(isZoomChunkHeld).toBe(true);
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, -300);
      await page.keyboard.up('Control');
      // Nothing can zoom yet: the chart still shows the whole story.
      expect(await readSettledAxis(page)).toEqual(whole);
      expect(isZoomChunkHeld()).toBe(true);

      await release();
      await expect.poll(() => readAxisLabels(page)).not.toEqual(whole.map((tick) => tick.label));
      const zoomed = getAxisScale(await readSettledAxis(page));
      expect(zoomed.minutesPerPixel).toBeLessThan(getAxisScale(whole).minutesPerPixel * 0.8);
      // The wheel was the reader's own move: it is written to the link once it settles.
      await expect.poll(() => hasWindowInLink(page)).toBe(true);

      await expectNoProblems(opened);
    });

    test('"+" pressed on the focused chart before the zoom code arrives zooms at once, and the code carries on from there', async () => {
      const { opened, page, isZoomChunkHeld, release } = await openHeld();
      const whole = await readSettledAxis(page);

      // Focus coming into the chart asks for the zoom code, which the slow network holds back.
      await getChart(page).getByRole('option').first().focus();
      await expect.poll(isZoomChunkHeld).toBe(true);
      await page.keyboard.press('+');
      await expect.poll(() => readAxisLabels(page)).not.toEqual(whole.map((tick) => tick.label));
      const zoomedAxis = await readSettledAxis(page);
      const zoomed = getAxisScale(zoomedAxis);
      // One press zooms in twofold, about the focused mark, without waiting for the code.
      expect(zoomed.minutesPerPixel).toBeCloseTo(getAxisScale(whole).minutesPerPixel / 2, 1);
      expect(isZoomChunkHeld()).toBe(true);
      await expect.poll(() => hasWindowInLink(page)).toBe(true);

      await release();
      // d3-zoom takes the chart over where the key left it: its first wheel zooms on from there, not from the whole.
      await expect
        .poll(() =>
          page.evaluate(() =>
            performance.getEntriesByType('resource').some((entry) => entry.name.includes('/createChartZoom-')),
          ),
        )
        .toBe(true);
      expect(await readSettledAxis(page)).toEqual(zoomedAxis);
      const point = await findEmptyPlotPoint(page);
      await page.mouse.move(point.x, point.y);
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, -100);
      await page.keyboard.up('Control');
      await expect.poll(() => readAxisLabels(page)).not.toEqual(zoomedAxis.map((tick) => tick.label));
      const further = getAxisScale(await readSettledAxis(page));
      expect(further.minutesPerPixel).toBeLessThan(zoomed.minutesPerPixel);
      expect(further.minutesPerPixel).toBeGreaterThan(zoomed.minutesPerPixel * 0.6);

      await expectNoProblems(opened);
    });
  },
);
