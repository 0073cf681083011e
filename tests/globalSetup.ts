import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute URL of the production build's home page, served by `vite preview` on 127.0.0.1, ending in `/`. */
    baseUrl: string;
    /** The same for the build hosted under SUBPATH_BASE (dist-subpath/), or '' when that build is absent. */
    subpathUrl: string;
    /**
     * The harness (harness/, built into .cache/harness-dist/ by `npm run build:harness`): the real App on a
     * generated or hostile timeline named by `?timeline=`. Its `index.html` URL, or '' when it is not built.
     */
    harnessUrl: string;
  }
}

/** The sub-path the second build is hosted under, as on GitHub Pages. */
export const SUBPATH_BASE = '/holey-artisan-timeline/';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST_INDEX = fileURLToPath(new URL('../dist/index.html', import.meta.url));
const SUBPATH_INDEX = fileURLToPath(new URL('../dist-subpath/index.html', import.meta.url));
const HARNESS_INDEX = fileURLToPath(new URL('../.cache/harness-dist/index.html', import.meta.url));

const servers: PreviewServer[] = [];

async function serve(outDir: string, base: string): Promise<string> {
  // The project's vite.config.ts still applies; only where it listens, what it serves and under which base change.
  const server = await preview({
    root: ROOT,
    base,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  servers.push(server);
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) throw new Error('vite preview started but reported no local URL.');
  return url;
}

/**
 * Serves `dist/` (and `dist-subpath/` and the harness in `.cache/harness-dist/` when built) on free loopback ports
 * and hands their URLs to the tests.
 */
export async function setup(project: TestProject): Promise<void> {
  if (!existsSync(DIST_INDEX)) {
    throw new Error(`${DIST_INDEX} is missing: run npm run build first.`);
  }
  project.provide('baseUrl', await serve('dist', '/'));
  if (existsSync(SUBPATH_INDEX)) {
    project.provide('subpathUrl', await serve('dist-subpath', SUBPATH_BASE));
  } else if (process.env.CI === 'true') {
    throw new Error(
      `${SUBPATH_INDEX} is missing: CI builds it with BASE_PATH=${SUBPATH_BASE} OUT_DIR=dist-subpath npm run build.`,
    );
  } else {
    console.warn(
      `Sub-path tests skipped: build dist-subpath/ with BASE_PATH=${SUBPATH_BASE} OUT_DIR=dist-subpath npm run build.`,
    );
    project.provide('subpathUrl', '');
  }
  if (existsSync(HARNESS_INDEX)) {
    project.provide('harnessUrl', new URL('index.html', await serve('.cache/harness-dist', '/')).href);
  } else if (process.env.CI === 'true') {
    throw new Error(`${HARNESS_INDEX} is missing: CI builds it with npm run build:harness.`);
  } else {
    console.warn(
      'Harness tests (the hostile timeline) skipped: build .cache/harness-dist/ with npm run build:harness.',
    );
    project.provide('harnessUrl', '');
  }
}

export async function teardown(): Promise<void> {
  await Promise.all(servers.map((server) => server.close()));
  servers.length = 0;
}
