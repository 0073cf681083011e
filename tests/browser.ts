import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

/** Flags for a quiet, offline, headless Chromium that makes no requests of its own. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Zone the browser runs in: neither UTC nor Dhaka, so a page that ignores the report's zone shows it. */
export const BROWSER_TIME_ZONE = 'America/Los_Angeles';

/** Path of the Chromium binary the tests drive: `$CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export function getChromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/**
 * Says why browser tests cannot run on this machine, or `undefined` when they can.
 * Under `CI=true` a missing browser is an error, never a skip.
 */
export function getMissingBrowserReason(): string | undefined {
  const path = getChromiumPath();
  if (existsSync(path)) return undefined;
  const reason =
    `Chromium not found at ${path}. Install it with \`sudo apt-get install --no-install-recommends chromium\` ` +
    '(Debian) or point CHROMIUM_PATH at a Chromium or Chrome binary. Do not run `npx playwright install`.';
  if (process.env.CI === 'true') throw new Error(`${reason} Browser tests cannot be skipped in CI.`);
  console.warn(`Skipping browser tests: ${reason}`);
  return reason;
}

/** Starts headless Chromium through playwright-core (no downloaded browser builds). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: getChromiumPath(), headless: true, args: [...CHROMIUM_ARGS] });
}

/**
 * A fresh browser profile with a fixed locale, zone and viewport, so runs are deterministic. `options` (a phone's
 * viewport and touch, a colour scheme, reduced motion) are laid over those defaults.
 */
export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({
    locale: 'en-US',
    timezoneId: BROWSER_TIME_ZONE,
    viewport: { width: 1280, height: 800 },
    ...options,
  });
}

/** One Content-Security-Policy violation that the page's document reported. */
export interface CspViolation {
  /** Directive that blocked the load or execution, e.g. `script-src-elem`. */
  directive: string;
  /** What was blocked: a URL, or `inline` / `eval`. */
  blockedURI: string;
  /** Script or document in which the violation happened, with line number when known. */
  source: string;
  /** `enforce`, or `report` for a report-only policy. */
  disposition: string;
  /** First characters of the blocked inline code, when the policy asks for samples. */
  sample: string;
}

/** What went wrong while a page was open; every list is empty for a healthy page. */
export interface PageProblems {
  /** Text and location of each `console.error` and browser-logged error (failed loads, CSP reports). */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections in the page. */
  pageErrors: string[];
  /** Requests (and WebSockets) to any origin other than the server's; each was aborted before leaving the machine. */
  offOriginRequests: string[];
  /** Same-origin requests that failed or answered with a status of 400 or more. */
  failedRequests: string[];
  /** Content-Security-Policy violations, enforced or report-only. */
  cspViolations: CspViolation[];
}

/** A page opened by {@link openPage}, with the problems it records as it runs. */
export interface RecordedPage {
  page: Page;
  /** Origin of the server under test; every other origin is blocked. */
  origin: string;
  problems: PageProblems;
  /** Waits until the page is idle and every event it raised has reached {@link problems}. */
  settle: () => Promise<void>;
}

const CSP_BINDING = '__reportCspViolation';

/**
 * Opens `url` in a new page of `context`, recording console errors, page errors, CSP violations, failed
 * requests, and requests to other origins (which are aborted, so a test never touches the network).
 */
export async function openPage(context: BrowserContext, url: string): Promise<RecordedPage> {
  const { origin } = new URL(url);
  const problems: PageProblems = {
    consoleErrors: [],
    pageErrors: [],
    offOriginRequests: [],
    failedRequests: [],
    cspViolations: [],
  };
  const page = await context.newPage();

  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url: file, lineNumber } = message.location();
    problems.consoleErrors.push(file === '' ? message.text() : `${message.text()} (${file}:${lineNumber + 1})`);
  });
  page.on('pageerror', (error) => {
    problems.pageErrors.push(error.stack ?? `${error.name}: ${error.message}`);
  });
  page.on('response', (response) => {
    const request = response.request();
    if (response.status() >= 400) {
      problems.failedRequests.push(`${response.status()} ${response.url()}`);
    } else if (
      request.resourceType() !== 'document' &&
      /^text\/html\b/.test(response.headers()['content-type'] ?? '') &&
      new URL(response.url()).origin === origin
    ) {
      // vite preview answers a missing asset with index.html and status 200 (its SPA fallback).
      problems.failedRequests.push(`HTML fallback instead of ${request.resourceType()} ${response.url()}`);
    }
  });
  page.on('requestfailed', (request) => {
    if (new URL(request.url()).origin !== origin) return;
    // A load the browser cancelled because the page moved on (a test navigating while a lazy chunk is on its
    // way): nothing failed to serve. A missing file answers 404 and is caught above.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.failedRequests.push(`${request.failure()?.errorText ?? 'failed'} ${request.url()}`);
  });
  page.on('websocket', (socket) => {
    if (new URL(socket.url()).origin.replace(/^ws/, 'http') !== origin) {
      problems.offOriginRequests.push(`websocket ${socket.url()}`);
    }
  });
  await page.route('**/*', async (route) => {
    const request = route.request();
    if (new URL(request.url()).origin === origin) {
      await route.continue();
      return;
    }
    problems.offOriginRequests.push(`${request.method()} ${request.url()}`);
    await route.abort('blockedbyclient');
  });

  // A binding reaches Node even when the page's CSP forbids inline script and survives reloads.
  await page.exposeFunction(CSP_BINDING, (violation: CspViolation) => {
    problems.cspViolations.push(violation);
  });
  await page.addInitScript((binding: string) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as Record<string, (violation: CspViolation) => void>)[binding];
      report?.({
        directive: event.effectiveDirective,
        blockedURI: event.blockedURI,
        source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
        disposition: event.disposition,
        sample: event.sample,
      });
    });
  }, CSP_BINDING);

  await page.goto(url, { waitUntil: 'load' });

  return {
    page,
    origin,
    problems,
    settle: async () => {
      await page.waitForLoadState('networkidle');
      // A round trip after the last binding call lets its message arrive before we assert.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    },
  };
}
