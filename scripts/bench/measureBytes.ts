/**
 * What the first view of a page (the home page, an event page) costs to download: the JavaScript and CSS
 * Chromium actually fetches on a first visit (fresh profile, empty cache), raw and compressed, and the same read
 * statically from the page's script, stylesheet and modulepreload tags as a cross-check.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { newContext } from '../../tests/browser.ts';
import { waitForInteractive } from './pageScripts.ts';
import { sum } from './stats.ts';

/** Sizes of a set of files, in bytes: as served, gzip (level 9) and brotli (quality 11), each file on its own. */
export interface ByteTotals {
  files: number;
  raw: number;
  gzip: number;
  brotli: number;
}

/** One file the first view loads. */
export interface LoadedFile {
  /** Path on the server, from `/`. */
  path: string;
  type: 'js' | 'css' | 'other';
  raw: number;
  gzip: number;
  brotli: number;
}

export interface FirstViewBytes {
  /** The page, relative to the build's root: `` for the home page, `events/<id>/` for an event. */
  path: string;
  /** Counted from the responses Chromium received while loading the home page for the first time. */
  network: { requests: number; js: ByteTotals; css: ByteTotals; files: LoadedFile[] };
  /** Counted from the files the page's index.html names in its script, stylesheet and modulepreload tags. */
  static: { js: ByteTotals; css: ByteTotals; files: string[] };
}

function measure(body: Buffer): { raw: number; gzip: number; brotli: number } {
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }).length,
  };
}

function total(files: readonly { raw: number; gzip: number; brotli: number }[]): ByteTotals {
  return {
    files: files.length,
    raw: sum(files.map((f) => f.raw)),
    gzip: sum(files.map((f) => f.gzip)),
    brotli: sum(files.map((f) => f.brotli)),
  };
}

function classify(resourceType: string, contentType: string, path: string): LoadedFile['type'] {
  if (resourceType === 'script' || /javascript/.test(contentType) || /\.m?js$/.test(path)) return 'js';
  if (resourceType === 'stylesheet' || /text\/css/.test(contentType) || /\.css$/.test(path)) return 'css';
  return 'other';
}

async function measureNetwork(browser: Browser, url: string): Promise<FirstViewBytes['network']> {
  // A first visit: the content note has not been read, the cache is empty.
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    let requests = 0;
    const pending: Promise<LoadedFile | undefined>[] = [];
    page.on('request', () => {
      requests += 1;
    });
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      const type = classify(response.request().resourceType(), response.headers()['content-type'] ?? '', path);
      pending.push(
        response.body().then(
          (body) => ({ path, type, ...measure(body) }),
          // Redirects and aborted loads have no body: nothing was downloaded to count.
          () => undefined,
        ),
      );
    });
    await page.goto(url, { waitUntil: 'load' });
    await waitForInteractive(page);
    await page.waitForLoadState('networkidle');
    const files = (await Promise.all(pending)).filter((f) => f !== undefined);
    return {
      requests,
      js: total(files.filter((f) => f.type === 'js')),
      css: total(files.filter((f) => f.type === 'css')),
      files,
    };
  } finally {
    await context.close();
  }
}

/**
 * The files a page asks for before any script runs, as paths relative to the build folder; `pagePath` is the
 * page's folder (`events/<id>/`), against which relative URLs resolve.
 */
export function getStaticAssets(html: string, pagePath = ''): { js: string[]; css: string[] } {
  const js: string[] = [];
  const css: string[] = [];
  for (const match of html.matchAll(/<(script|link)\b[^>]*>/g)) {
    const tag = match[0];
    const src = /\s(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (src === undefined || /^[a-z]+:/i.test(src)) continue;
    const path = new URL(src, `http://build/${pagePath}`).pathname.replace(/^\/+/, '');
    if (match[1] === 'script' && /\stype="module"/.test(tag)) js.push(path);
    else if (/\srel="modulepreload"/.test(tag)) js.push(path);
    else if (/\srel="stylesheet"/.test(tag)) css.push(path);
  }
  return { js: [...new Set(js)], css: [...new Set(css)] };
}

function measureStatic(distDir: string, pagePath: string): FirstViewBytes['static'] {
  const { js, css } = getStaticAssets(readFileSync(join(distDir, pagePath, 'index.html'), 'utf8'), pagePath);
  const sized = (paths: readonly string[]) => paths.map((p) => measure(readFileSync(join(distDir, p))));
  return { js: total(sized(js)), css: total(sized(css)), files: [...js, ...css] };
}

/**
 * Loads a page (`pagePath` under the build served at `url`) once in a fresh profile and counts what it
 * downloads; reads its index.html for the same.
 */
export async function measureFirstViewBytes(
  browser: Browser,
  url: string,
  distDir: string,
  pagePath: string,
): Promise<FirstViewBytes> {
  return {
    path: pagePath,
    network: await measureNetwork(browser, `${url}${pagePath}`),
    static: measureStatic(distDir, pagePath),
  };
}
