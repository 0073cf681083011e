/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicyPlugin } from './scripts/contentSecurityPolicyPlugin.ts';
import { getBasePath } from './scripts/hostingConfig.ts';
import { timelineDataPlugin } from './scripts/timelineDataPlugin.ts';

export default defineConfig({
  base: getBasePath(),
  plugins: [timelineDataPlugin(), react(), contentSecurityPolicyPlugin()],
  build: {
    // OUT_DIR lets CI build a second copy for a sub-path beside the root one.
    outDir: process.env.OUT_DIR ?? 'dist',
    target: 'es2022',
    // Inlined assets would need `data:` in the policy; ship them as files instead.
    assetsInlineLimit: 0,
  },
  preview: { host: 'localhost', port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['./vitest.setup.ts'],
    // Child processes, not worker threads: only a process's main thread honours a change to TZ.
    pool: 'forks',
    maxWorkers: 2,
    // Property tests run a thousand cases each; a loaded 2-core machine needs the headroom.
    testTimeout: 30_000,
  },
});
