/**
 * Regenerates the README's screenshots of the built site's default view: 1280 × 800 and a 390 × 844 touch phone,
 * light and dark, into docs/screenshots/. Serves dist/ (run `npm run build` first; `npm run screenshots` does) with
 * `vite preview` on a loopback port and drives Debian's Chromium through playwright-core.
 *
 * `SHOTS_PATH=/events/<id>/` shoots another page; `SHOTS_OUT=<dir>` writes elsewhere; `SHOTS_FULL=1` shoots
 * the whole page rather than the first screen.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { TIMELINE_INTERACTIVE_MARK } from '../src/shared/userTimingMarks.ts';
import { launchBrowser, newContext } from '../tests/browser.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const outDir = process.env.SHOTS_OUT ?? fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const path = (process.env.SHOTS_PATH ?? '/').replace(/^\//, '');
const fullPage = process.env.SHOTS_FULL === '1';

const SIZES = [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
] as const;
const THEMES = ['light', 'dark'] as const;

mkdirSync(outDir, { recursive: true });
const server = await preview({
  root: ROOT,
  logLevel: 'warn',
  preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
});
const base = server.resolvedUrls?.local[0];
if (base === undefined) throw new Error('vite preview reported no local URL.');
const browser = await launchBrowser();
try {
  for (const size of SIZES) {
    for (const theme of THEMES) {
      const context = await newContext(browser, {
        viewport: size.viewport,
        isMobile: size.isMobile,
        hasTouch: size.hasTouch,
        deviceScaleFactor: 1,
        colorScheme: theme,
      });
      const page = await context.newPage();
      await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
      await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, TIMELINE_INTERACTIVE_MARK);
      const file = `${outDir.replace(/\/?$/, '/')}${size.name}-${theme}.png`;
      await page.screenshot({ path: file, fullPage });
      console.log(`wrote ${file}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
