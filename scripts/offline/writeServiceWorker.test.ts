// @vitest-environment node
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { getPrecacheUrls, renderServiceWorker, SERVICE_WORKER_FILE, writeServiceWorker } from './writeServiceWorker.ts';

const BUILD = [
  '404.html',
  '_headers',
  'assets/index-abc.js',
  'assets/index-abc.css',
  'assets/timeline-def.json',
  'downloads/holey-artisan-timeline.csv',
  'embed/events/gunmen-storm-cafe/index.html',
  'embed/index.html',
  'events/gunmen-storm-cafe/index.html',
  'favicon.svg',
  'index.html',
  'manifest.webmanifest',
  'previews/home.png',
  'robots.txt',
];

describe('the offline worker', () => {
  test('stores the home pages, 404.html and every script, style, data and icon file at install, under the base path', () => {
    expect(getPrecacheUrls(BUILD, '/sub/')).toEqual([
      '/sub/404.html',
      '/sub/assets/index-abc.js',
      '/sub/assets/index-abc.css',
      '/sub/assets/timeline-def.json',
      '/sub/embed/',
      '/sub/favicon.svg',
      '/sub/',
      '/sub/manifest.webmanifest',
    ]);
  });

  test('leaves out the preview images, the downloads, host files and event pages (those are kept when visited)', () => {
    const urls = getPrecacheUrls(BUILD, '/');
    expect(urls.some((url) => /previews|downloads|_headers|robots|events\//.test(url))).toBe(false);
  });

  test('waits for the page’s consent before a new build takes over, and asks only its own origin', () => {
    const source = renderServiceWorker('v1', '/', ['/']);
    expect(source).toContain("if (event.data === 'skip-waiting') self.skipWaiting();");
    expect(source.match(/skipWaiting\(\)/g)).toHaveLength(1);
    expect(source).toContain('new URL(request.url).origin !== self.location.origin');
    expect(source).not.toMatch(/https?:\/\//);
  });

  test('serves a stored script, style or data file whatever the host says it varies on (Vary: Origin)', () => {
    const source = renderServiceWorker('v1', '/', ['/']);
    expect(source).toContain('cache.match(request, { ignoreVary: true })');
  });

  test('names its cache after the build’s contents, so a changed build is a new version', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sw-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<p>one</p>');
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
    expect(writeServiceWorker(dir, '/')).toBe(2);
    const first = readFileSync(join(dir, SERVICE_WORKER_FILE), 'utf8');
    writeServiceWorker(dir, '/');
    expect(readFileSync(join(dir, SERVICE_WORKER_FILE), 'utf8')).toBe(first);
    writeFileSync(join(dir, 'index.html'), '<p>two</p>');
    writeServiceWorker(dir, '/');
    expect(readFileSync(join(dir, SERVICE_WORKER_FILE), 'utf8')).not.toBe(first);
  });
});
