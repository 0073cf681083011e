/**
 * The studio in a real browser, built by this file into .cache/studio-e2e-dist with vite.studio.config.ts and
 * served by `vite preview`, on a short fictional report (tests/fixtures/studioReport.txt).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseTimelineText } from '../src/data/parseTimeline.ts';
import { getMissingBrowserReason, launchBrowser, newContext, openPage, type RecordedPage } from './browser.ts';
import { setPatientPolls } from './timelinePage.ts';

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
    await page.keyboard.press('s');
    // The sentence is selected before Enter cites it (on a loaded machine the selection can lag a key press).
    await expect.poll(() => page.locator('.studio-cite-selection').textContent()).not.toMatch(/No words selected/);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.studio-citation blockquote').first().textContent())
      .toBe(`“${REPORT_LINES[3] ?? ''}”`);
    await page.keyboard.press('w');
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => page.locator('.studio-cite-selection').textContent()).toMatch(/“Witnesses said”/);
  });

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
    await page.getByRole('button', { name: 'Import…' }).click();
    await page.getByLabel('Time zone of the file’s dates').fill('Europe/London');
    // The draft (the report just opened) is unsaved: the studio asks before replacing it.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByLabel('File to import').setInputFiles(file);
    await expect.poll(() => page.getByText(/Imported 2 events/).count()).toBe(1);
    await expect
      .poll(() => page.locator('.studio-record-list .studio-badge', { hasText: 'to review' }).count())
      .toBe(2);
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
