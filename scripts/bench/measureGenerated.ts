/**
 * The real app (harness/) and the floor (harness/floor/) on the same generated timeline
 * (`?timeline=generated-<count>`), loaded in turn: how long the first render takes, how smooth zooming and
 * panning are, the long tasks of each, the JS heap, and how many elements the chart draws.
 */
import type { Browser, Page } from 'playwright-core';
import { newContext } from '../../tests/browser.ts';
import type { GeneratedPair } from './benchReport.ts';
import {
  APP_CHART_SELECTOR,
  countChartElements,
  FLOOR_CHART_SELECTOR,
  installProbe,
  readProbe,
  RENDER_START_MARK,
  startFrameRecording,
  stopFrameRecording,
  waitForFrames,
  waitForMark,
} from './pageScripts.ts';
import { TIMELINE_INTERACTIVE_MARK } from '../../src/shared/userTimingMarks.ts';
import type { LongTask } from './pageScripts.ts';
import { median, percentile, round, sum } from './stats.ts';

/** How many loads the render time and heap are the median of; the gestures run on the last load. */
export const GENERATED_LOADS = 3;
/** Wheel zooms in, then as many out; wheel delta of each, px (d3-zoom zooms by 2^(delta / 500)). */
const WHEELS_EACH_WAY = 5;
const WHEEL_DELTA = 240;
/** Drags, alternately left and right; how far each goes and in how many mouse moves. */
const DRAGS = 10;
const DRAG_PX = 300;
const DRAG_STEPS = 15;
/** The longest a first render may take before the benchmark gives up on it, ms. */
const RENDER_TIMEOUT_MS = 120_000;

/** A page the benchmark renders generated timelines in. */
interface Target {
  /** The page under the harness's root. */
  path: string;
  /** Its chart's svg. */
  chart: string;
  /** The key held while the wheel zooms: the app zooms on Ctrl + wheel (a plain wheel scrolls the page), the floor on any wheel. */
  zoomKey?: 'Control';
}

const APP: Target = { path: 'index.html', chart: APP_CHART_SELECTOR, zoomKey: 'Control' };
const FLOOR: Target = { path: 'floor/index.html', chart: FLOOR_CHART_SELECTOR };

export interface TaskTotals {
  count: number;
  totalMs: number;
}

export interface GeneratedResult {
  events: number;
  loads: number;
  /** Median time from `harness-render-start` to the first frame drawn after the chart is interactive, ms. */
  renderMs: number;
  /** Frame intervals while zooming and panning, ms. */
  frames: { count: number; medianMs: number; p95Ms: number; maxMs: number };
  /** Long tasks during the first render (median of the loads) and during the gestures. */
  longTasks: { render: TaskTotals; interaction: TaskTotals };
  /** How long the scripted gestures took, and how many of each. */
  interaction: { wheels: number; drags: number; durationMs: number };
  /** Used JS heap after the first render and a forced garbage collection, MB (2^20 bytes); median of the loads. */
  heapMB: number;
  /** Elements inside the chart's svg. */
  svgElements: { afterRender: number; afterInteraction: number };
  samples: { renderMs: number[]; heapMB: number[] };
}

function totalTasks(tasks: readonly LongTask[], from: number, to: number): TaskTotals {
  const inside = tasks.filter((t) => t.start >= from && t.start < to);
  return { count: inside.length, totalMs: round(sum(inside.map((t) => t.duration))) };
}

async function waitForPainted(page: Page): Promise<number> {
  return page.evaluate(
    (timeout) =>
      new Promise<number>((resolve, reject) => {
        const started = performance.now();
        const check = () => {
          const painted = (window as { __benchProbe?: { paintedAt: number | undefined } }).__benchProbe?.paintedAt;
          if (painted !== undefined) resolve(painted);
          else if (performance.now() - started > timeout) reject(new Error('the chart was never painted'));
          else setTimeout(check, 20);
        };
        check();
      }),
    RENDER_TIMEOUT_MS,
  );
}

async function readHeapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return round(usedSize / 2 ** 20);
  } finally {
    await cdp.detach();
  }
}

/** About ten wheel zooms in and out over the chart with ten drag pans between them, as a reader would. */
async function zoomAndPan(page: Page, { chart, zoomKey }: Target): Promise<void> {
  const svg = page.locator(chart).first();
  await svg.scrollIntoViewIfNeeded();
  const box = await svg.boundingBox();
  if (box === null) throw new Error('the chart svg is not on screen');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  if (zoomKey !== undefined) await page.keyboard.down(zoomKey);
  for (let i = 0; i < WHEELS_EACH_WAY; i += 1) {
    await page.mouse.wheel(0, -WHEEL_DELTA);
    await waitForFrames(page, 2);
  }
  if (zoomKey !== undefined) await page.keyboard.up(zoomKey);
  for (let i = 0; i < DRAGS; i += 1) {
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + (i % 2 === 0 ? -DRAG_PX : DRAG_PX), y, { steps: DRAG_STEPS });
    await page.mouse.up();
  }
  await page.mouse.move(x, y);
  if (zoomKey !== undefined) await page.keyboard.down(zoomKey);
  for (let i = 0; i < WHEELS_EACH_WAY; i += 1) {
    await page.mouse.wheel(0, WHEEL_DELTA);
    await waitForFrames(page, 2);
  }
  if (zoomKey !== undefined) await page.keyboard.up(zoomKey);
  await waitForFrames(page, 2);
}

interface LoadResult {
  renderMs: number;
  renderTasks: TaskTotals;
  heapMB: number;
  svgAfterRender: number;
  interaction?: Pick<GeneratedResult, 'frames' | 'interaction'> & { tasks: TaskTotals; svgAfterInteraction: number };
}

async function loadOnce(browser: Browser, url: string, target: Target, withGestures: boolean): Promise<LoadResult> {
  const { chart } = target;
  const context = await newContext(browser);
  await context.addInitScript(installProbe, TIMELINE_INTERACTIVE_MARK);
  const errors: string[] = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url, { waitUntil: 'load', timeout: RENDER_TIMEOUT_MS });
    // Frame intervals are read to 5 µs only in a cross-origin isolated page (see serveBuild's `isolated`).
    if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error(`${url} is not cross-origin isolated`);
    const renderStart = await waitForMark(page, RENDER_START_MARK, RENDER_TIMEOUT_MS);
    await waitForMark(page, TIMELINE_INTERACTIVE_MARK, RENDER_TIMEOUT_MS);
    const paintedAt = await waitForPainted(page);
    const afterRender = await readProbe(page);
    const result: LoadResult = {
      renderMs: paintedAt - renderStart,
      // Long tasks that start with the render; generating the timeline comes before the mark and is not counted.
      renderTasks: totalTasks(afterRender.longTasks, renderStart - 1, paintedAt),
      heapMB: await readHeapMB(page),
      svgAfterRender: await countChartElements(page, chart),
    };
    if (withGestures) {
      await waitForFrames(page, 10);
      const from = await startFrameRecording(page);
      await zoomAndPan(page, target);
      const to = await stopFrameRecording(page);
      const probe = await readProbe(page);
      result.interaction = {
        frames: {
          count: probe.frames.length,
          medianMs: round(median(probe.frames)),
          p95Ms: round(percentile(probe.frames, 95)),
          maxMs: round(Math.max(...probe.frames)),
        },
        interaction: { wheels: 2 * WHEELS_EACH_WAY, drags: DRAGS, durationMs: round(to - from, 0) },
        tasks: totalTasks(probe.longTasks, from, to),
        svgAfterInteraction: await countChartElements(page, chart),
      };
    }
    if (errors.length > 0) throw new Error(`the page threw: ${errors.join('; ')}`);
    return result;
  } catch (error) {
    const detail = errors.length > 0 ? ` (page errors: ${errors.join('; ')})` : '';
    throw new Error(`${url}: ${error instanceof Error ? error.message : String(error)}${detail}`, { cause: error });
  } finally {
    await context.close();
  }
}

function summarise(events: number, runs: readonly LoadResult[]): GeneratedResult {
  const gestures = runs.at(-1)?.interaction;
  if (gestures === undefined) throw new Error('the gestures did not run');
  const renderSamples = runs.map((r) => round(r.renderMs));
  const heapSamples = runs.map((r) => r.heapMB);
  return {
    events,
    loads: runs.length,
    renderMs: round(median(renderSamples)),
    frames: gestures.frames,
    longTasks: {
      render: {
        count: median(runs.map((r) => r.renderTasks.count)),
        totalMs: round(median(runs.map((r) => r.renderTasks.totalMs))),
      },
      interaction: gestures.tasks,
    },
    interaction: gestures.interaction,
    heapMB: round(median(heapSamples)),
    svgElements: { afterRender: runs.at(-1)?.svgAfterRender ?? 0, afterInteraction: gestures.svgAfterInteraction },
    samples: { renderMs: renderSamples, heapMB: heapSamples },
  };
}

/**
 * Loads the floor and the app on a generated timeline of `events` events in turn, `loads` times each, with the
 * gestures on the last load of each: both see the machine in the same state, minutes apart at most.
 */
export async function measureGenerated(
  browser: Browser,
  harnessUrl: string,
  events: number,
  loads = GENERATED_LOADS,
): Promise<GeneratedPair> {
  const query = `?timeline=generated-${events}`;
  const floorRuns: LoadResult[] = [];
  const appRuns: LoadResult[] = [];
  for (let i = 0; i < loads; i += 1) {
    const withGestures = i === loads - 1;
    floorRuns.push(await loadOnce(browser, `${harnessUrl}${FLOOR.path}${query}`, FLOOR, withGestures));
    appRuns.push(await loadOnce(browser, `${harnessUrl}${APP.path}${query}`, APP, withGestures));
  }
  return { events, floor: summarise(events, floorRuns), app: summarise(events, appRuns) };
}
