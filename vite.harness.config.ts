import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { contentSecurityPolicyPlugin } from './scripts/contentSecurityPolicyPlugin.ts';

/**
 * The test and benchmark harness (harness/): the real App on generated or hostile timelines, built with the
 * shipped app's settings and Content-Security-Policy into .cache/harness-dist. Never deployed.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./harness', import.meta.url)),
  base: './',
  plugins: [react(), contentSecurityPolicyPlugin()],
  build: {
    outDir: fileURLToPath(new URL('./.cache/harness-dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
  },
});
