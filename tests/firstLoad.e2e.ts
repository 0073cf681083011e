import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { APP_INTERACTIVE_MARK, DATE_DATA_READY_MARK } from '../src/shared/userTimingMarks.ts';
import { getMissingBrowserReason, launchBrowser, newContext, openPage, type RecordedPage } from './browser.ts';

/** Titles of the report's events, read straight from the data file the build bundles. */
function readEventTitles(): string[] {
  const json: unknown = JSON.parse(readFileSync(new URL('../src/data/timeline.json', import.meta.url), 'utf8'));
  if (typeof json !== 'object' || json === null || !('events' in json) || !Array.isArray(json.events)) {
    throw new Error('src/data/timeline.json has no "events" array.');
  }
  return json.events.map((event: unknown, index) => {
    if (typeof event !== 'object' || event === null || !('title' in event) || typeof event.title !== 'string') {
      throw new Error(`src/data/timeline.json: events[${index}] has no string "title".`);
    }
    return event.title;
  });
}

const missingBrowser = getMissingBrowserReason();

describe.skipIf(missingBrowser !== undefined)('first load of the production build', () => {
  const titles = readEventTitles();
  let browser: Browser;
  let context: BrowserContext;
  let opened: RecordedPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser);
    opened = await openPage(context, inject('baseUrl'));
    await opened.page.getByRole('list', { name: /chronology/i }).waitFor();
    await opened.settle();
  });

  afterAll(async () => {
    await context.close();
    await browser.close();
  });

  test('the chronology lists every event of the report under its title', async () => {
    const chronology = opened.page.getByRole('list', { name: /chronology/i });
    expect(titles.length).toBeGreaterThan(0);
    const titlesNotListedOnce: string[] = [];
    for (const title of titles) {
      const items = chronology
        .getByRole('listitem')
        .filter({ has: opened.page.getByRole('heading', { level: 3, name: title, exact: true }) });
      if ((await items.count()) !== 1) titlesNotListedOnce.push(title);
    }
    expect(titlesNotListedOnce).toEqual([]);
    expect(await chronology.getByRole('heading', { level: 3 }).count()).toBe(titles.length);
  });

  test('the page loads without console errors, page errors or CSP violations', () => {
    expect(opened.problems.consoleErrors).toEqual([]);
    expect(opened.problems.pageErrors).toEqual([]);
    expect(opened.problems.cspViolations).toEqual([]);
    expect(opened.problems.failedRequests).toEqual([]);
  });

  test('the date data loads in a worker the page’s policy lets start, before the page is interactive', async () => {
    // The worker is one of our own scripts, passed through a Trusted Types policy; a refusal would only log a
    // violation and leave the main thread to load the data itself, so the mark is what shows the worker ran.
    const [ready, interactive] = await opened.page.evaluate(
      (names) => names.map((name) => performance.getEntriesByName(name)[0]?.startTime ?? null),
      [DATE_DATA_READY_MARK, APP_INTERACTIVE_MARK],
    );
    expect(ready).not.toBeNull();
    expect(interactive).not.toBeNull();
    expect(ready ?? Infinity).toBeLessThan(interactive ?? -Infinity);
  });

  test('the page asks nothing of any origin but its own', () => {
    expect(opened.problems.offOriginRequests).toEqual([]);
  });
});
