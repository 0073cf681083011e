import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page, Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, vi } from 'vitest';
import { APP_INTERACTIVE_MARK } from '../src/shared/userTimingMarks.ts';
import { launchBrowser, newContext, openPage, type RecordedPage } from './browser.ts';

/** One event of `src/data/timeline.json`, as far as the browser tests need it. */
export interface DataEvent {
  /** Stable id; the chart's mark for it has the DOM id `timeline-event-<id>`. */
  id: string;
  title: string;
}

/** The report's events in file order (which the validator checks is time order), read from the bundled data. */
export function readDataEvents(): DataEvent[] {
  const json: unknown = JSON.parse(readFileSync(new URL('../src/data/timeline.json', import.meta.url), 'utf8'));
  if (typeof json !== 'object' || json === null || !('events' in json) || !Array.isArray(json.events)) {
    throw new Error('src/data/timeline.json has no "events" array.');
  }
  return json.events.map((event: unknown, index): DataEvent => {
    if (
      typeof event !== 'object' ||
      event === null ||
      !('id' in event) ||
      typeof event.id !== 'string' ||
      !('title' in event) ||
      typeof event.title !== 'string'
    ) {
      throw new Error(`src/data/timeline.json: events[${index}] has no string "id" and "title".`);
    }
    return { id: event.id, title: event.title };
  });
}

/** How long `expect.poll` keeps trying, ms: the machines have 2 cores and may run other suites at the same time. */
export const POLL_TIMEOUT_MS = 10_000;

/** Makes every `expect.poll` in the calling test file wait up to {@link POLL_TIMEOUT_MS}; call it in `beforeAll`. */
export function setPatientPolls(): void {
  vi.setConfig({ expect: { poll: { timeout: POLL_TIMEOUT_MS, interval: 50 } } });
}

/** The DOM id of an event's mark in the chart. */
export function getMarkDomId(id: string): string {
  return `timeline-event-${id}`;
}

/**
 * Waits until the app has taken over the prerendered page: the chart is drawn, and the toolbar, the link's view
 * and the keyboard shortcuts answer (the app's `app-interactive` mark). The prerendered page shows at once and is
 * hydrated in slices between frames, so a key pressed on first sight may come before the shortcuts listen.
 */
export async function waitForApp(page: Page): Promise<void> {
  await getChart(page).getByRole('option').first().waitFor();
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, APP_INTERACTIVE_MARK);
}

/** A new context (over the deterministic defaults) and the app's home page opened in it, chart drawn. */
export async function openTimeline(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; opened: RecordedPage }> {
  const context = await newContext(browser, options);
  const opened = await openPage(context, url);
  await waitForApp(opened.page);
  return { context, opened };
}

/** Settles the page, then checks it logged no error, threw nothing, broke no CSP rule and asked no other origin. */
export async function expectNoProblems(opened: RecordedPage): Promise<void> {
  await opened.settle();
  expect(opened.problems.consoleErrors).toEqual([]);
  expect(opened.problems.pageErrors).toEqual([]);
  expect(opened.problems.cspViolations).toEqual([]);
  expect(opened.problems.offOriginRequests).toEqual([]);
  expect(opened.problems.failedRequests).toEqual([]);
}

/**
 * {@link expectNoProblems} for a page opened with JavaScript disabled, whose settle step (a script awaiting an
 * animation frame) would never return: waits for the network to go quiet, then checks the same lists.
 */
export async function expectNoProblemsWithoutScript(opened: RecordedPage): Promise<void> {
  await opened.page.waitForLoadState('networkidle');
  expect(opened.problems.consoleErrors).toEqual([]);
  expect(opened.problems.pageErrors).toEqual([]);
  expect(opened.problems.cspViolations).toEqual([]);
  expect(opened.problems.offOriginRequests).toEqual([]);
  expect(opened.problems.failedRequests).toEqual([]);
}

/** The section headed "Timeline". */
export function getTimelineSection(page: Page): Locator {
  return page.getByRole('region', { name: 'Timeline', exact: true });
}

/** The chart's listbox: one option per event, grouped in lanes. */
export function getChart(page: Page): Locator {
  return page
    .getByRole('region', { name: 'Timeline chart' })
    .getByRole('listbox', { name: 'Events by time, one lane per category' });
}

/** A button of the "Zoom and pan" toolbar. */
export function getToolbarButton(page: Page, name: string): Locator {
  return page.getByRole('toolbar', { name: 'Zoom and pan' }).getByRole('button', { name, exact: true });
}

/** The timeline's polite live region. */
export function getLiveRegion(page: Page): Locator {
  return getTimelineSection(page).getByRole('status');
}

/** The chronology list. */
export function getChronology(page: Page): Locator {
  return page.getByRole('list', { name: 'Chronology of events' });
}

/** The chronology's item for one event, found by the title in its heading. */
export function getChronologyItem(page: Page, title: string): Locator {
  return getChronology(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) });
}

/** One tick of the chart's time axis as drawn. */
export interface DrawnTick {
  label: string;
  /** Position in the chart's SVG, px. */
  x: number;
}

/** The axis tick labels, left to right, with where they are drawn (not the window's date above them). */
export async function readAxis(page: Page): Promise<DrawnTick[]> {
  return getChart(page)
    .locator('text.time-axis-label:not(.time-axis-date)')
    .evaluateAll((nodes) => nodes.map((node) => ({ label: node.textContent, x: Number(node.getAttribute('x')) })));
}

/** The axis labels alone, left to right. */
export async function readAxisLabels(page: Page): Promise<string[]> {
  return (await readAxis(page)).map((tick) => tick.label);
}

/**
 * The axis once it has stopped moving: two reads a few frames apart that agree. Zooms by button and key animate
 * for a fraction of a second; gestures settle on their own.
 */
export async function readSettledAxis(page: Page): Promise<DrawnTick[]> {
  let previous = JSON.stringify(await readAxis(page));
  for (let attempt = 0; attempt < 50; attempt += 1) {
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 60)));
        }),
    );
    const current = JSON.stringify(await readAxis(page));
    if (current === previous) return JSON.parse(current) as DrawnTick[];
    previous = current;
  }
  throw new Error(`The time axis never settled; last read: ${previous}`);
}

/**
 * Minutes since midnight at the start of Friday 1 July 2016, Dhaka time, of a tick label on a Dhaka axis (clock
 * time). The story runs from about 8.50pm on Friday into Saturday, so an hour of 6pm or later is Friday's and any
 * other is Saturday's; "Sat 2 Jul" is Saturday's midnight.
 */
function getDhakaMinutes(label: string): number {
  if (label === 'Sat 2 Jul' || label === 'midnight') return 1440;
  if (label === 'noon') return 1440 + 12 * 60;
  // The report's clock style: "9pm", "9.30pm", "12.30am".
  const clock = /^(\d{1,2})(?:\.(\d{2}))?(am|pm)$/.exec(label);
  if (clock === null) throw new Error(`Not a time-axis label of the story in Dhaka time: "${label}".`);
  const hour = (Number(clock[1]) % 12) + (clock[3] === 'pm' ? 12 : 0);
  const minutes = hour * 60 + Number(clock[2] ?? 0);
  return hour >= 18 ? minutes : 1440 + minutes;
}

/** The time scale a Dhaka axis shows, read off its first and last ticks. */
export interface AxisScale {
  /** Minutes of story time per pixel: smaller when zoomed in. */
  minutesPerPixel: number;
  /** Dhaka time at the chart's left edge (x = 0), in minutes since Friday's midnight. */
  minutesAtLeftEdge: number;
}

/** Reads the visible time scale off an axis drawn in Dhaka time. */
export function getAxisScale(ticks: readonly DrawnTick[]): AxisScale {
  const first = ticks[0];
  const last = ticks.at(-1);
  if (first === undefined || last === undefined || last.x - first.x < 1) {
    throw new Error(`Too few ticks to read a scale from: ${JSON.stringify(ticks)}`);
  }
  const minutesPerPixel = (getDhakaMinutes(last.label) - getDhakaMinutes(first.label)) / (last.x - first.x);
  return { minutesPerPixel, minutesAtLeftEdge: getDhakaMinutes(first.label) - first.x * minutesPerPixel };
}

/**
 * A point over the plot, inside the viewport, where nothing but lane background is under the pointer: where a
 * drag pans instead of starting on a mark. Scrolls the plot into view first.
 */
export async function findEmptyPlotPoint(page: Page): Promise<{ x: number; y: number }> {
  const chart = getChart(page);
  await chart.scrollIntoViewIfNeeded();
  const point = await chart.evaluate((svg) => {
    const box = svg.getBoundingClientRect();
    const top = Math.max(box.top, 0) + 40;
    const bottom = Math.min(box.bottom, window.innerHeight) - 10;
    // Scan from the middle outwards so there is room to zoom and pan either way.
    for (let y = top; y < bottom; y += 7) {
      for (let dx = 0; dx < box.width / 2 - 40; dx += 13) {
        for (const x of [box.left + box.width / 2 + dx, box.left + box.width / 2 - dx]) {
          const hit = document.elementFromPoint(x, y);
          if (hit !== null && svg.contains(hit) && hit.closest('[role="option"]') === null) return { x, y };
        }
      }
    }
    return undefined;
  });
  if (point === undefined) throw new Error('No empty spot over the plot to start a gesture from.');
  return point;
}

/** Relative luminance (WCAG) of a CSS `rgb()` / `rgba()` colour. */
export function getLuminance(cssColour: string): number {
  const match = /^rgba?\((\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?)/.exec(cssColour);
  if (match === null) throw new Error(`Not an rgb() colour: ${cssColour}`);
  const [r, g, b] = [match[1], match[2], match[3]].map((channel) => {
    const c = Number(channel) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Checks the page does not scroll sideways; on failure, names the outermost elements past the right edge. */
export async function expectNoHorizontalScroll(page: Page, when = 'The page'): Promise<void> {
  const { scrollWidth, clientWidth, culprits } = await page.evaluate(() => {
    const root = document.documentElement;
    const edge = root.clientWidth;
    const sticksOut = (node: Element) => node.getBoundingClientRect().right > edge + 0.5;
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((node) => sticksOut(node) && (node.parentElement === null || !sticksOut(node.parentElement)))
      .slice(0, 10)
      .map((node) => {
        const classes = [...node.classList].map((c) => `.${c}`).join('');
        return `${node.tagName.toLowerCase()}${classes} (right edge ${Math.round(node.getBoundingClientRect().right)} px)`;
      });
    return { scrollWidth: root.scrollWidth, clientWidth: edge, culprits };
  });
  expect(scrollWidth, `${when}; past the right edge: ${culprits.join(', ')}`).toBeLessThanOrEqual(clientWidth);
}

/** One Chromium for a describe block, and the contexts its current test opened. */
export interface ChromiumSession {
  /** The browser; it throws before the block's first test, when nothing is launched yet. */
  readonly browser: Browser;
  /** The test's context, if it opened one: closed after the test. */
  context: BrowserContext | undefined;
  /** Hands over another context the test opened, to be closed after it too; returns it. */
  keep: (context: BrowserContext) => BrowserContext;
}

/**
 * Launches Chromium once for the enclosing describe block (with patient polls) and closes it after; whatever
 * context a test leaves in `context`, or hands to `keep`, is closed after that test.
 */
export function useChromium(): ChromiumSession {
  let launched: Browser | undefined;
  const kept: BrowserContext[] = [];
  const session: ChromiumSession = {
    get browser(): Browser {
      if (launched === undefined) throw new Error('Chromium is launched before the first test of the block.');
      return launched;
    },
    context: undefined,
    keep: (context) => {
      kept.push(context);
      return context;
    },
  };
  beforeAll(async () => {
    setPatientPolls();
    launched = await launchBrowser();
  });
  afterAll(async () => {
    await launched?.close();
  });
  afterEach(async () => {
    const closing = [...kept.splice(0)];
    if (session.context !== undefined) closing.push(session.context);
    session.context = undefined;
    await Promise.all(closing.map((context) => context.close()));
  });
  return session;
}

/** A page whose scripts asked for from some moment on are held back, as on a very slow network, until released. */
export interface HeldPage {
  opened: RecordedPage;
  page: Page;
  /** True while a script whose address matches `chunk` has been asked for and is held back. */
  isHeld: (chunk: RegExp) => boolean;
  /** Lets every held script through, and every later one. */
  release: () => Promise<void>;
}

/**
 * Opens `url` in a new context (closed after the test) and waits until the app is interactive, and with
 * `waitForFirstView` until the network is quiet too, then holds back every script the page asks for from then on:
 * the chunks it loads on demand. Service workers are blocked so that every request reaches the route.
 */
export async function openHeld(
  chromium: ChromiumSession,
  url: string,
  { waitForFirstView = false } = {},
): Promise<HeldPage> {
  const { context, opened } = await openTimeline(chromium.browser, url, { serviceWorkers: 'block' });
  chromium.context = context;
  const { page } = opened;
  if (waitForFirstView) await page.waitForLoadState('networkidle');
  const held: Route[] = [];
  let isHolding = true;
  await page.route(/\/assets\/[^/]+\.js$/, async (route) => {
    if (isHolding) held.push(route);
    else await route.fallback();
  });
  return {
    opened,
    page,
    isHeld: (chunk) => held.some((route) => chunk.test(route.request().url())),
    release: async () => {
      isHolding = false;
      await Promise.all(held.splice(0).map((route) => route.fallback()));
    },
  };
}
