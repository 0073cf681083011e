import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { getMissingBrowserReason, launchBrowser, newContext, openPage } from './browser.ts';
import { expectNoProblems, getChart, getChronology, readDataEvents, setPatientPolls } from './timelinePage.ts';

const events = readDataEvents();
const ENTRY = events.find((e) => e.id === 'gunmen-storm-cafe');
if (ENTRY === undefined) throw new Error('timeline.json has no gunmen-storm-cafe event');

async function readHead(page: Page) {
  return page.evaluate(() => {
    const meta = (selector: string) => document.head.querySelector(selector)?.getAttribute('content') ?? null;
    const afterCharset = document.head.querySelector('meta[charset]')?.nextElementSibling;
    return {
      title: document.title,
      description: meta('meta[name="description"]'),
      ogTitle: meta('meta[property="og:title"]'),
      ogDescription: meta('meta[property="og:description"]'),
      ogType: meta('meta[property="og:type"]'),
      ogImage: meta('meta[property="og:image"]'),
      twitterCard: meta('meta[name="twitter:card"]'),
      policyFirst: afterCharset?.getAttribute('http-equiv') ?? null,
      policy: afterCharset?.getAttribute('content') ?? null,
    };
  });
}

describe.skipIf(getMissingBrowserReason() !== undefined)('the prerendered, hosted build', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');
  const subpathUrl = inject('subpathUrl');

  beforeAll(async () => {
    setPatientPolls();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  test('without JavaScript the home page reads as the whole chronology', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(baseUrl);
    const headings = await getChronology(page).getByRole('heading', { level: 3 }).allTextContents();
    expect(headings).toEqual(events.map((e) => e.title));
    await expect(page.getByText('9.20pm, Friday 1 July 2016, Dhaka (UTC+6)').first().isVisible()).resolves.toBe(true);
    await context.close();
  });

  test('without JavaScript an event’s page shows that event’s details and the chronology', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(new URL('events/troops-raid-cafe/', baseUrl).href);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 2, name: 'Troops raid the building' }).isVisible()).resolves.toBe(
      true,
    );
    expect(await getChronology(page).getByRole('heading', { level: 3 }).count()).toBe(events.length);
    await context.close();
  });

  test('each page has its own title, description and preview tags, with the policy first after the charset', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(baseUrl);
    const home = await readHead(page);
    await page.goto(new URL('events/gunmen-storm-cafe/', baseUrl).href);
    const entry = await readHead(page);
    expect(home.title).not.toBe(entry.title);
    expect(entry.title).toContain(ENTRY.title);
    expect(entry).toMatchObject({
      ogTitle: entry.title,
      ogType: 'article',
      ogImage: '/previews/gunmen-storm-cafe.png',
      twitterCard: 'summary_large_image',
      policyFirst: 'Content-Security-Policy',
    });
    expect(entry.description).toBe(entry.ogDescription);
    expect(entry.description).not.toBe(home.description);
    expect(home).toMatchObject({ ogType: 'website', ogImage: '/previews/home.png' });
    expect(entry.policy).toContain("default-src 'self'");
    expect(entry.policy).toContain("object-src 'none'");
    expect(entry.policy).not.toContain('unsafe-inline');
    expect(entry.policy).not.toContain('unsafe-eval');
    for (const image of [home.ogImage, entry.ogImage]) {
      const response = await page.request.get(new URL(image ?? '', baseUrl).href);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      const bytes = await response.body();
      // The PNG header's width and height: a 1200 × 630 card.
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
    }
    await context.close();
  });

  test('an event page hydrates without warnings, with its details open and focus on them', async () => {
    const context = await newContext(browser);
    const opened = await openPage(context, new URL('events/gunmen-storm-cafe/', baseUrl).href);
    const heading = opened.page.getByRole('heading', { level: 2, name: ENTRY.title });
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect
      .poll(() => getChart(opened.page).getByRole('option', { selected: true }).getAttribute('id'))
      .toBe('timeline-event-gunmen-storm-cafe');
    await expectNoProblems(opened);
    await context.close();
  });

  test('a shared link restores its zone and selection in a fresh browser', async () => {
    const context = await newContext(browser);
    const opened = await openPage(context, new URL('events/gunmen-storm-cafe/?zone=Europe%2FLondon', baseUrl).href);
    await expect
      .poll(() => opened.page.getByRole('combobox', { name: 'Show times in' }).inputValue())
      .toBe('Europe/London');
    await expect
      .poll(() => opened.page.getByText('4.20pm, Friday 1 July 2016, London (UTC+1)').first().isVisible())
      .toBe(true);
    await expectNoProblems(opened);
    await context.close();
  });

  test('the footer’s downloads are served: JSON, CSV and a calendar', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(baseUrl);
    const expected: Record<string, RegExp> = {
      JSON: /^\{\n {2}"\$schema"/,
      CSV: /^id,title,summary,/,
      'Calendar (ICS)': /^BEGIN:VCALENDAR\r\n/,
    };
    for (const [name, start] of Object.entries(expected)) {
      const href = await page.getByRole('link', { name, exact: true }).getAttribute('href');
      const response = await page.request.get(new URL(href ?? '', baseUrl).href);
      expect(response.status()).toBe(200);
      expect(await response.text()).toMatch(start);
    }
    await context.close();
  });

  test('the embed is compact, keeps event links inside it, and links out to the same view on the full page', async () => {
    const context = await newContext(browser);
    const opened = await openPage(context, new URL('embed/?zone=UTC', baseUrl).href);
    const { page } = opened;
    await getChart(page).getByRole('option').first().waitFor();
    expect(await page.getByRole('contentinfo').count()).toBe(0);
    await getChart(page)
      .getByRole('option', { name: /^Troops raid the building, / })
      .click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/embed/events/troops-raid-cafe/');
    const out = page.getByRole('link', { name: /opens the full timeline in a new tab/ });
    await expect.poll(() => out.getAttribute('href')).toBe('/events/troops-raid-cafe/?zone=UTC');
    expect(await out.getAttribute('target')).toBe('_blank');
    await expectNoProblems(opened);

    const eventPage = await openPage(context, new URL('embed/events/gunmen-killed/', baseUrl).href);
    await expect
      .poll(() => eventPage.page.getByRole('heading', { level: 2, name: 'Six gunmen are killed' }).isVisible())
      .toBe(true);
    const robots = await eventPage.page.locator('meta[name="robots"]').getAttribute('content');
    expect(robots).toBe('noindex');
    await expectNoProblems(eventPage);
    await context.close();
  });

  test('404.html leads back to the timeline, and loads nothing but its own styles', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => {
      requested.push(`${request.resourceType()} ${new URL(request.url()).pathname}`);
    });
    await page.goto(new URL('404.html', baseUrl).href, { waitUntil: 'networkidle' });
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'This page is not in the timeline',
    );
    await expect(page.getByRole('link', { name: /Go to the timeline/ }).getAttribute('href')).resolves.toBe('/');
    // No script, and no preload of the app's modules or data that the page would never use.
    expect(await page.locator('script, link[rel="preload"], link[rel="modulepreload"]').count()).toBe(0);
    // Chromium fetches the tab's icon as an "other" request.
    const unexpected = requested.filter(
      (request) => !/^(document|stylesheet|image|font) /.test(request) && request !== 'other /favicon.svg',
    );
    expect(unexpected).toEqual([]);
    expect(requested).toContainEqual(expect.stringMatching(/^stylesheet \/assets\/.+\.css$/));
    await context.close();
  });

  describe.skipIf(subpathUrl === '')('hosted under a sub-path', () => {
    test('the home page and an event page load every asset and work', async () => {
      const context = await newContext(browser);
      const opened = await openPage(context, subpathUrl);
      await getChart(opened.page).getByRole('option').first().waitFor();
      await getChronology(opened.page).getByRole('button', { name: 'Troops raid the building' }).click();
      await expect
        .poll(() => new URL(opened.page.url()).pathname)
        .toBe('/holey-artisan-timeline/events/troops-raid-cafe/');
      await expectNoProblems(opened);

      const eventPage = await openPage(context, new URL('events/gunmen-killed/', subpathUrl).href);
      await expect
        .poll(() => eventPage.page.getByRole('heading', { level: 2, name: 'Six gunmen are killed' }).isVisible())
        .toBe(true);
      const head = await readHead(eventPage.page);
      expect(head.ogImage).toBe('/holey-artisan-timeline/previews/gunmen-killed.png');
      await expectNoProblems(eventPage);
      await context.close();
    });

    test('Back returns from an event to the sub-path’s home', async () => {
      const context = await newContext(browser);
      const opened = await openPage(context, subpathUrl);
      await getChart(opened.page).getByRole('option').first().waitFor();
      await getChronology(opened.page).getByRole('button', { name: 'Six gunmen are killed' }).click();
      // The chronology's code may still be arriving (it loads as the list nears the screen): the click is kept
      // and answered once it has; a reader goes back after seeing the details.
      await expect
        .poll(() => new URL(opened.page.url()).pathname)
        .toBe('/holey-artisan-timeline/events/gunmen-killed/');
      await opened.page.goBack();
      await expect.poll(() => new URL(opened.page.url()).pathname).toBe('/holey-artisan-timeline/');
      await expect
        .poll(() => opened.page.getByRole('heading', { level: 2, name: 'Six gunmen are killed' }).count())
        .toBe(0);
      await expectNoProblems(opened);
      await context.close();
    });
  });
});
