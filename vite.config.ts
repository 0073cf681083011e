import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { configDefaults } from 'vitest/config';
import { contentSecurityPolicyPlugin } from './scripts/contentSecurityPolicyPlugin.ts';
import { getBasePath } from './scripts/hostingConfig.ts';
import { timelineDataPlugin } from './scripts/timelineDataPlugin.ts';

/** The unit tests that switch the machine's zone (setMachineZone): they need a process of their own each. */
const ZONE_SWITCHING_TESTS = ['src/time/getZonedTicks.test.ts', 'src/time/describeEventTime.test.ts'];

// Unit tests run in a zone that is neither UTC nor Dhaka, so zone bugs show. It is set here, in Vitest's own
// process, before any worker starts: worker threads take their process's zone, child processes inherit it.
if (process.env.VITEST !== undefined) process.env.TZ = 'America/Los_Angeles';

export default defineConfig({
  base: getBasePath(),
  plugins: [timelineDataPlugin(), react(), contentSecurityPolicyPlugin()],
  build: {
    // OUT_DIR lets CI build a second copy for a sub-path beside the root one.
    outDir: process.env.OUT_DIR ?? 'dist',
    target: 'es2022',
    // Inlined assets would need `data:` in the policy; ship them as files instead.
    assetsInlineLimit: 0,
    // Every browser the es2022 target runs on has native modulepreload; the polyfill only cost first-view bytes.
    modulePreload: { polyfill: false },
  },
  preview: { host: 'localhost', port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['./vitest.setup.ts'],
    maxWorkers: 2,
    // Property tests run a thousand cases each; a loaded 2-core machine needs the headroom.
    testTimeout: 30_000,
    // A shared render in a beforeAll (App.test.tsx) gets as long as a test: 10 s ran out in CI under load.
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'tests/support/**/*.test.ts'],
          exclude: [...ZONE_SWITCHING_TESTS, ...configDefaults.exclude],
          // Worker threads start faster than processes; they share the process's zone, set above.
          pool: 'threads',
        },
      },
      {
        extends: true,
        test: {
          name: 'zones',
          include: ZONE_SWITCHING_TESTS,
          // Child processes: only a process's main thread honours a change to TZ (tests/support/machineZone.ts).
          pool: 'forks',
        },
      },
    ],
  },
});
