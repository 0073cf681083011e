/**
 * A page of the production build on an emulated cheap phone: a 390 × 844 screen, the CPU slowed 4× and a
 * 1.6 Mbit/s, 150 ms round-trip network (both through the DevTools protocol, as DevTools' own throttling does),
 * in a fresh profile each load (cold cache, first visit). It reports first and largest contentful paint, when
 * the chart answers input, total blocking time and the longest task, each the median of a few loads.
 */
import type { Browser, Page } from 'playwright-core';
import { newContext } from '../../tests/browser.ts';
import { installProbe, readPaintTimings, readProbe, waitForMark } from './pageScripts.ts';
import { APP_INTERACTIVE_MARK, TIMELINE_INTERACTIVE_MARK } from '../../src/shared/userTimingMarks.ts';
import type { LongTask } from './pageScripts.ts';
import { median, round, sum } from './stats.ts';

/** The phone: its screen, CPU slowdown and network. */
export const PHONE = {
  width: 390,
  height: 844,
  deviceScaleFactor: 3,
  cpuSlowdown: 4,
  /** Download and upload, bits per second. */
  downBitsPerS: 1_600_000,
  upBitsPerS: 750_000,
  /** Added to every request's round trip, ms. */
  rttMs: 150,
} as const;

/** How many loads each figure is the median of (one in a smoke run). */
export const PHONE_LOADS = 3;
/** A task longer than this blocks input; the part beyond it counts towards total blocking time, ms. */
const BLOCKING_MS = 50;
/** The page counts as settled once no long task has run for this long after the chart is interactive, ms. */
const QUIET_MS = 1_000;
/** The longest a load may take to settle, ms. */
const SETTLE_TIMEOUT_MS = 30_000;
const LOAD_TIMEOUT_MS = 60_000;

export interface PhoneLoad {
  fcpMs: number;
  lcpMs: number;
  interactiveMs: number;
  pageInteractiveMs: number;
  tbtMs: number;
  longestTaskMs: number;
  longTasks: number;
}

export interface PhoneResult {
  /** The page, relative to the build's root. */
  path: string;
  loads: number;
  /** Medians of the loads, ms since navigation start (TBT and the longest task: ms). */
  fcpMs: number;
  lcpMs: number;
  /** When the chart answers input: its `timeline-interactive` mark, or the end of the long task it falls in. */
  interactiveMs: number;
  /**
   * When the whole page answers (the toolbar, the link's view, the shortcuts): its `app-interactive` mark, read the
   * same way. It comes after the chart's, since the switch to the browser's values is a background render.
   */
  pageInteractiveMs: number;
  /** The part beyond 50 ms of every long task after first contentful paint, until the page settles. */
  tbtMs: number;
  longestTaskMs: number;
  samples: PhoneLoad[];
}

/**
 * When input is first answered after `mark`: a mark set inside a long task (an effect run at the end of a
 * hydration task) is answered only when that task ends.
 */
export function getInteractiveTime(mark: number, tasks: readonly LongTask[]): number {
  const holding = tasks.find((t) => t.start <= mark && mark < t.start + t.duration);
  return holding === undefined ? mark : holding.start + holding.duration;
}

/** Total blocking time from `from` on: each long task's time beyond 50 ms, counting only what comes after `from`. */
export function getTotalBlockingTime(tasks: readonly LongTask[], from: number): number {
  return sum(tasks.map((t) => Math.max(0, t.start + t.duration - Math.max(t.start, from) - BLOCKING_MS)));
}

/** Waits until no long task has run for QUIET_MS after `since`. */
async function waitForQuiet(page: Page, since: number): Promise<void> {
  const started = Date.now();
  for (;;) {
    const { longTasks } = await readProbe(page);
    const lastEnd = Math.max(since, ...longTasks.map((t) => t.start + t.duration));
    const now = await page.evaluate(() => performance.now());
    if (now - lastEnd >= QUIET_MS) return;
    if (Date.now() - started > SETTLE_TIMEOUT_MS) throw new Error(`the page never settled (${QUIET_MS} ms quiet)`);
    await page.waitForTimeout(250);
  }
}

/**
 * Loads `url` once on the phone. `pageMark` is the mark that says the whole page answers; a page with none (the
 * floor, which is its chart) answers as its chart does.
 */
async function loadOnce(browser: Browser, url: string, pageMark: string | undefined): Promise<PhoneLoad> {
  const context = await newContext(browser, {
    viewport: { width: PHONE.width, height: PHONE.height },
    deviceScaleFactor: PHONE.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
  });
  try {
    await context.addInitScript(installProbe, TIMELINE_INTERACTIVE_MARK);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PHONE.rttMs,
      downloadThroughput: PHONE.downBitsPerS / 8,
      uploadThroughput: PHONE.upBitsPerS / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    const mark = await waitForMark(page, TIMELINE_INTERACTIVE_MARK, LOAD_TIMEOUT_MS);
    const pageMarkAt = pageMark === undefined ? mark : await waitForMark(page, pageMark, LOAD_TIMEOUT_MS);
    await waitForQuiet(page, Math.max(mark, pageMarkAt));
    const { fcp, lcp } = await readPaintTimings(page);
    const { longTasks } = await readProbe(page);
    await cdp.detach();
    if (fcp === undefined || lcp === undefined) throw new Error(`${url}: Chromium reported no FCP or LCP`);
    return {
      fcpMs: round(fcp),
      lcpMs: round(lcp),
      interactiveMs: round(getInteractiveTime(mark, longTasks)),
      pageInteractiveMs: round(getInteractiveTime(pageMarkAt, longTasks)),
      tbtMs: round(getTotalBlockingTime(longTasks, fcp)),
      longestTaskMs: round(Math.max(0, ...longTasks.map((t) => t.duration))),
      longTasks: longTasks.length,
    };
  } finally {
    await context.close();
  }
}

/** The floor page on the report's events (harness/floor/report.html), under the harness's URL. */
export const PHONE_FLOOR_PATH = 'floor/report.html';

/** How a page is loaded on the phone. */
interface PhoneOptions {
  /** How many loads the medians are taken of. */
  loads: number;
  /** The floor page: only its chart answers input, so its page answers when its chart does. */
  isFloor?: boolean;
}

/**
 * Loads `path` of the build served at `url` on the phone `loads` times and takes the medians. An app's page waits
 * for the whole page to answer too.
 */
export async function measurePhone(
  browser: Browser,
  url: string,
  path: string,
  { loads, isFloor = false }: PhoneOptions = { loads: PHONE_LOADS },
): Promise<PhoneResult> {
  const samples: PhoneLoad[] = [];
  const pageMark = isFloor ? undefined : APP_INTERACTIVE_MARK;
  for (let i = 0; i < loads; i += 1) samples.push(await loadOnce(browser, `${url}${path}`, pageMark));
  const mid = (read: (s: PhoneLoad) => number) => round(median(samples.map(read)));
  return {
    path,
    loads,
    fcpMs: mid((s) => s.fcpMs),
    lcpMs: mid((s) => s.lcpMs),
    interactiveMs: mid((s) => s.interactiveMs),
    pageInteractiveMs: mid((s) => s.pageInteractiveMs),
    tbtMs: mid((s) => s.tbtMs),
    longestTaskMs: mid((s) => s.longestTaskMs),
    samples,
  };
}
