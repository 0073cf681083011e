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
 * Serves a built folder (relative to the repository) at `/` with Vite's preview server on 127.0.0.1, as the
 * browser tests do (tests/globalSetup.ts). `configFile: false` skips vite.config.ts, whose plugins only matter
 * when building; the harness is built with its own config.
 */
export async function serveBuild(outDir: string): Promise<ServedBuild> {
  const server = await preview({
    root: ROOT,
    configFile: false,
    base: '/',
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) {
    await server.close();
    throw new Error(`vite preview of ${outDir} started but reported no local URL.`);
  }
  return { url, close: () => server.close() };
}
