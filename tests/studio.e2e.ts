/**
 * The studio in a real browser, built by this file into .cache/studio-e2e-dist with vite.studio.config.ts and
 * served by `vite preview`, on a short fictional report (tests/fixtures/studioReport.txt); and served by its dev
 * server (`npm run studio`) on a copy of the curated timeline, which it saves back to that copy.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build, createServer, preview, type PreviewServer, type ViteDevServer } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseTimelineText } from '../src/data/parseTimeline.ts';
import { STUDIO_TIMELINE_ENDPOINT } from '../src/studio/studioTimelineEndpoint.ts';
import { getMissingBrowserReason, launchBrowser, newContext, openPage, type RecordedPage } from './browser.ts';
import { setPatientPolls } from './timelinePage.ts';
import { withTimelineFile } from './support/withTimelineFile.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CONFIG = fileURLToPath(new URL('../vite.studio.config.ts', import.meta.url));
const OUT_DIR = fileURLToPath(new URL('../.cache/studio-e2e-dist', import.meta.url));
const WORK_DIR = fileURLToPath(new URL('../.cache/studio-e2e', import.meta.url));
const REPORT = fileURLToPath(new URL('./fixtures/studioReport.txt', import.meta.url));
const REPORT_LINES = readFileSync(REPORT, 'utf8').split('\n');

const missing = getMissingBrowserReason();

describe.skipIf(missing !== undefined)('the studio', () => {
  let server: PreviewServer;
  let browser: Browser;
  let studioUrl: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    setPatientPolls();
    mkdirSync(WORK_DIR, { recursive: true });
    await build({ configFile: CONFIG, root: ROOT, mode: 'production', logLevel: 'warn', build: { outDir: OUT_DIR } });
    server = await preview({
      configFile: CONFIG,
      root: ROOT,
      logLevel: 'warn',
      build: { outDir: OUT_DIR },
      preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    });
    const base = server.resolvedUrls?.local[0];
    if (base === undefined) throw new Error('vite preview reported no URL');
    studioUrl = new URL('studio.html', base).href;
    browser = await launchBrowser();
  }, 120_000);

  afterEach(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    contexts.length = 0;
  });

  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  async function openStudio(): Promise<RecordedPage> {
    const context = await newContext(browser, { acceptDownloads: true });
    contexts.push(context);
    const opened = await openPage(context, studioUrl);
    await opened.page.getByRole('heading', { name: 'Timeline studio' }).waitFor();
    return opened;
  }

  async function openReport(page: Page): Promise<void> {
    await page.getByLabel('Open a report (text file)…').setInputFiles(REPORT);
    await page.getByRole('listitem', { name: 'Paragraph 1', exact: true }).waitFor();
  }

  /** Selects characters [start, end) of a paragraph, as a drag of the mouse would. */
  async function selectWords(page: Page, paragraph: number, start: number, end: number): Promise<string> {
    return page.evaluate(
      ({ paragraph, start, end }) => {
        const node = document.querySelector(`[data-paragraph-text][data-paragraph="${paragraph}"]`)?.firstChild;
        if (node === null || node === undefined) throw new Error('no such paragraph');
        window.getSelection()?.setBaseAndExtent(node, start, node, end);
        return (node.textContent ?? '').slice(start, end);
      },
      { paragraph, start, end },
    );
  }

  const citeButton = (page: Page) => page.getByRole('button', { name: 'Cite', exact: true });

  /** Adds an event, titles it, cites paragraph 2's first words, and fills what the validator asks for. */
  async function createValidEvent(page: Page, title: string): Promise<string> {
    await page.getByRole('button', { name: 'Add an event' }).click();
    await page.getByLabel('Title', { exact: true }).fill(title);
    const excerpt = await selectWords(page, 2, 0, 'Firefighters arrived at 7.40pm local time'.length);
    await expect.poll(() => citeButton(page).getAttribute('aria-disabled')).toBe('false');
    await citeButton(page).click();
    await page.getByLabel('Summary').fill('Firefighters reached the cannery as its roof burned.');
    await page.getByLabel('In a short phrase').fill('7.40pm local time, per the fire service');
    return excerpt;
  }

  it('cites the exact words selected, validates live, and saves a file the build accepts', async () => {
    const opened = await openStudio();
    const { page } = opened;
    await openReport(page);
    await page.getByRole('button', { name: 'About' }).click();
    // The new timeline's one line on its report names the report just opened.
    expect(await page.getByLabel('One line on the source report').inputValue()).toContain('"studioReport"');
    await page.getByLabel('Content note').fill('A fire in which nobody was hurt.');
    await page.getByRole('button', { name: /^Events/ }).click();
    const excerpt = await createValidEvent(page, 'Firefighters arrive');
    expect(excerpt).toBe('Firefighters arrived at 7.40pm local time');
    await expect.poll(() => page.locator('.studio-citation blockquote').first().textContent()).toBe(`“${excerpt}”`);
    await expect.poll(() => page.getByText('No problems: the build accepts this timeline.').count()).toBe(1);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save (download)' }).click();
    const saved = await download;
    const text = readFileSync(await saved.path(), 'utf8');
    const parsed = parseTimelineText(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const source = parsed.timeline.events[0]?.sources[0];
    expect(source?.excerpt).toBe(excerpt);
    expect(REPORT_LINES[(source?.paragraph ?? 0) - 1]).toContain(source?.excerpt);
    await opened.settle();
    expect(opened.problems.pageErrors).toEqual([]);
    expect(opened.problems.cspViolations).toEqual([]);
    expect(opened.problems.offOriginRequests).toEqual([]);
  });

  it('on a first visit, the problem of having no report goes to where it says how to open one', async () => {
    const { page } = await openStudio();
    await page.getByRole('button', { name: /a timeline cites at least one document/ }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toMatch(/^No document is open\. Open the report under Sources/);
  });

  it('refuses a selection that runs over two paragraphs, and says why', async () => {
    const { page } = await openStudio();
    await openReport(page);
    await page.getByRole('button', { name: 'Add an event' }).click();
    await page.evaluate(() => {
      const first = document.querySelector('[data-paragraph-text][data-paragraph="1"]')?.firstChild;
      const last = document.querySelector('[data-paragraph-text][data-paragraph="2"]')?.firstChild;
      if (first && last) window.getSelection()?.setBaseAndExtent(first, 0, last, 10);
    });
    await expect.poll(() => page.locator('.studio-cite-reason').textContent()).toMatch(/more than one paragraph/);
    await expect.poll(() => citeButton(page).getAttribute('aria-disabled')).toBe('true');
  });

  it('shows a problem at its field, goes there from the list, and clears it when fixed', async () => {
    const { page } = await openStudio();
    await openReport(page);
    await createValidEvent(page, 'Firefighters arrive');
    const title = page.getByLabel('Title', { exact: true });
    await title.fill('');
    await expect.poll(() => page.locator('#field-events-0-title-problems').textContent()).toMatch(/empty|at least/);
    await page.locator('.studio-problem', { hasText: 'title' }).first().click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-events-0-title');
    await page.keyboard.type('Firefighters arrive');
    await expect.poll(() => page.locator('#field-events-0-title-problems').count()).toBe(0);
  });

  it('restores the draft after a reload, and undoes and redoes', async () => {
    const { page } = await openStudio();
    await openReport(page);
    await createValidEvent(page, 'Firefighters arrive');
    await page.waitForTimeout(600);
    await page.reload();
    await expect.poll(() => page.getByLabel('Title', { exact: true }).inputValue()).toBe('Firefighters arrive');
    await expect.poll(() => page.getByText('Your draft was restored from this browser.').count()).toBe(1);

    await page.getByLabel('Summary').fill('Changed words.');
    await page.locator('.studio-title').click();
    await page.keyboard.press('Control+z');
    await expect
      .poll(() => page.getByLabel('Summary').inputValue())
      .toBe('Firefighters reached the cannery as its roof burned.');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => page.getByLabel('Summary').inputValue()).toBe('Changed words.');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() => page.getByLabel('Summary').inputValue())
      .toBe('Firefighters reached the cannery as its roof burned.');
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => page.getByLabel('Summary').inputValue()).toBe('Changed words.');
  });

  it('shows the new event in the reader’s page beside the form', async () => {
    const { page } = await openStudio();
    await openReport(page);
    await createValidEvent(page, 'Firefighters arrive');
    const preview = page.frameLocator('iframe[title^="Preview"]');
    await expect
      .poll(() => preview.getByRole('heading', { level: 1 }).textContent(), { timeout: 20_000 })
      .toBe('Untitled timeline');
    await expect.poll(() => preview.getByText('Firefighters arrive').count(), { timeout: 20_000 }).toBeGreaterThan(0);
  });

  it('cites with the keyboard alone', async () => {
    const { page } = await openStudio();
    await openReport(page);
    await page.getByRole('button', { name: 'Add an event' }).click();
    await page.getByRole('listitem', { name: 'Paragraph 1', exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Paragraph 4');
    // Keys pressed straight after one another: each finds the passage the one before chose.
    await page.keyboard.press('s');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.studio-citation blockquote').first().textContent())
      .toBe(`“${REPORT_LINES[3] ?? ''}”`);
    // Where the selection was, the bar says what the key did: the citation itself lands lower in the form.
    expect(await page.locator('.studio-cite-selection').textContent()).toMatch(/^Cited paragraph 4: “Witnesses said/);
    await page.keyboard.press('w');
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => page.locator('.studio-cite-selection').textContent()).toMatch(/“Witnesses said”/);
  });

  /**
   * Imports `file` (dates in London time) over the unsaved draft, accepting the studio's question before it
   * replaces it, and waits for its two events: both drafts to review, nothing cited until the author cites it.
   */
  async function importTwoEventsToReview(page: Page, file: string): Promise<void> {
    await page.getByRole('button', { name: 'Import…' }).click();
    // The dialog says what an import replaces before the file is chosen.
    expect(await page.getByText('The import takes the place of the timeline open now').count()).toBe(1);
    await page.getByLabel('Time zone of the file’s dates').fill('Europe/London');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByLabel('File to import').setInputFiles(file);
    await expect.poll(() => page.getByText(/Imported 2 events/).count()).toBe(1);
    await expect
      .poll(() => page.locator('.studio-record-list .studio-badge', { hasText: 'to review' }).count())
      .toBe(2);
  }

  it('imports TimelineJS JSON as drafts to review, and exports TimelineJS JSON', async () => {
    const { page } = await openStudio();
    await openReport(page);
    const file = `${WORK_DIR}/timelinejs.json`;
    writeFileSync(
      file,
      JSON.stringify({
        title: { text: { headline: 'Imported story', text: 'From TimelineJS' } },
        events: [
          { start_date: { year: 2024, month: 3, day: 5, hour: 19, minute: 40 }, text: { headline: 'Crews arrive' } },
          { start_date: { year: 2024 }, text: { headline: 'Sometime that year', text: '<b>bold</b>' }, group: 'Later' },
        ],
      }),
    );
    await importTwoEventsToReview(page, file);
    await page.getByRole('button', { name: /Sometime that year/ }).click();
    await expect.poll(() => page.locator('.studio-reads-as').textContent()).toMatch(/some time between/);

    // Cite both, fill the rest, and export.
    for (const name of ['Crews arrive', 'Sometime that year']) {
      await page.getByRole('button', { name: new RegExp(name) }).click();
      await selectWords(page, 1, 0, 'A fire broke out'.length);
      await citeButton(page).click();
      if (name === 'Crews arrive') await page.getByLabel('Summary').fill('Crews came.');
    }
    await page.getByRole('button', { name: 'About' }).click();
    await expect.poll(() => page.getByText('No problems: the build accepts this timeline.').count()).toBe(1);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export TimelineJS' }).click();
    const exported: unknown = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    expect(exported).toMatchObject({
      title: { text: { headline: 'Imported story' } },
      events: [
        {
          start_date: { year: 2024, month: 1, day: 1 },
          group: 'Later',
          display_date: expect.stringMatching(/^some time between/) as unknown,
        },
        { start_date: { year: 2024, month: 3, day: 5, hour: 19, minute: 40 }, unique_id: 'crews-arrive' },
      ],
    });
  });

  it('imports TimelineJS’s spreadsheet template, saved as CSV, with each time no more precise than it gives', async () => {
    const { page } = await openStudio();
    await openReport(page);
    const file = `${WORK_DIR}/timelinejs-template.csv`;
    writeFileSync(
      file,
      [
        'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
        ',,,,,,,,,"Template story","About it, with a comma",,,,,title,,',
        '2024,3,5,7:40 PM,,,,,,Crews arrive,"They ""arrived""",,,,,,Response,',
        '2024,3,,,,,,,,Some day in March,,,,,,,,',
      ].join('\r\n'),
    );
    await importTwoEventsToReview(page, file);
    await page.getByRole('button', { name: /Crews arrive/ }).click();
    await expect.poll(() => page.getByLabel('Summary').inputValue()).toBe('They "arrived"');
    await page.getByRole('button', { name: /Some day in March/ }).click();
    // A month alone is a window over that month, never a day or a minute in it.
    await expect.poll(() => page.locator('.studio-reads-as').textContent()).toMatch(/some time between/);
  });

  it('gives a new entity an id that follows its name, as an event’s follows its title', async () => {
    const { page } = await openStudio();
    await openReport(page);
    await page.getByRole('button', { name: /^Entities/ }).click();
    await page.getByRole('button', { name: 'Add an entity' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Port Alder town council');
    await expect.poll(() => page.getByLabel('Id', { exact: true }).inputValue()).toBe('port-alder-town-council');
  });

  it('keeps markup in a title inert', async () => {
    const opened = await openStudio();
    const { page } = opened;
    await openReport(page);
    await page.evaluate(() => {
      window.alert = () => {
        document.body.dataset.alerted = 'yes';
      };
    });
    await page.getByRole('button', { name: 'Add an event' }).click();
    const payload = '<img src=x onerror=alert(1)>';
    await page.getByLabel('Title', { exact: true }).fill(payload);
    await expect.poll(() => page.locator('.studio-record-name').first().textContent()).toBe(payload);
    await expect.poll(() => page.locator('.studio-problem', { hasText: 'plain text' }).count()).toBeGreaterThan(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => document.body.dataset.alerted)).toBeUndefined();
    await opened.settle();
    expect(opened.problems.offOriginRequests).toEqual([]);
    expect(opened.problems.cspViolations).toEqual([]);
  });
});

/** The curated timeline; the dev server below is pointed at a copy of it, never at the file itself. */
const CURATED_TIMELINE = fileURLToPath(new URL('../src/data/timeline.json', import.meta.url));
/** `npm run build`, run with this Node. */
const BUILD_SCRIPT = fileURLToPath(new URL('../scripts/build.ts', import.meta.url));
/** The studio dev server's own dependency cache, so it never races a developer's `npm run studio`. */
const STUDIO_DEV_CACHE_DIR = join(ROOT, '.cache', 'vite-studio-dev-e2e');
/** How long the first page of a fresh dev server may take: it transforms every module once. */
const DEV_FIRST_LOAD_MS = 60_000;
const runFile = promisify(execFile);

describe.skipIf(missing !== undefined)('the studio’s dev server', () => {
  let dir: string;
  let file: string;
  let server: ViteDevServer | undefined;
  let browser: Browser | undefined;
  let studioUrl: string;

  beforeAll(async () => {
    setPatientPolls();
    // Inside the project: the dev server writes no file outside it.
    mkdirSync(join(ROOT, '.cache'), { recursive: true });
    dir = mkdtempSync(join(ROOT, '.cache', 'studio-save-e2e-'));
    file = join(dir, 'timeline.json');
    copyFileSync(CURATED_TIMELINE, file);
    const started = await withTimelineFile(file, () =>
      createServer({
        configFile: CONFIG,
        root: ROOT,
        logLevel: 'warn',
        cacheDir: STUDIO_DEV_CACHE_DIR,
        server: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
      }),
    );
    server = started;
    await started.listen();
    const base = started.resolvedUrls?.local[0];
    if (base === undefined) throw new Error('the studio’s dev server reported no URL');
    studioUrl = new URL('studio.html', base).href;
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('saves an edit to the timeline file, never writes an invalid draft, and the build accepts the file', async () => {
    if (browser === undefined) throw new Error('no browser');
    const before = readFileSync(file, 'utf8');
    const loaded = parseTimelineText(before);
    if (!loaded.ok) throw new Error(`the curated timeline does not load: ${JSON.stringify(loaded.problems)}`);
    const event = loaded.timeline.events[0];
    if (event === undefined) throw new Error('the curated timeline has no event');
    const shownFile = relative(ROOT, file);
    const newTitle = 'Retitled through the studio dev server';
    const what = `Event “${event.id}” retitled.`;
    const why = 'A browser test of saving through the dev server.';

    const context = await newContext(browser);
    const opened = await openPage(context, studioUrl);
    const { page } = opened;
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posts.push(request.url());
    });
    await page.getByRole('heading', { name: 'Timeline studio' }).waitFor({ timeout: DEV_FIRST_LOAD_MS });

    // The studio opens the file the dev server was pointed at.
    await page.getByRole('button', { name: 'Open the project’s timeline' }).click();
    await page.getByText(`Opened “${shownFile}”: ${loaded.timeline.events.length} events.`).waitFor();
    await page.getByRole('list', { name: 'Events' }).getByRole('button', { name: event.title }).click();
    const title = page.getByLabel('Title', { exact: true });
    await expect.poll(() => title.inputValue()).toBe(event.title);
    const save = page.getByRole('button', { name: 'Save to the project' });

    // An invalid draft: the studio refuses to save it and sends nothing.
    await title.fill('');
    await expect.poll(() => title.getAttribute('aria-invalid')).toBe('true');
    await save.click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('under Checks first. An invalid timeline is never written.');
    expect(posts).toEqual([]);
    expect(readFileSync(file, 'utf8')).toBe(before);

    // Nor does the dev server write one, should a page send it.
    const invalid = JSON.parse(before) as { events: { title: string }[] };
    invalid.events = invalid.events.map((e, i) => (i === 0 ? { ...e, title: '' } : e));
    const refused = await page.evaluate(
      async ({ endpoint, text }) => {
        const response = await fetch(endpoint, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: text,
        });
        return { status: response.status, body: (await response.json()) as { message?: string } };
      },
      { endpoint: STUDIO_TIMELINE_ENDPOINT, text: JSON.stringify(invalid) },
    );
    expect(refused.status).toBe(422);
    expect(refused.body.message).toContain('title');
    expect(readFileSync(file, 'utf8')).toBe(before);
    posts.length = 0;

    // A valid edit of a published event: the studio asks for a corrections entry, then writes the file.
    await title.fill(newTitle);
    await expect.poll(() => page.getByText('No problems: the build accepts this timeline.').count()).toBe(1);
    await save.click();
    const dialog = page.getByRole('dialog', { name: 'This save changes published facts' });
    await dialog.getByLabel('What changed').fill(what);
    await dialog.getByLabel('Why').fill(why);
    await dialog.getByRole('button', { name: 'Add to the corrections log and save' }).click();
    await page.getByText(`Saved to ${shownFile}.`).waitFor();
    expect(posts).toHaveLength(1);
    await opened.settle();
    expect(opened.problems.pageErrors).toEqual([]);
    expect(opened.problems.offOriginRequests).toEqual([]);
    await context.close();

    // The file on disk: the project's loader accepts it, with the new title and the corrections entry, and
    // every other event exactly as it was.
    const after = readFileSync(file, 'utf8');
    expect(after).not.toBe(before);
    const saved = parseTimelineText(after);
    if (!saved.ok) throw new Error(`the saved file does not load: ${JSON.stringify(saved.problems)}`);
    const retitled = saved.timeline.events.find((e) => e.id === event.id);
    expect(retitled?.title).toBe(newTitle);
    expect({ ...retitled, title: event.title }).toEqual(event);
    const others = (timeline: typeof loaded.timeline) => timeline.events.filter((e) => e.id !== event.id);
    expect(others(saved.timeline)).toEqual(others(loaded.timeline));
    expect(saved.timeline.corrections.find((c) => c.what === what)).toMatchObject({ records: [event.id], why });

    // `npm run build` on the saved file (excerpts checked against the report, pages prerendered).
    const outDir = join(dir, 'dist');
    await runFile(process.execPath, [BUILD_SCRIPT], {
      cwd: ROOT,
      env: { ...process.env, TIMELINE_FILE: file, OUT_DIR: outDir },
      timeout: 180_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    expect(readFileSync(join(outDir, 'events', event.id, 'index.html'), 'utf8')).toContain(newTitle);
  }, 300_000);
});
