import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { getMissingBrowserReason } from './browser.ts';
import {
  expectNoProblems,
  findEmptyPlotPoint,
  getAxisScale,
  getChart,
  openHeld,
  readAxisLabels,
  readSettledAxis,
  useChromium,
} from './timelinePage.ts';

const missingBrowser = getMissingBrowserReason();

/** The chunk that attaches d3-zoom to the chart (src/timeline/createChartZoom.ts), as the build names it. */
const ZOOM_CHUNK = /\/assets\/createChartZoom-[^/]+\.js$/;

/** True once the link holds a window (the reader's zoom was written to it). */
function hasWindowInLink(page: Page): boolean {
  return new URL(page.url()).searchParams.has('from');
}

describe.skipIf(missingBrowser !== undefined)(
  'the zoom code loads on intent, and the first gesture waits for it',
  () => {
    const chromium = useChromium();

    /** The home page on the clock scale, its chunks loaded on demand (the zoom chunk with d3-zoom) held back. */
    const openClockHeld = () => openHeld(chromium, new URL('?scale=chronological', inject('baseUrl')).href);

    test('a Ctrl + wheel made before the zoom code arrives zooms the chart once it does', async () => {
      const { opened, page, isHeld, release } = await openClockHeld();
      const whole = await readSettledAxis(page);
      const point = await findEmptyPlotPoint(page);

      // The pointer coming over the chart asks for the zoom code, which the slow network holds back.
      await page.mouse.move(point.x, point.y);
      await expect.poll(() => isHeld(ZOOM_CHUNK)).toBe(true);
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, -300);
      await page.keyboard.up('Control');
      // Nothing can zoom yet: the chart still shows the whole story.
      expect(await readSettledAxis(page)).toEqual(whole);
      expect(isHeld(ZOOM_CHUNK)).toBe(true);

      await release();
      await expect.poll(() => readAxisLabels(page)).not.toEqual(whole.map((tick) => tick.label));
      const zoomed = getAxisScale(await readSettledAxis(page));
      expect(zoomed.minutesPerPixel).toBeLessThan(getAxisScale(whole).minutesPerPixel * 0.8);
      // The wheel was the reader's own move: it is written to the link once it settles.
      await expect.poll(() => hasWindowInLink(page)).toBe(true);

      await expectNoProblems(opened);
    });

    test('"+" pressed on the focused chart before the zoom code arrives zooms at once, and the code carries on from there', async () => {
      const { opened, page, isHeld, release } = await openClockHeld();
      const whole = await readSettledAxis(page);

      // Focus coming into the chart asks for the zoom code, which the slow network holds back.
      await getChart(page).getByRole('option').first().focus();
      await expect.poll(() => isHeld(ZOOM_CHUNK)).toBe(true);
      await page.keyboard.press('+');
      await expect.poll(() => readAxisLabels(page)).not.toEqual(whole.map((tick) => tick.label));
      const zoomedAxis = await readSettledAxis(page);
      const zoomed = getAxisScale(zoomedAxis);
      // One press zooms in twofold, about the focused mark, without waiting for the code.
      expect(zoomed.minutesPerPixel).toBeCloseTo(getAxisScale(whole).minutesPerPixel / 2, 1);
      expect(isHeld(ZOOM_CHUNK)).toBe(true);
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
