import { readFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { getMissingBrowserReason, newContext, openPage, type RecordedPage } from './browser.ts';
import { makeHostileTimeline, XSS_PAYLOADS, XSS_SIGNAL } from './support/hostileTimeline.ts';
import { expectNoProblems, getChart, getChronology, useChromium, waitForApp } from './timelinePage.ts';
import { getStoryOrder } from '../src/time/getStorySteps.ts';
import { placeEvents } from '../src/time/placeEvents.ts';

const hostile = makeHostileTimeline();

/** The query keys a link may carry (src/url/viewState.ts). */
const QUERY_KEYS = ['zone', 'scale', 'from', 'to', 'q', 'lane', 'status', 'who', 'hl'] as const;

/** The notice each bad query key gives (src/url/viewState.ts); a bad `q` is only cut short, never refused. */
/** The real timeline's title: the heading of every page of the real build. */
const REAL_TITLE = (
  JSON.parse(readFileSync(new URL('../src/data/timeline.json', import.meta.url), 'utf8')) as { meta: { title: string } }
).meta.title;

const NOTICES = {
  event: 'This event is not in the timeline (it may have been corrected), so the whole story is shown.',
  zone: 'The time zone in this link is not known, so times are in Dhaka time.',
  scale: 'The spacing in this link was not recognised, so the story steps are shown.',
  window: 'The part of the story in this link is not in the timeline, so all of it is shown.',
  filters: 'Some filters in this link are not in the timeline and were left out.',
  highlight: 'The person or place this link highlights is not in the timeline.',
} as const;

/** The keys whose values are free text, shown on the page, in the schema's words. */
const TEXT_KEYS = new Set([
  'title',
  'description',
  'contentNote',
  'statement',
  'why',
  'label',
  'summary',
  'known',
  'excerpt',
  'name',
  'role',
  'subject',
]);

/** Every free-text value of the hostile timeline (all of them are shown somewhere on its page). */
function listTexts(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return TEXT_KEYS.has(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item: unknown) => listTexts(item, key));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, item]) => listTexts(item, k));
  }
  return [];
}

/** What a payload would do if it ran: call the signal, or open a dialog. Both are recorded, never let through. */
interface Tripwires {
  /** Numbers passed to `__xssFired`: the payloads that ran. */
  fired: string[];
  /** Dialogs opened (`alert`, `confirm`, `prompt`), each dismissed. */
  dialogs: string[];
}

/** Defines `__xssFired` in every page and frame of `context`, and records and dismisses every dialog. */
async function armContext(context: BrowserContext): Promise<Tripwires> {
  const tripwires: Tripwires = { fired: [], dialogs: [] };
  await context.exposeFunction(XSS_SIGNAL, (n: unknown) => {
    tripwires.fired.push(`${String(n)}: ${XSS_PAYLOADS[Number(n) - 1] ?? '(not a payload number)'}`);
  });
  context.on('dialog', (dialog) => {
    tripwires.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return tripwires;
}

/**
 * Markup that could only have come from a payload: a script without `src`, an event-handler attribute, a frame,
 * an object or an embed, a URL attribute with a script or data scheme, tags the app never renders, a second
 * `<base>` or a refresh. Returns one line per finding.
 */
async function findInjectedMarkup(page: Page): Promise<string[]> {
  const found = await page.evaluate(() => {
    const findings: string[] = [];
    const URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'srcdoc', 'action', 'formaction', 'data', 'poster']);
    const FOREIGN_TAGS =
      'iframe, frame, frameset, object, embed, base, img, video, audio, source, math, mglyph, marquee, x, form, ' +
      'template, textarea, body body, #root style, #root link, #root meta, #root noscript, #root input[autofocus]';
    for (const element of document.querySelectorAll('*')) {
      const tag = element.tagName.toLowerCase();
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) findings.push(`<${tag}> has ${attribute.name}="${attribute.value}"`);
        if (URL_ATTRIBUTES.has(attribute.name) && /^\s*(?:javascript|vbscript|data):/i.test(attribute.value)) {
          findings.push(`<${tag}> has ${attribute.name}="${attribute.value}"`);
        }
      }
    }
    for (const script of document.querySelectorAll('script:not([src])')) {
      // The page's structured data is a data block, never run: JSON in the head, and nothing else inline.
      const isDataBlock =
        script.getAttribute('type') === 'application/ld+json' &&
        script.parentElement === document.head &&
        (() => {
          try {
            JSON.parse(script.textContent);
            return true;
          } catch {
            return false;
          }
        })();
      if (!isDataBlock) findings.push(`an inline <script>: ${script.textContent.slice(0, 80)}`);
    }
    for (const script of document.body.querySelectorAll('script')) {
      findings.push(`a <script> in the body: ${script.getAttribute('src') ?? ''}`);
    }
    for (const element of document.querySelectorAll(FOREIGN_TAGS)) {
      findings.push(`an injected <${element.tagName.toLowerCase()}>`);
    }
    for (const meta of document.querySelectorAll('meta[http-equiv]')) {
      if (meta.getAttribute('http-equiv') !== 'Content-Security-Policy' || meta.parentElement !== document.head) {
        findings.push(`a <meta http-equiv="${meta.getAttribute('http-equiv') ?? ''}">`);
      }
    }
    return findings;
  });
  if (page.frames().length > 1) found.push(`${page.frames().length - 1} frame(s) besides the page`);
  return found;
}

/** Checks nothing ran, no dialog opened, nothing was injected, and the page logged no problem. */
async function expectInert(opened: RecordedPage, tripwires: Tripwires): Promise<void> {
  await expectNoProblems(opened);
  expect(tripwires.fired).toEqual([]);
  expect(tripwires.dialogs).toEqual([]);
  expect(await findInjectedMarkup(opened.page)).toEqual([]);
}

/**
 * Checks the page has no problem so far, then forgets what it recorded, so the next navigation starts clean. The
 * one failure allowed is the favicon's request, which Chromium aborts when a test navigates on before it is done.
 */
function expectQuietAndReset(opened: RecordedPage, tripwires: Tripwires, when: string): void {
  const { problems } = opened;
  const abortedFavicon = `net::ERR_ABORTED ${opened.origin}/favicon.svg`;
  problems.failedRequests = problems.failedRequests.filter((failure) => failure !== abortedFavicon);
  expect(problems.consoleErrors, when).toEqual([]);
  expect(problems.pageErrors, when).toEqual([]);
  expect(problems.cspViolations, when).toEqual([]);
  expect(problems.offOriginRequests, when).toEqual([]);
  expect(problems.failedRequests, when).toEqual([]);
  expect(tripwires.fired, when).toEqual([]);
  expect(tripwires.dialogs, when).toEqual([]);
  for (const list of [
    problems.consoleErrors,
    problems.pageErrors,
    problems.offOriginRequests,
    problems.failedRequests,
    problems.cspViolations,
  ])
    list.length = 0;
}

/**
 * Scrolls to the chronology, the figures ledger and the people and places index in turn, and waits for each: the
 * app loads their code (and, without a prerendered page, renders them) only as the reader comes near.
 */
async function revealDeferredSections(page: Page): Promise<void> {
  const sections: [string, Locator][] = [
    ['#chronology', getChronology(page)],
    ['#numbers', page.getByRole('region', { name: 'What the numbers are' })],
    ['#people', page.getByRole('region', { name: 'People, organisations and places' })],
    // The footer's code loads as a reader comes near it: the context notes, the sources and the corrections.
    ['#about', page.getByRole('region', { name: 'About this timeline' })],
  ];
  for (const [anchor, section] of sections) {
    await page.locator(anchor).scrollIntoViewIfNeeded();
    await section.waitFor();
  }
  await page.evaluate(() => {
    window.scrollTo(0, 0);
  });
}

/** The whole text of the page, as a script reads it (hidden and collapsed text included). */
async function readPageText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.textContent);
}

function getSearchBox(page: Page): Locator {
  return page.getByRole('searchbox', { name: 'Search events /' });
}

/** What the app keeps of a link's `q`: control characters become spaces, and it is cut to 100 characters. */
function getKeptQuery(payload: string): string {
  return payload.replace(/\p{Cc}/gu, ' ').slice(0, 100);
}

/** A link to the real build with payloads in it, and the one it puts in `q`. */
interface HostileLink {
  href: string;
  /** The payload in `q`, which the search box shows. */
  query: string;
  /** Whether the link asks for story order, so `from` and `to` are read as event ids instead of instants. */
  isSequence: boolean;
}

/**
 * Links that carry the payloads in every slot a link has: the event in the path, each query key and the hash.
 * Link `j` puts payload `11j + s` in slot `s`, so eight links hold every payload at least once.
 */
const HOSTILE_LINKS: readonly HostileLink[] = Array.from({ length: 8 }, (_, j) => {
  const at = (slot: number) => XSS_PAYLOADS[(11 * j + slot) % XSS_PAYLOADS.length] ?? '';
  const params = new URLSearchParams(QUERY_KEYS.map((key, k) => [key, at(k + 1)]));
  const isSequence = j % 2 === 1;
  if (isSequence) params.set('scale', 'sequence');
  return {
    href: `events/${encodeURIComponent(at(0))}/?${params.toString()}#${at(QUERY_KEYS.length + 1)}`,
    query: params.get('q') ?? '',
    isSequence,
  };
});

/** Values of `Object.prototype` and friends that a polluted page would show. */
async function readPollution(page: Page): Promise<unknown> {
  return page.evaluate(() => {
    const probe: Record<string, unknown> = {};
    const prototype = Object.prototype as Record<string, unknown>;
    return {
      onPrototype: prototype.polluted,
      onObject: probe.polluted,
      inObject: 'polluted' in probe,
      onArray: ([] as unknown as Record<string, unknown>).polluted,
      onFunction: (Object.assign(() => undefined, {}) as unknown as Record<string, unknown>).polluted,
      enumerableKeys: Object.keys(Object.prototype),
      forInKeys: (() => {
        const keys: string[] = [];
        for (const key in probe) keys.push(key);
        return keys;
      })(),
    };
  });
}

const CLEAN_PROTOTYPE = {
  onPrototype: undefined,
  onObject: undefined,
  inObject: false,
  onArray: undefined,
  onFunction: undefined,
  enumerableKeys: [],
  forInKeys: [],
};

describe.skipIf(getMissingBrowserReason() !== undefined)('hostile text and links stay inert', () => {
  const baseUrl = inject('baseUrl');
  const harnessUrl = inject('harnessUrl');
  const chromium = useChromium();

  /** A fresh, armed context with `url` opened in it. */
  async function openArmed(url: string): Promise<{ opened: RecordedPage; tripwires: Tripwires }> {
    const context = chromium.keep(await newContext(chromium.browser));
    const tripwires = await armContext(context);
    const opened = await openPage(context, url);
    return { opened, tripwires };
  }

  describe.skipIf(harnessUrl === '')('a timeline with a payload in every text field (the harness)', () => {
    const hostileUrl = `${harnessUrl}?timeline=hostile`;

    test('renders every text field as the literal text it is, and nothing in it runs', async () => {
      const { opened, tripwires } = await openArmed(hostileUrl);
      const { page } = opened;
      await waitForApp(page);
      await revealDeferredSections(page);

      const pageText = await readPageText(page);
      const texts = listTexts(hostile);
      expect(texts.length).toBeGreaterThan(XSS_PAYLOADS.length);
      expect(texts.filter((text) => !pageText.includes(text))).toEqual([]);
      expect(XSS_PAYLOADS.filter((payload) => !pageText.includes(payload))).toEqual([]);

      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(hostile.meta.title);
      expect(await getChronology(page).getByRole('heading', { level: 3 }).allTextContents()).toEqual(
        hostile.events.map((event) => event.title),
      );
      const optionNames = await getChart(page)
        .getByRole('option')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? ''));
      expect(optionNames).toHaveLength(hostile.events.length);
      for (const event of hostile.events) {
        expect(optionNames.some((name) => name.startsWith(`${event.title}, `))).toBe(true);
      }
      const lanes = await getChart(page)
        .getByRole('group')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label')));
      expect(lanes).toEqual(hostile.categories.map((category) => category.label));

      const people = page.getByRole('region', { name: 'People, organisations and places' });
      expect((await people.getByRole('heading', { level: 4 }).allTextContents()).toSorted()).toEqual(
        hostile.entities.map((entity) => entity.name).toSorted(),
      );
      const numbers = page.getByRole('region', { name: 'What the numbers are' });
      const numbersText = (await numbers.textContent()) ?? '';
      for (const figure of hostile.figures) {
        expect(numbersText).toContain(figure.subject);
        for (const source of figure.sources) expect(numbersText).toContain(source.excerpt);
      }

      await expectInert(opened, tripwires);
    });

    test('an event’s details, the search, the filters and the index keep hostile text inert as the reader uses them', async () => {
      const { opened, tripwires } = await openArmed(hostileUrl);
      const { page } = opened;
      await waitForApp(page);
      await revealDeferredSections(page);
      // Sweep the pointer over the page and Tab through its start: a handler that slipped in would fire.
      for (let y = 20; y < 800; y += 60) await page.mouse.move(640, y);
      for (let presses = 0; presses < 12; presses += 1) await page.keyboard.press('Tab');

      // The statement with the most links: its details name other events, people, places and figures.
      const event = hostile.events.find((e) => e.id === 'official-statement');
      if (event === undefined) throw new Error('The hostile timeline has no official-statement event.');
      await getChronology(page).getByRole('link', { name: event.title, exact: true }).click();
      const panel = page.locator('#event-panel');
      await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe(event.title);
      const panelText = (await panel.textContent()) ?? '';
      for (const text of [event.summary, event.time.known, ...event.sources.map((s) => s.excerpt)]) {
        expect(panelText).toContain(text);
      }
      for (const relation of event.relations ?? []) {
        const other = hostile.events.find((e) => e.id === relation.event);
        expect(await panel.getByRole('link', { name: other?.title ?? '', exact: true }).count()).toBe(1);
      }
      // Previous and Next follow the story's order, step by step; the statement comes late in it, so go back.
      const order = getStoryOrder(placeEvents(hostile.events));
      const previousId = order[order.findIndex((p) => p.id === event.id) - 1]?.id;
      const previous = hostile.events.find((e) => e.id === previousId);
      if (previous === undefined) throw new Error('The statement is the story’s first step in the hostile timeline.');
      const previousLink = panel.getByRole('link', { name: /^Previous event: / });
      expect(await previousLink.getAttribute('aria-label')).toBe(`Previous event: ${previous.title}`);
      await previousLink.click();
      await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe(previous.title);
      // An order-only time is described by the titles of the events around it.
      await getChronology(page)
        .getByRole('link', { name: hostile.events[4]?.title ?? '', exact: true })
        .click();
      await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe(hostile.events[4]?.title);
      await page.keyboard.press('Escape');
      // Closed, the column beside the chart shows the story's title card again.
      await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('The story in brief');

      // Search by a payload, as typed: it matches the event whose title it is, and the box shows it as typed.
      // (A one-line input drops line breaks, so the query is a title without any.)
      const query = hostile.events.find((e) => !/[\r\n]/.test(e.title) && e.title.length <= 100)?.title ?? '';
      await getSearchBox(page).fill(query);
      await expect.poll(() => getSearchBox(page).inputValue()).toBe(query);
      await expect
        .poll(() => page.getByRole('search').getByRole('status').textContent())
        .toMatch(/^\d+ of 8 events match your search; they are highlighted\.$/);
      await getSearchBox(page).press('Escape');

      // The filters list every category and entity by name, and a chip repeats one.
      await page.locator('summary', { hasText: /^Filters$/ }).click();
      const entity = hostile.entities[3];
      const checkbox = page.getByRole('checkbox', { name: `${entity?.name ?? ''} (`, exact: false });
      await checkbox.first().check();
      expect(
        await page.getByRole('button', { name: `Remove filter: ${entity?.name ?? ''}`, exact: true }).count(),
      ).toBe(1);
      await page.getByRole('button', { name: 'Clear all filters' }).click();

      // The index: highlight an entity's events, open its passages, and choose one of its events.
      const people = page.getByRole('region', { name: 'People, organisations and places' });
      const entry = people.getByRole('article', { name: entity?.name ?? '', exact: true });
      await entry.getByRole('button', { name: 'Highlight its events on the timeline' }).click();
      await entry.locator('summary', { hasText: /^What the report says/ }).click();
      await entry.locator('summary', { hasText: /^Events/ }).click();
      await entry.getByRole('listitem').getByRole('link').first().click();
      await expect.poll(() => panel.count()).toBe(1);

      // The numbers: choose the event a figure belongs to.
      await page
        .getByRole('region', { name: 'What the numbers are' })
        .getByRole('link', { name: hostile.events[3]?.title ?? '', exact: true })
        .first()
        .click();
      await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe(hostile.events[3]?.title);

      // The chart, by keyboard: the details that Enter opens are those of the focused mark.
      for (const keys of [['Home', 'ArrowRight', 'ArrowRight'], ['End']]) {
        await getChart(page).locator('[role="option"][tabindex="0"]').focus();
        for (const key of keys) await page.keyboard.press(key);
        const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
        const title = hostile.events.map((e) => e.title).find((t) => focused.startsWith(`${t}, `));
        expect(title, focused).toBeDefined();
        await page.keyboard.press('Enter');
        await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe(title);
      }

      await expectInert(opened, tripwires);
    });
  });

  describe('links to the real build with a payload in them', () => {
    test('payloads as the event in the path, in every query key and in the hash open the timeline with notices', async () => {
      const { opened, tripwires } = await openArmed(baseUrl);
      const { page } = opened;
      for (const [i, link] of HOSTILE_LINKS.entries()) {
        const url = new URL(link.href, baseUrl).href;
        await page.goto(url);
        const when = `link ${i + 1}: ${url}`;
        const notices: (keyof typeof NOTICES)[] = [
          'event',
          'zone',
          'window',
          'filters',
          'highlight',
          ...(link.isSequence ? [] : (['scale'] as const)),
        ];
        for (const notice of notices) await page.getByText(NOTICES[notice], { exact: true }).waitFor();
        expect(await page.getByRole('heading', { level: 1 }).isVisible(), when).toBe(true);
        expect(await getChart(page).getByRole('option').count(), when).toBeGreaterThan(0);
        await expect.poll(() => getSearchBox(page).inputValue(), { message: when }).toBe(getKeptQuery(link.query));
        expect(await findInjectedMarkup(page), when).toEqual([]);
        expect(await readPollution(page), when).toEqual(CLEAN_PROTOTYPE);
        expectQuietAndReset(opened, tripwires, when);
      }
      await expectInert(opened, tripwires);
    });

    test('every payload in the path, every query key and the hash at once, reached by Back: the app reads it and runs nothing', async () => {
      const { opened, tripwires } = await openArmed(baseUrl);
      const { page } = opened;
      await waitForApp(page);
      await page.getByRole('heading', { level: 1 }).waitFor();
      // Each payload in every slot of its own history entry; Back walks through them all, each a real popstate
      // that the app reads with the same parser as a link it is opened with.
      const entries = XSS_PAYLOADS.map((payload, i) => {
        const params = new URLSearchParams(QUERY_KEYS.map((key) => [key, payload]));
        if (i % 2 === 1) params.set('scale', 'sequence');
        return {
          href: `/events/${encodeURIComponent(payload)}/?${params.toString()}#${payload}`,
          query: getKeptQuery(payload),
        };
      });
      const failures = await page.evaluate(async (list) => {
        const found: string[] = [];
        const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        for (const entry of list) window.history.pushState(null, '', entry.href);
        // The first entry is left by going back to it; the last is where the walk starts, so push one more.
        window.history.pushState(null, '', '/');
        for (const entry of [...list].reverse()) {
          const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
          window.history.back();
          await popped;
          let value = '';
          for (let frame = 0; frame < 60; frame += 1) {
            await nextFrame();
            value = (document.getElementById('event-search') as HTMLInputElement | null)?.value ?? '(no search box)';
            if (value === entry.query) break;
          }
          if (value !== entry.query) found.push(`${entry.href}: the search box shows "${value}"`);
          if (document.querySelector('h1') === null) found.push(`${entry.href}: the page lost its heading`);
        }
        return found;
      }, entries);
      expect(failures).toEqual([]);
      expect(await readPollution(page)).toEqual(CLEAN_PROTOTYPE);
      await expectInert(opened, tripwires);
    });

    test('the embed keeps payloads from its link out of the link to the full page it offers', async () => {
      const { opened, tripwires } = await openArmed(new URL('embed/', baseUrl).href);
      const { page } = opened;
      // A `javascript:` URL, a breakout from a quoted attribute, and markup.
      for (const n of [8, 7, 2]) {
        const payload = XSS_PAYLOADS[n - 1] ?? '';
        const params = new URLSearchParams(QUERY_KEYS.map((key) => [key, payload]));
        const url = `${baseUrl}embed/events/gunmen-storm-cafe/?${params.toString()}#${payload}`;
        await page.goto(url);
        await page.getByText(NOTICES.zone, { exact: true }).waitFor();
        // The embed has no search box of its own; the search in its link goes on to the full page.
        expect(await getSearchBox(page).count(), url).toBe(0);
        // The view's own link, with the search as its only free text, encoded in the query.
        const out = page.getByRole('heading', { level: 1 }).getByRole('link');
        await expect
          .poll(() => out.getAttribute('href'), { message: url })
          .toBe(`/events/gunmen-storm-cafe/?${new URLSearchParams([['q', getKeptQuery(payload)]]).toString()}`);
        expect(await findInjectedMarkup(page), url).toEqual([]);
        expectQuietAndReset(opened, tripwires, url);
      }
      await expectInert(opened, tripwires);
    });

    test('a static host’s 404 page for a hostile event path opens the timeline with its notice and runs nothing', async () => {
      const context = chromium.keep(await newContext(chromium.browser));
      const tripwires = await armContext(context);
      const opened = await openPage(context, new URL('404.html', baseUrl).href);
      const { page } = opened;
      await expectNoProblems(opened);
      // vite preview answers unknown paths with the home page; a static host answers with 404.html and a 404.
      const notFound = await (await page.request.get(new URL('404.html', baseUrl).href)).text();
      await page.route(/\/events\/[^/?#]*%3C[^/?#]*\/(?:[?#]|$)/, (route) =>
        route.fulfill({ status: 404, contentType: 'text/html', body: notFound }),
      );
      const payload = XSS_PAYLOADS[0] ?? '';
      const url = `${baseUrl}events/${encodeURIComponent(payload)}/?q=${encodeURIComponent(payload)}#${payload}`;
      const response = await page.goto(url);
      expect(response?.status()).toBe(404);
      // 404.html turns into the timeline at an event's address, saying the event is not in it; the path's own
      // text appears nowhere.
      await page.getByText(NOTICES.event, { exact: true }).waitFor();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(REAL_TITLE);
      expect(await readPageText(page)).not.toContain('xssFired');
      await opened.settle();
      // The only failure is the page's own 404 status, which Chromium also logs, once.
      expect(opened.problems.failedRequests).toEqual([`404 ${response?.url() ?? ''}`]);
      expect(opened.problems.consoleErrors).toEqual([
        expect.stringMatching(/^Failed to load resource: the server responded with a status of 404 \(Not Found\)/),
      ]);
      opened.problems.failedRequests.length = 0;
      opened.problems.consoleErrors.length = 0;
      await expectInert(opened, tripwires);
    });
  });

  describe('prototype pollution through a link', () => {
    const PROBES = [
      '?__proto__[polluted]=1',
      '?constructor[prototype][polluted]=1',
      '?__proto__.polluted=1&constructor.prototype.polluted=1&__proto__=polluted&__proto__[]=polluted',
      '#__proto__[polluted]=1&constructor[prototype][polluted]=1&__proto__.polluted=1',
      '?q=police&__proto__[polluted]=1&zone=UTC&constructor[prototype][polluted]=1&__proto__.polluted=1&scale=sequence',
      'events/constructor/?who=constructor&hl=constructor&lane=__proto__&status=constructor,__proto__,prototype&scale=sequence&from=constructor&to=__proto__',
      'events/__proto__/?constructor.prototype.polluted=1#constructor.prototype.polluted=1',
    ];

    test('keys such as __proto__[x] and constructor[prototype][x] leave Object.prototype untouched', async () => {
      const { opened, tripwires } = await openArmed(baseUrl);
      const { page } = opened;
      for (const probe of PROBES) {
        await page.goto(new URL(probe, baseUrl).href);
        await waitForApp(page);
        await page.getByRole('heading', { level: 1 }).waitFor();
        // Let the app apply the link's view after hydration before looking.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
        expect(await readPollution(page), probe).toEqual(CLEAN_PROTOTYPE);
        expectQuietAndReset(opened, tripwires, probe);
      }
      await expectInert(opened, tripwires);
    });

    test('nor does using the page after such a link: search, select, filter, go back', async () => {
      const probe = PROBES[4] ?? '';
      const { opened, tripwires } = await openArmed(new URL(probe, baseUrl).href);
      const { page } = opened;
      await waitForApp(page);
      await expect.poll(() => getSearchBox(page).inputValue()).toBe('police');
      await getSearchBox(page).fill('__proto__');
      await getSearchBox(page).fill('constructor');
      await getChronology(page).getByRole('link').first().click();
      await expect.poll(() => page.locator('#event-panel').count()).toBe(1);
      await page.locator('summary', { hasText: /^Filters$/ }).click();
      await page.getByRole('checkbox').first().check();
      await page.goBack();
      await page.goForward();
      expect(await readPollution(page)).toEqual(CLEAN_PROTOTYPE);
      await expectInert(opened, tripwires);
    });
  });
});
