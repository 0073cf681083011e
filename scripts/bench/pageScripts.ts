/**
 * What the benchmark runs inside the page: a probe installed before the page's own scripts that records long
 * tasks and the moment the chart is first painted, a frame recorder for gestures, and readers of paint timings.
 * Each function is serialised by playwright-core and runs in the page, so it uses only browser globals.
 */
import type { Page } from 'playwright-core';
import { TIMELINE_INTERACTIVE_MARK } from '../../src/shared/userTimingMarks.ts';

/** The User Timing mark the harness sets just before React renders (harness/main.tsx). */
export const RENDER_START_MARK = 'harness-render-start';

/** One long task (over 50 ms on the main thread), ms since navigation start. */
export interface LongTask {
  start: number;
  duration: number;
}

/** What the probe has recorded so far. */
export interface ProbeState {
  longTasks: LongTask[];
  /** When the first frame after the interactive mark had been rendered, ms since navigation start. */
  paintedAt: number | undefined;
  /** Intervals between animation frames while recording, ms. */
  frames: number[];
  isRecording: boolean;
}

interface ProbeWindow {
  __benchProbe?: ProbeState;
}

/**
 * Installs the probe; pass it to `context.addInitScript` with the interactive mark's name. The moment of first
 * paint is taken in a message posted from the first animation frame that sees the mark: that message runs
 * after the frame's style, layout and paint, so the time includes drawing what the render produced.
 */
export function installProbe(mark: string): void {
  const state: ProbeState = { longTasks: [], paintedAt: undefined, frames: [], isRecording: false };
  (window as ProbeWindow).__benchProbe = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const watch = () => {
    if (performance.getEntriesByName(mark).length === 0) {
      requestAnimationFrame(watch);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      state.paintedAt = performance.now();
      channel.port1.close();
    };
    channel.port2.postMessage(null);
  };
  requestAnimationFrame(watch);
}

/** Reads the probe's state; throws when the probe was not installed. */
export async function readProbe(page: Page): Promise<ProbeState> {
  const state = await page.evaluate(() => (window as ProbeWindow).__benchProbe);
  if (state === undefined) throw new Error('The benchmark probe is missing: install it with addInitScript first.');
  return state;
}

/** Waits until a User Timing mark exists, polling once a frame; rejects after `timeoutMs`. */
export async function waitForMark(page: Page, mark: string, timeoutMs = 60_000): Promise<number> {
  return page.evaluate(
    ([name, timeout]) =>
      new Promise<number>((resolve, reject) => {
        const started = performance.now();
        const check = () => {
          const entry = performance.getEntriesByName(name)[0];
          if (entry !== undefined) resolve(entry.startTime);
          else if (performance.now() - started > timeout) reject(new Error(`no "${name}" mark after ${timeout} ms`));
          else requestAnimationFrame(check);
        };
        check();
      }),
    [mark, timeoutMs] as const,
  );
}

/** Waits for the chart's interactive mark and returns its time, ms since navigation start. */
export async function waitForInteractive(page: Page, timeoutMs?: number): Promise<number> {
  return waitForMark(page, TIMELINE_INTERACTIVE_MARK, timeoutMs);
}

/** Waits until the page has rendered `count` more frames. */
export async function waitForFrames(page: Page, count = 1): Promise<void> {
  await page.evaluate(
    (frames) =>
      new Promise<void>((resolve) => {
        let left = frames;
        const tick = () => {
          left -= 1;
          if (left <= 0) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    count,
  );
}

/** Starts recording the intervals between animation frames; returns the start time, ms since navigation start. */
export async function startFrameRecording(page: Page): Promise<number> {
  return page.evaluate(() => {
    const state = (window as ProbeWindow).__benchProbe;
    if (state === undefined) throw new Error('no benchmark probe');
    state.frames = [];
    state.isRecording = true;
    let last: number | undefined;
    const loop = (time: number) => {
      if (last !== undefined) state.frames.push(time - last);
      last = time;
      if (state.isRecording) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    return performance.now();
  });
}

/** Stops recording; returns the end time, ms since navigation start. */
export async function stopFrameRecording(page: Page): Promise<number> {
  return page.evaluate(() => {
    const state = (window as ProbeWindow).__benchProbe;
    if (state !== undefined) state.isRecording = false;
    return performance.now();
  });
}

/** First Contentful Paint and the last Largest Contentful Paint candidate so far, ms since navigation start. */
export async function readPaintTimings(page: Page): Promise<{ fcp: number | undefined; lcp: number | undefined }> {
  return page.evaluate(async () => {
    const read = (type: string) =>
      new Promise<PerformanceEntry[]>((resolve) => {
        const observer = new PerformanceObserver((list) => {
          observer.disconnect();
          resolve(list.getEntries());
        });
        observer.observe({ type, buffered: true });
        // Nothing buffered means no entry of that type (yet): answer after a frame's worth of waiting.
        setTimeout(() => {
          observer.disconnect();
          resolve([]);
        }, 100);
      });
    const paints = await read('paint');
    const candidates = await read('largest-contentful-paint');
    return {
      fcp: paints.find((entry) => entry.name === 'first-contentful-paint')?.startTime,
      lcp: candidates.at(-1)?.startTime,
    };
  });
}

/** The app chart's svg. */
export const APP_CHART_SELECTOR = 'svg[role="listbox"]';
/** The floor page's svg (harness/floor/FloorChart.tsx). */
export const FLOOR_CHART_SELECTOR = 'svg.floor-chart';

/** How many elements a chart's svg holds: the app's is bounded by the screen, the floor's by the event count. */
export async function countChartElements(page: Page, selector = APP_CHART_SELECTOR): Promise<number> {
  return page.evaluate((chart) => document.querySelector(chart)?.querySelectorAll('*').length ?? 0, selector);
}
