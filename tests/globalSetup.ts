import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute URL of the production build's home page, served by `vite preview` on 127.0.0.1, ending in `/`. */
    baseUrl: string;
  }
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST_INDEX = fileURLToPath(new URL('../dist/index.html', import.meta.url));

let server: PreviewServer | undefined;

/** Serves `dist/` with Vite's preview server on a free loopback port and hands its URL to the tests as `baseUrl`. */
export async function setup(project: TestProject): Promise<void> {
  if (!existsSync(DIST_INDEX)) {
    throw new Error(`${DIST_INDEX} is missing: run npm run build first.`);
  }
  // The project's vite.config.ts still applies (base, preview headers such as a CSP); only where it listens changes.
  server = await preview({
    root: ROOT,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) {
    throw new Error('vite preview started but reported no local URL.');
  }
  project.provide('baseUrl', url);
}

export async function teardown(): Promise<void> {
  await server?.close();
  server = undefined;
}
