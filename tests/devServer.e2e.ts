/**
 * A malformed timeline file stops the real build and shows in the real dev server, in Chromium, with the file,
 * the JSON path and the reason; the page is never blank, and fixing the file brings the timeline back. Both run
 * the project's own `vite.config.ts` on a file named by `TIMELINE_FILE`, which the config reads when it loads.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build, createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getMissingBrowserReason, launchBrowser, newContext, openPage } from './browser.ts';
import { getReportFile } from '../scripts/timelineDataPlugin.ts';
import {
  getProblemPrefix,
  MALFORMED_TIMELINES,
  MISQUOTED_TIMELINE,
  readValidTimelineText,
  type MalformedTimeline,
} from './fixtures/malformedTimelines.ts';
import { setPatientPolls } from './timelinePage.ts';
import { withTimelineFile } from './support/withTimelineFile.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CONFIG_FILE = join(ROOT, 'vite.config.ts');
/** The dev server's own dependency cache, so it never races a developer's `npm run dev` over node_modules/.vite. */
const CACHE_DIR = join(ROOT, '.cache', 'vite-dev-server-e2e');
/**
 * The cases the dev server is started on: one of each stage of validation (the file as a whole, its JSON, the
 * cross-record checks). Each fresh server transforms the whole app again, some 10 s on 2 cores; every case is
 * also saved into one running server below.
 */
const STARTUP_FILES = new Set(['empty.json', 'truncated.json', 'unknown-category.json']);
/** How long the first page of a fresh dev server may take: it transforms every module once. */
const FIRST_LOAD_MS = 30_000;

const missingBrowser = getMissingBrowserReason();
const VALID_TEXT = readValidTimelineText();
const TITLE = (JSON.parse(VALID_TEXT) as { meta: { title: string } }).meta.title;

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'malformed-timelines-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Writes a file for the case into the temporary folder and returns its path. */
function writeTimelineFile(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** The file as the plugin names it in its messages: relative to where Vite runs. */
function getShownFile(file: string): string {
  return relative(process.cwd(), file);
}

/** Checks that `text` has the case's problem on one line: the file, the path, the record's id and the reason. */
function expectProblem(text: string, malformed: MalformedTimeline, file: string): void {
  const prefix = getProblemPrefix(malformed, getShownFile(file));
  const line = text.split('\n').find((candidate) => candidate.includes(prefix));
  expect(line, `a line starting "${prefix}" in:\n${text.slice(0, 2000)}`).toBeDefined();
  expect(line).toContain(malformed.reason);
}

/** The build checks excerpts only when it has the report; without it (and not under CI) it says so and goes on. */
const BUILD_CASES = existsSync(getReportFile()) ? [...MALFORMED_TIMELINES, MISQUOTED_TIMELINE] : MALFORMED_TIMELINES;

describe('the build', () => {
  test.each(BUILD_CASES)('stops on $name, naming the file, the path and the reason', async (malformed) => {
    const file = writeTimelineFile(malformed.file, malformed.makeText());
    const outcome = await withTimelineFile(file, () =>
      build({
        root: ROOT,
        configFile: CONFIG_FILE,
        logLevel: 'silent',
        build: { write: false, outDir: join(dir, 'out') },
      }),
    ).then(
      () => 'the build succeeded',
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    expectProblem(outcome, malformed, file);
  });
});

/** What Vite's error overlay shows, or undefined when there is none; survives the page reloading under it. */
async function readOverlay(page: Page): Promise<{ text: string; isShown: boolean } | undefined> {
  try {
    return await page.evaluate(() => {
      const overlay = document.querySelector('vite-error-overlay');
      const panel = overlay?.shadowRoot?.querySelector<HTMLElement>('.window');
      if (overlay == null || panel == null) return undefined;
      const box = overlay.getBoundingClientRect();
      const isShown = panel.checkVisibility() && box.width >= innerWidth && box.height >= innerHeight;
      return { text: panel.innerText, isShown };
    });
  } catch {
    return undefined;
  }
}

/** Waits until the overlay shows the case's problem, then checks it names it in full and covers the page. */
async function expectOverlay(page: Page, malformed: MalformedTimeline, file: string, timeout: number): Promise<void> {
  const prefix = getProblemPrefix(malformed, getShownFile(file));
  await expect
    .poll(async () => (await readOverlay(page))?.text.split('\n').find((line) => line.includes(prefix)) ?? '', {
      timeout,
    })
    .toContain(malformed.reason);
  const overlay = await readOverlay(page);
  expect(overlay?.isShown, 'the overlay covers the page').toBe(true);
  expectProblem(overlay?.text ?? '', malformed, file);
}

/** Waits for the timeline's heading and checks no overlay is left over it. */
async function expectTimeline(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor({ timeout: FIRST_LOAD_MS });
  expect(await readOverlay(page)).toBeUndefined();
}

describe.skipIf(missingBrowser !== undefined)('the dev server', () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    setPatientPolls();
    browser = await launchBrowser();
    context = await newContext(browser);
  });

  afterAll(async () => {
    await context.close();
    await browser.close();
  });

  /** Starts the project's dev server on `file`; a server that will not start fails with its reason. */
  async function startServer(file: string): Promise<{ server: ViteDevServer; url: string }> {
    const server = await withTimelineFile(file, () =>
      createServer({
        root: ROOT,
        configFile: CONFIG_FILE,
        logLevel: 'silent',
        cacheDir: CACHE_DIR,
        server: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
      }),
    );
    try {
      await server.listen();
    } catch (error) {
      await server.close();
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`The dev server did not start, so the reader sees no page at all:\n${reason}`, { cause: error });
    }
    const url = server.resolvedUrls?.local[0];
    if (url === undefined) throw new Error('The dev server started but reported no local URL.');
    return { server, url };
  }

  /** Starts the dev server on `file`, opens its page for `onPage`, and stops the server whatever happens. */
  async function withDevServerPage(file: string, onPage: (page: Page) => Promise<void>): Promise<void> {
    const { server, url } = await startServer(file);
    try {
      const { page } = await openPage(context, url);
      await onPage(page);
      await page.close();
    } finally {
      await server.close();
    }
  }

  test.each(MALFORMED_TIMELINES.filter((malformed) => STARTUP_FILES.has(malformed.file)))(
    'starts on $name, shows the file, the path and the reason over the page, and the timeline once it is fixed',
    async (malformed) => {
      const file = writeTimelineFile(malformed.file, malformed.makeText());
      await withDevServerPage(file, async (page) => {
        await expectOverlay(page, malformed, file, FIRST_LOAD_MS);
        writeFileSync(file, VALID_TEXT);
        await expectTimeline(page);
      });
    },
  );

  test('while it runs, shows each malformed file’s problem in turn as it is saved, and the timeline once fixed', async () => {
    const file = writeTimelineFile('edited.json', VALID_TEXT);
    await withDevServerPage(file, async (page) => {
      await expectTimeline(page);
      for (const malformed of MALFORMED_TIMELINES) {
        writeFileSync(file, malformed.makeText());
        await expectOverlay(page, malformed, file, FIRST_LOAD_MS);
      }
      writeFileSync(file, VALID_TEXT);
      await expectTimeline(page);
    });
    // Some 25 cases, each a save, a rebuild of the file's modules and an overlay.
  }, 420_000);
});
