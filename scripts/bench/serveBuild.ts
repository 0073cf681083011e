import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

/** The repository's root folder. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A static build served on a free loopback port. */
export interface ServedBuild {
  /** Absolute URL of the build's root, ending in `/`. */
  url: string;
  close: () => Promise<void>;
}

/**
 * Headers that make a page cross-origin isolated. Only then does Chromium time frames to 5 µs rather than to a
 * jittered 100 µs, which alone would put on-time 60 Hz frames at 16.6 to 16.8 ms.
 */
const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/**
 * Serves a built folder (relative to the repository) at `/` with Vite's preview server on 127.0.0.1, as the
 * browser tests do (tests/globalSetup.ts). `configFile: false` skips vite.config.ts, whose plugins only matter
 * when building; the harness is built with its own config. `isolated` serves it cross-origin isolated, for
 * precise frame timing (the harness loads nothing from another origin, so nothing else changes).
 */
export async function serveBuild(outDir: string, { isolated = false } = {}): Promise<ServedBuild> {
  const server = await preview({
    root: ROOT,
    configFile: false,
    base: '/',
    logLevel: 'warn',
    build: { outDir },
    preview: {
      host: '127.0.0.1',
      port: 0,
      strictPort: false,
      open: false,
      ...(isolated ? { headers: ISOLATION_HEADERS } : {}),
    },
  });
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) {
    await server.close();
    throw new Error(`vite preview of ${outDir} started but reported no local URL.`);
  }
  return { url, close: () => server.close() };
}
