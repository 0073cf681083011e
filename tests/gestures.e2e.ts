import type { BrowserContextOptions, CDPSession, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { getMissingBrowserReason, type RecordedPage } from './browser.ts';
import {
  expectNoProblems,
  findEmptyPlotPoint,
  getAxisScale,
  getChart,
  getToolbarButton,
  openTimeline,
  readAxisLabels,
  readSettledAxis,
  useChromium,
  type AxisScale,
  type DrawnTick,
} from './timelinePage.ts';

const missingBrowser = getMissingBrowserReason();

/** A phone held upright, with touch. */
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** One finger on the screen, in viewport px; `id` tells the fingers of one gesture apart. */
interface Finger {
  x: number;
  y: number;
  id: number;
}

/** Where the fingers start and where each ends, same order and ids. */
interface TouchPath {
  from: readonly Finger[];
  to: readonly Finger[];
}

/** How many moves a touch gesture is sent in: enough for the browser to see a swipe, not a jump. */
const TOUCH_STEPS = 10;

/**
 * Puts the fingers down, moves them in a straight line in {@link TOUCH_STEPS} steps, one frame apart, and lifts
 * them: a real touch gesture, through the browser's own input pipeline (CDP), so the page's touch-action and
 * scrolling apply as they would under a finger.
 */
async function touchGesture(page: Page, cdp: CDPSession, { from, to }: TouchPath): Promise<void> {
  const nextFrame = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [...from] });
  await nextFrame();
  for (let step = 1; step <= TOUCH_STEPS; step += 1) {
    const share = step / TOUCH_STEPS;
    const touchPoints = from.map((finger, i) => {
      const end = to[i] ?? finger;
      return { id: finger.id, x: finger.x + (end.x - finger.x) * share, y: finger.y + (end.y - finger.y) * share };
    });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints });
    await nextFrame();
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** The page's vertical scroll, px. */
async function readScrollY(page: Page): Promise<number> {
  return page.evaluate(() => window.scrollY);
}

/**
 * A point over empty plot (lane background, no mark) in the lower half of the screen, so a finger put there has
 * room to swipe up over the chart. On a phone the lanes stack taller than the screen, so there is one.
 */
async function findLowEmptyPlotPoint(page: Page): Promise<{ x: number; y: number }> {
  await getChart(page).scrollIntoViewIfNeeded();
  const point = await getChart(page).evaluate((svg) => {
    const box = svg.getBoundingClientRect();
    for (let y = Math.min(box.bottom, window.innerHeight) - 20; y > window.innerHeight / 2; y -= 7) {
      for (let x = box.left + box.width / 2; x < box.right - 20; x += 13) {
        const hit = document.elementFromPoint(x, y);
        if (hit !== null && svg.contains(hit) && hit.closest('[role="option"]') === null) return { x, y };
      }
    }
    return undefined;
  });
  if (point === undefined) throw new Error('No empty spot over the plot low on the screen to swipe up from.');
  return point;
}

/** The labels of a read axis, left to right. */
function getLabels(ticks: readonly DrawnTick[]): string[] {
  return ticks.map((tick) => tick.label);
}

/** How many px of the chart the window moved from `before` to `after`: positive when later times came in. */
function getShiftInPixels(before: AxisScale, after: AxisScale): number {
  return (after.minutesAtLeftEdge - before.minutesAtLeftEdge) / before.minutesPerPixel;
}

describe.skipIf(missingBrowser !== undefined)('gestures over the chart respect the page', () => {
  const chromium = useChromium();
  let opened: RecordedPage;
  let page: Page;

  /** Opens the home page on the clock scale (whose axis reads as Dhaka times) in a fresh profile. */
  async function open(options: BrowserContextOptions = {}): Promise<void> {
    const url = new URL('?scale=chronological', inject('baseUrl')).href;
    const result = await openTimeline(chromium.browser, url, options);
    chromium.context = result.context;
    opened = result.opened;
    page = opened.page;
  }

  /** Zooms in once by the toolbar (at 1× there is nothing to pan) and returns the settled axis. */
  async function zoomInByButton(): Promise<DrawnTick[]> {
    const whole = await readSettledAxis(page);
    await getToolbarButton(page, 'Zoom in').click();
    await expect.poll(() => readAxisLabels(page)).not.toEqual(getLabels(whole));
    return readSettledAxis(page);
  }

  test('a sideways wheel over the plot pans later, and back earlier, zooming nothing and scrolling no page', async () => {
    await open();
    const zoomed = await zoomInByButton();
    const zoomedScale = getAxisScale(zoomed);
    const point = await findEmptyPlotPoint(page);
    const scrolled = await readScrollY(page);
    await page.mouse.move(point.x, point.y);

    await page.mouse.wheel(200, 0);
    await expect.poll(() => readAxisLabels(page)).not.toEqual(getLabels(zoomed));
    const later = await readSettledAxis(page);
    const laterScale = getAxisScale(later);
    // The same zoom, the story moved 200 px to the left: later times came in from the right.
    expect(laterScale.minutesPerPixel).toBeCloseTo(zoomedScale.minutesPerPixel, 2);
    expect(getShiftInPixels(zoomedScale, laterScale)).toBeGreaterThan(190);
    expect(getShiftInPixels(zoomedScale, laterScale)).toBeLessThan(210);
    expect(await readScrollY(page)).toBe(scrolled);

    await page.mouse.wheel(-200, 0);
    await expect.poll(() => readAxisLabels(page)).not.toEqual(getLabels(later));
    const back = getAxisScale(await readSettledAxis(page));
    expect(back.minutesPerPixel).toBeCloseTo(zoomedScale.minutesPerPixel, 2);
    expect(getShiftInPixels(laterScale, back)).toBeLessThan(-190);
    expect(getShiftInPixels(laterScale, back)).toBeGreaterThan(-210);
    expect(await readScrollY(page)).toBe(scrolled);

    await expectNoProblems(opened);
  });

  describe('on a 390 × 844 touch screen', () => {
    test('one finger swiping up over the chart scrolls the page and leaves the chart where it was', async () => {
      await open(PHONE);
      const cdp = await page.context().newCDPSession(page);
      // Zoomed in, so a finger the chart caught would pan it.
      const zoomed = await zoomInByButton();
      const start = await findLowEmptyPlotPoint(page);
      const scrolled = await readScrollY(page);

      // A thumb's swipe is never quite straight: 12 px sideways on the way up 240.
      const end = { x: start.x + 12, y: start.y - 240, id: 0 };
      await touchGesture(page, cdp, { from: [{ ...start, id: 0 }], to: [end] });

      await expect.poll(() => readScrollY(page)).toBeGreaterThan(scrolled + 100);
      expect(await readSettledAxis(page)).toEqual(zoomed);

      await expectNoProblems(opened);
    });

    test('two fingers spreading over the plot zoom in, and two fingers moving sideways pan', async () => {
      await open(PHONE);
      const cdp = await page.context().newCDPSession(page);
      const whole = await readSettledAxis(page);
      const wholeScale = getAxisScale(whole);
      const centre = await findEmptyPlotPoint(page);
      const scrolled = await readScrollY(page);

      await touchGesture(page, cdp, {
        from: [
          { x: centre.x - 30, y: centre.y, id: 0 },
          { x: centre.x + 30, y: centre.y, id: 1 },
        ],
        to: [
          { x: centre.x - 90, y: centre.y, id: 0 },
          { x: centre.x + 90, y: centre.y, id: 1 },
        ],
      });
      await expect.poll(() => readAxisLabels(page)).not.toEqual(getLabels(whole));
      const pinched = await readSettledAxis(page);
      const pinchedScale = getAxisScale(pinched);
      // The fingers spread to three times their distance: about a third of the minutes per pixel.
      expect(pinchedScale.minutesPerPixel).toBeLessThan(wholeScale.minutesPerPixel * 0.5);
      expect(await getToolbarButton(page, 'Zoom out').isEnabled()).toBe(true);
      expect(await readScrollY(page)).toBe(scrolled);

      await touchGesture(page, cdp, {
        from: [
          { x: centre.x + 20, y: centre.y, id: 0 },
          { x: centre.x + 80, y: centre.y, id: 1 },
        ],
        to: [
          { x: centre.x - 80, y: centre.y, id: 0 },
          { x: centre.x - 20, y: centre.y, id: 1 },
        ],
      });
      await expect.poll(() => readAxisLabels(page)).not.toEqual(getLabels(pinched));
      const panned = getAxisScale(await readSettledAxis(page));
      // Both fingers went 100 px left, their distance the same: later times, at the same zoom.
      expect(panned.minutesPerPixel).toBeCloseTo(pinchedScale.minutesPerPixel, 2);
      expect(getShiftInPixels(pinchedScale, panned)).toBeGreaterThan(90);
      expect(getShiftInPixels(pinchedScale, panned)).toBeLessThan(110);
      expect(await readScrollY(page)).toBe(scrolled);

      await expectNoProblems(opened);
    });
  });
});
