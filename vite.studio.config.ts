import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { contentSecurityPolicyPlugin } from './scripts/contentSecurityPolicyPlugin.ts';
import { getReportFile, getSourcesDir, readDocumentTexts } from './scripts/timelineDataPlugin.ts';
import { studioSavePlugin } from './src/studio/studioSavePlugin.ts';

const ROOT = fileURLToPath(new URL('.', import.meta.url));
const REPORT_FILE = getReportFile();

/**
 * The studio (studio.html, src/studio/): an authoring page of its own, never part of the reader's bundle.
 * `vite --config vite.studio.config.ts` serves it with the endpoint that saves the timeline file;
 * `vite build --config vite.studio.config.ts` builds it into dist-studio/ as a static page that works offline,
 * under the shipped app's Content-Security-Policy.
 */
export default defineConfig(({ command }) => ({
  root: ROOT,
  base: './',
  plugins: [
    react(),
    contentSecurityPolicyPlugin(),
    // Saves are checked against the documents' texts as the build checks them, so a save never breaks the build.
    studioSavePlugin(
      ROOT,
      undefined,
      (documents) =>
        readDocumentTexts(documents, { reportFile: REPORT_FILE, sourcesDir: getSourcesDir(REPORT_FILE) }).texts,
    ),
  ],
  // Only the dev server has the endpoint that writes the timeline file; a build saves to a file or a download.
  define: { 'import.meta.env.VITE_STUDIO_SAVE_SERVER': JSON.stringify(command === 'serve') },
  server: { port: 5174, open: '/studio.html' },
  build: {
    outDir: fileURLToPath(new URL('./dist-studio', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    rollupOptions: {
      input: {
        studio: fileURLToPath(new URL('./studio.html', import.meta.url)),
        preview: fileURLToPath(new URL('./src/studio/preview.html', import.meta.url)),
      },
    },
  },
}));
