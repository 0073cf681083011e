/**
 * The real timeline's home page in headless Chromium: First Contentful Paint, Largest Contentful Paint and the
 * chart's interactive mark, each the median of several loads in a fresh profile (a first visit, cache empty);
 * and, load by load in turn with it, the first paint of the floor page (harness/floor/) drawing 25 generated
 * events, which is what the home page's paints are held against.
 */
import type { Browser } from 'playwright-core';
import { newContext } from '../../tests/browser.ts';
import { countChartElements, readPaintTimings, waitForFrames, waitForInteractive } from './pageScripts.ts';
import { median, round } from './stats.ts';

/** How many loads each figure is the median of. */
export const PAGE_LOADS = 5;
/** How many events the floor draws for its first paint: about as many as the real report has. */
export const FLOOR_PAINT_EVENTS = 25;

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
  const context = await newContext(browser);
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

/** The floor's first paint on a few events. */
export interface FloorPaint {
  events: number;
  loads: number;
  /** Median first contentful paint, ms since navigation start. */
  fcpMs: number;
  samples: { fcpMs: number[] };
}

async function loadFloorOnce(browser: Browser, url: string): Promise<number> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await waitForInteractive(page);
    await waitForFrames(page, 2);
    const { fcp } = await readPaintTimings(page);
    if (fcp === undefined) throw new Error(`${url}: Chromium reported no FCP`);
    return fcp;
  } finally {
    await context.close();
  }
}

/**
 * Loads the real home page (`url`) and the floor page on FLOOR_PAINT_EVENTS events (under `harnessUrl`) in
 * turn, `loads` times each, so both see the machine in the same state.
 */
export async function measurePage(
  browser: Browser,
  url: string,
  harnessUrl: string,
  loads = PAGE_LOADS,
): Promise<{ app: PageTimings; floor: FloorPaint }> {
  const floorUrl = `${harnessUrl}floor/index.html?timeline=generated-${FLOOR_PAINT_EVENTS}`;
  const runs = [];
  const floorSamples: number[] = [];
  for (let i = 0; i < loads; i += 1) {
    floorSamples.push(round(await loadFloorOnce(browser, floorUrl)));
    runs.push(await loadOnce(browser, url));
  }
  const samples = {
    fcpMs: runs.map((r) => round(r.fcp)),
    lcpMs: runs.map((r) => round(r.lcp)),
    interactiveMs: runs.map((r) => round(r.interactive)),
  };
  return {
    app: {
      loads,
      fcpMs: round(median(samples.fcpMs)),
      lcpMs: round(median(samples.lcpMs)),
      interactiveMs: round(median(samples.interactiveMs)),
      svgElements: runs.at(-1)?.svgElements ?? 0,
      samples,
    },
    floor: {
      events: FLOOR_PAINT_EVENTS,
      loads,
      fcpMs: round(median(floorSamples)),
      samples: { fcpMs: floorSamples },
    },
  };
}
