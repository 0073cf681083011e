import { defineConfig } from 'vitest/config';

/** Real-browser journeys against the production build in `dist/`; run `npm run build` first. */
export default defineConfig({
  test: {
    include: ['tests/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/globalSetup.ts'],
    // One Chromium at a time: the machines have 2 cores.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
  },
});
