/**
 * The real timeline's home page in headless Chromium: First Contentful Paint, Largest Contentful Paint and the
 * chart's interactive mark, each the median of several loads in a fresh profile (a first visit, cache empty).
 */
import type { Browser } from 'playwright-core';
import { newContext } from '../../tests/browser.ts';
import { countChartElements, readPaintTimings, waitForFrames, waitForInteractive } from './pageScripts.ts';
import { median, round } from './stats.ts';

/** How many loads each figure is the median of. */
export const PAGE_LOADS = 5;

export interface PageTimings {
  loads: number;
  /** Medians, ms since navigation start. */
  fcpMs: number;
  lcpMs: number;
  interactiveMs: number;
  /** Elements in the chart's svg once interactive. */
  svgElements: number;
  samples: { fcpMs: number[]; lcpMs: number[]; interactiveMs: number[] };
}

async function loadOnce(browser: Browser, url: string) {
  const context = await newContext(browser, { hasSeenContentNote: false });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const interactive = await waitForInteractive(page);
    // LCP candidates keep coming until the page settles; two frames after the mark the content note is drawn too.
    await waitForFrames(page, 2);
    const { fcp, lcp } = await readPaintTimings(page);
    if (fcp === undefined || lcp === undefined) throw new Error(`${url}: Chromium reported no FCP or LCP`);
    return { fcp, lcp, interactive, svgElements: await countChartElements(page) };
  } finally {
    await context.close();
  }
}

export async function measurePage(browser: Browser, url: string, loads = PAGE_LOADS): Promise<PageTimings> {
  const runs = [];
  for (let i = 0; i < loads; i += 1) runs.push(await loadOnce(browser, url));
  const samples = {
    fcpMs: runs.map((r) => round(r.fcp)),
    lcpMs: runs.map((r) => round(r.lcp)),
    interactiveMs: runs.map((r) => round(r.interactive)),
  };
  return {
    loads,
    fcpMs: round(median(samples.fcpMs)),
    lcpMs: round(median(samples.lcpMs)),
    interactiveMs: round(median(samples.interactiveMs)),
    svgElements: runs.at(-1)?.svgElements ?? 0,
    samples,
  };
}
