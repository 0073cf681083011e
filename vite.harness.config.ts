import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { contentSecurityPolicyPlugin } from './scripts/contentSecurityPolicyPlugin.ts';

const harness = (path: string) => fileURLToPath(new URL(`./harness/${path}`, import.meta.url));

/**
 * The test and benchmark harness (harness/), built with the shipped app's settings and Content-Security-Policy
 * into .cache/harness-dist: `index.html` is the real App on generated or hostile timelines, `floor/index.html`
 * the bare React + d3 page the benchmark holds the app against (`floor/report.html` the same page on the report's
 * events, for the phone profile). Never deployed.
 */
export default defineConfig({
  root: harness(''),
  base: './',
  plugins: [react(), contentSecurityPolicyPlugin()],
  build: {
    outDir: fileURLToPath(new URL('./.cache/harness-dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    // As vite.config.ts: without the polyfill, which watches every DOM mutation for preload links.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: {
        app: harness('index.html'),
        floor: harness('floor/index.html'),
        floorReport: harness('floor/report.html'),
      },
    },
  },
});
