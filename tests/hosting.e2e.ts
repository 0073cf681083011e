import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { getMissingBrowserReason, launchBrowser, newContext, openPage, type RecordedPage } from './browser.ts';
import {
  expectNoProblems,
  getChart,
  getChronology,
  readDataEvents,
  setPatientPolls,
  waitForApp,
} from './timelinePage.ts';
import { SUBPATH_BASE } from './globalSetup.ts';

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

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const DIST_SUBPATH = fileURLToPath(new URL('../dist-subpath/', import.meta.url));
/** The real timeline's old id (an alias of `police-officers-died`) and the correction that names it. */
const OLD_ID = 'police-officers-killed';
const SUCCESSOR = events.find((e) => e.id === 'police-officers-died');
if (SUCCESSOR === undefined) throw new Error('timeline.json has no police-officers-died event');
const UNKNOWN_NOTICE = 'This event is not in the timeline (it may have been corrected)';

/** One rule of a `_headers` file: a path pattern (`*` matches anything) and its headers, in file order. */
interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

function readHeaderRules(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) {
      const path = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replaceAll('*', '.*');
      rules.push({ pattern: new RegExp(`^${path}$`), headers: [] });
    } else {
      const [name = '', value = ''] = line.trim().split(/: (.*)/s);
      rules.at(-1)?.headers.push([name, value]);
    }
  }
  return rules;
}

/** The headers `_headers` gives a path, as Cloudflare Pages sends them: every matching rule's, repeats comma-joined. */
function getHeadersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules.filter((r) => r.pattern.test(path))) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
    }
  }
  return headers;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

/**
 * A static host as GitHub Pages, Netlify, Cloudflare Pages and S3 are set up in the README: a file, or a
 * folder's index.html, or else 404.html with status 404; with the build's `_headers` applied to every response.
 * `decodesSlashes` is a host that decodes `%2F` before it looks the path up.
 */
async function startStaticHost(
  root: string,
  base: string,
  decodesSlashes = false,
): Promise<{ url: string; server: Server }> {
  const rules = readHeaderRules(readFileSync(join(root, '_headers'), 'utf8'));
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    const send = (status: number, file: string) => {
      response.writeHead(status, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        ...getHeadersFor(rules, path),
      });
      response.end(readFileSync(file));
    };
    let decoded: string;
    try {
      decoded = decodesSlashes ? decodeURIComponent(path) : path.replaceAll(/%(?!2F)[0-9A-F]{2}/gi, decodeURIComponent);
    } catch {
      decoded = '';
    }
    const relative = decoded.startsWith(base) ? decoded.slice(base.length) : undefined;
    if (relative !== undefined && !relative.includes('%')) {
      const target = normalize(join(root, relative));
      const file =
        target.endsWith(sep) || (existsSync(target) && statSync(target).isDirectory())
          ? join(target, 'index.html')
          : target;
      if (file.startsWith(root) && existsSync(file) && statSync(file).isFile()) {
        send(200, file);
        return;
      }
    }
    send(404, join(root, '404.html'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${base}`, server };
}

/** {@link expectNoProblems} for a page a host answered with 404.html: the document's own 404 is the point. */
async function expectNoProblemsBut404(opened: RecordedPage, url: string): Promise<void> {
  await opened.settle();
  expect(opened.problems.failedRequests.filter((r) => r !== `404 ${url}`)).toEqual([]);
  // Chromium logs the document's 404 as a console error; any other error (a hydration mismatch) still counts.
  expect(
    opened.problems.consoleErrors.filter(
      (e) => !e.startsWith('Failed to load resource: the server responded with a status of 404'),
    ),
  ).toEqual([]);
  expect(opened.problems.pageErrors).toEqual([]);
  expect(opened.problems.cspViolations).toEqual([]);
  expect(opened.problems.offOriginRequests).toEqual([]);
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
      // The CSV starts with a byte-order mark, so that spreadsheets read it as UTF-8.
      CSV: /^\uFEFFid,title,summary,/,
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
    await waitForApp(page);
    // The full page's footer (downloads, sources) is not in the embed.
    expect(await page.getByRole('link', { name: 'JSON', exact: true }).count()).toBe(0);
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

  test('404.html leads back to the timeline, and at any address but an event’s loads no data', async () => {
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
    expect(await page.locator('link[rel="preload"]').count()).toBe(0);
    expect(requested.filter((request) => /^fetch |\.json$/.test(request))).toEqual([]);
    expect(requested).toContainEqual(expect.stringMatching(/^stylesheet \/assets\/.+\.css$/));
    await context.close();
  });

  test('odd addresses hydrate without an error: unknown embeds, encoded slashes, trailing junk, old ids', async () => {
    const context = await newContext(browser);
    const cases: { path: string; heading?: string; notice: string | RegExp }[] = [
      { path: 'embed/events/no-such-event/', notice: UNKNOWN_NOTICE },
      { path: 'events/%2Fgunmen-killed/', notice: UNKNOWN_NOTICE },
      { path: 'events/gunmen-killed/junk', notice: /address was not recognised/ },
      { path: 'events/gunmen-killed/index.html/', heading: 'Six gunmen are killed', notice: '' },
      { path: `events/${OLD_ID}/`, heading: SUCCESSOR.title, notice: /was corrected on 3 December 2026/ },
      { path: `embed/events/${OLD_ID}/`, heading: SUCCESSOR.title, notice: /was corrected on 3 December 2026/ },
    ];
    for (const { path, heading, notice } of cases) {
      const opened = await openPage(context, new URL(path, baseUrl).href);
      await waitForApp(opened.page);
      if (notice !== '') await opened.page.getByRole('status').getByText(notice).waitFor();
      if (heading !== undefined) await opened.page.getByRole('heading', { level: 2, name: heading }).waitFor();
      await expectNoProblems(opened);
      await opened.page.close();
    }
    await context.close();
  });

  test('an old event id’s built page opens its successor, tells the reader, and links to the correction', async () => {
    const context = await newContext(browser);
    const opened = await openPage(context, new URL(`events/${OLD_ID}/`, baseUrl).href);
    const { page } = opened;
    await page.getByRole('heading', { level: 2, name: SUCCESSOR.title }).waitFor();
    const link = page.getByRole('status').getByRole('link', { name: 'Read the correction' });
    await expect.poll(() => link.getAttribute('href')).toBe('/#correction-died-not-killed');
    await expectNoProblems(opened);

    const withoutScript = await newContext(browser, { javaScriptEnabled: false });
    const plain = await withoutScript.newPage();
    await plain.goto(new URL(`events/${OLD_ID}/`, baseUrl).href);
    await expect(plain.getByText(/was corrected on 3 December 2026/).isVisible()).resolves.toBe(true);
    await expect(plain.getByRole('heading', { level: 2, name: SUCCESSOR.title }).isVisible()).resolves.toBe(true);
    await withoutScript.close();
    await context.close();
  });

  test('a 200-character word in an event’s title and summary does not widen a 320 px page', async () => {
    const word = 'Abcdefghij'.repeat(20);
    const phone = { viewport: { width: 320, height: 640 } };
    const widthOf = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

    // Without JavaScript: the prerendered page, its text swapped for the word.
    const plain = await newContext(browser, { ...phone, javaScriptEnabled: false });
    const plainPage = await plain.newPage();
    await plainPage.route(baseUrl, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replaceAll(ENTRY.title, word) });
    });
    await plainPage.goto(baseUrl);
    await plainPage.getByText(word).first().waitFor();
    expect(await widthOf(plainPage)).toBeLessThanOrEqual(320);
    await plain.close();

    // With JavaScript: the app renders the data with the word (the page's own markup is dropped, so nothing is
    // hydrated against other text), and opens the event so its details show the word too.
    // Playwright's routes do not see what a service worker fetches.
    const context = await newContext(browser, { ...phone, serviceWorkers: 'block' });
    await context.route(/\/assets\/timeline-[^/]+\.json$/, async (route) => {
      const response = await route.fetch();
      const data = (await response.json()) as { events: { id: string; title: string; summary: string }[] };
      for (const event of data.events) {
        if (event.id !== ENTRY.id) continue;
        event.title = word;
        event.summary = `${word} ${word}`;
      }
      await route.fulfill({ response, json: data });
    });
    await context.route(new URL(`events/${ENTRY.id}/`, baseUrl).href, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        /<div id="root"[^>]*>[\s\S]*?<\/div>(?=\s*<noscript>)/,
        '<div id="root"></div>',
      );
      await route.fulfill({ response, body: html });
    });
    // A plain page: openPage's own route for every request would answer before the context's routes.
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(new URL(`events/${ENTRY.id}/`, baseUrl).href);
    await page.getByRole('heading', { level: 2, name: word }).waitFor();
    // The chronology loads as it nears the screen.
    await page.getByRole('heading', { level: 2, name: 'Chronology' }).scrollIntoViewIfNeeded();
    await getChronology(page).getByText(word).first().waitFor();
    expect(await widthOf(page)).toBeLessThanOrEqual(320);
    expect(errors).toEqual([]);
    await context.close();
  });

  describe('on a static host that serves 404.html for missing paths (GitHub Pages, Netlify, S3)', () => {
    const hosts: Server[] = [];
    let hostUrl = '';
    let subpathHostUrl = '';
    let decodingHostUrl = '';

    beforeAll(async () => {
      const host = await startStaticHost(DIST, '/');
      const decoding = await startStaticHost(DIST, '/', true);
      hosts.push(host.server, decoding.server);
      hostUrl = host.url;
      decodingHostUrl = decoding.url;
      if (existsSync(join(DIST_SUBPATH, '404.html'))) {
        const subpath = await startStaticHost(DIST_SUBPATH, SUBPATH_BASE);
        hosts.push(subpath.server);
        subpathHostUrl = subpath.url;
      }
    });

    afterAll(async () => {
      await Promise.all(
        hosts.map((server) => {
          // The browser keeps connections alive; close() alone would wait for them.
          server.closeAllConnections();
          return new Promise((resolve) => server.close(resolve));
        }),
      );
    });

    test('an unknown event’s link opens the timeline with a notice, full and embedded, at the root and a sub-path', async () => {
      const context = await newContext(browser);
      const urls = [
        new URL('events/no-such-event/?zone=UTC', hostUrl).href,
        new URL('embed/events/no-such-event/', hostUrl).href,
        ...(subpathHostUrl === '' ? [] : [new URL('events/no-such-event/', subpathHostUrl).href]),
      ];
      for (const url of urls) {
        const opened = await openPage(context, url);
        await waitForApp(opened.page);
        await opened.page.getByRole('status').getByText(UNKNOWN_NOTICE).waitFor();
        await expect.poll(() => opened.page.title()).not.toMatch(/not found/i);
        await expectNoProblemsBut404(opened, url);
        await opened.page.close();
      }
      await context.close();
    });

    test('an old id’s link opens its successor; any other missing path stays a plain “not found” page', async () => {
      const context = await newContext(browser);
      const old = await openPage(context, new URL(`events/${OLD_ID}/`, hostUrl).href);
      await old.page.getByRole('heading', { level: 2, name: SUCCESSOR.title }).waitFor();
      await expectNoProblems(old);

      const otherUrl = new URL('no-such-page/', hostUrl).href;
      const other = await openPage(context, otherUrl);
      await other.settle();
      await expect(other.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        'This page is not in the timeline',
      );
      expect(await getChart(other.page).count()).toBe(0);
      await expectNoProblemsBut404(other, otherUrl);
      await context.close();
    });

    test('a host that decodes %2F serves an event’s page for another address, and it still hydrates', async () => {
      const context = await newContext(browser);
      const opened = await openPage(context, new URL('events/%2Fgunmen-killed/', decodingHostUrl).href);
      await waitForApp(opened.page);
      await opened.page.getByRole('status').getByText(UNKNOWN_NOTICE).waitFor();
      await expectNoProblems(opened);
      await context.close();
    });

    test('every built file type gets the headers _headers gives it: nosniff everywhere, the policy and framing on pages', async () => {
      const context = await newContext(browser);
      const rules = readHeaderRules(readFileSync(join(DIST, '_headers'), 'utf8'));
      const paths = [
        '',
        'events/gunmen-killed/',
        `events/${OLD_ID}/`,
        'embed/',
        'embed/events/gunmen-killed/',
        '404.html',
        'no-such-page',
        'favicon.svg',
        'robots.txt',
        ...(existsSync(join(DIST, 'sitemap.xml')) ? ['sitemap.xml'] : []),
        'downloads/timeline.json',
        'downloads/timeline.csv',
        'downloads/timeline.ics',
        'previews/home.png',
        ...['.js', '.css', '.json'].map((ext) => {
          const html = readFileSync(join(DIST, 'index.html'), 'utf8');
          const match = html.match(new RegExp(`/(assets/[^"]+\\${ext})"`));
          if (match?.[1] === undefined) throw new Error(`index.html names no ${ext} asset`);
          return match[1];
        }),
      ];
      for (const path of paths) {
        const response = await context.request.get(new URL(path, hostUrl).href);
        const headers = response.headers();
        const expected = getHeadersFor(rules, `/${path}`);
        expect(headers, path).toMatchObject(expected);
        expect(headers['x-content-type-options'], path).toBe('nosniff');
        if (headers['content-type']?.startsWith('text/html') === true) {
          expect(headers['content-security-policy'], path).toContain("default-src 'self'");
          const framing = path.startsWith('embed/') ? /frame-ancestors \*/ : /frame-ancestors 'self'|^$/;
          expect(headers['content-security-policy']?.match(/frame-ancestors [^;,]*/)?.[0] ?? '', path).toMatch(framing);
          expect(headers['x-frame-options'], path).toBe('SAMEORIGIN');
        }
      }
      await context.close();
    });

    test('another site may frame the embed, but no other page, a missing one included', async () => {
      const context = await newContext(browser);
      const page = await context.newPage();
      const paths = ['embed/', 'no-such-page', '', 'events/gunmen-killed/', '404.html'];
      // Another site frames each: a server of its own on `localhost`, another origin than the host's `127.0.0.1`
      // and, like it, on this machine (Chromium refuses a public page's frame of a local one whatever the
      // headers). Chromium leaves a refused frame on an error page.
      const otherSite = createServer((_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(paths.map((path) => `<iframe src="${new URL(path, hostUrl).href}"></iframe>`).join(''));
      });
      await new Promise<void>((resolve) => otherSite.listen(0, '127.0.0.1', resolve));
      hosts.push(otherSite);
      await page.goto(`http://localhost:${(otherSite.address() as AddressInfo).port}/`, { waitUntil: 'load' });
      const hostOrigin = new URL(hostUrl).origin;
      const loaded = page
        .frames()
        .filter((frame) => frame.url().startsWith(hostOrigin))
        .map((frame) => new URL(frame.url()).pathname);
      expect(loaded).toEqual(['/embed/']);
      await context.close();
    });
  });

  describe.skipIf(subpathUrl === '')('hosted under a sub-path', () => {
    test('the home page and an event page load every asset and work', async () => {
      const context = await newContext(browser);
      const opened = await openPage(context, subpathUrl);
      await waitForApp(opened.page);
      await getChronology(opened.page).getByRole('link', { name: 'Troops raid the building' }).click();
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
      await waitForApp(opened.page);
      await getChronology(opened.page).getByRole('link', { name: 'Six gunmen are killed' }).click();
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
