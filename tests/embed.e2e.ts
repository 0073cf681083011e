/**
 * The embed in another site's page, as docs/links-and-embedding.md tells a publisher to put it: a 720 × 720
 * window, the docs' own iframe snippet and host script. The embed reports its height and the host's script sizes
 * the iframe to it; without the script the iframe keeps its fixed 720 px, with the chart on its first screen.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { getMissingBrowserReason, newContext } from './browser.ts';
import { useChromium } from './timelinePage.ts';

const FRAME_SIZE = 720;
const IFRAME_ID = 'holey-artisan-timeline';
const MESSAGE_TYPE = 'holey-artisan-timeline:height';

/** The docs' embed snippet (the first `html` block of docs/links-and-embedding.md): the iframe and its script. */
function readDocsSnippet(): string {
  const doc = readFileSync(new URL('../docs/links-and-embedding.md', import.meta.url), 'utf8');
  const snippet = /```html\n([\s\S]*?)```/.exec(doc)?.[1];
  if (snippet === undefined) throw new Error('docs/links-and-embedding.md has no ```html embed snippet.');
  return snippet;
}

/**
 * A publisher's page around the docs' snippet, its iframe pointed at `embedUrl`; with `script: false`, the
 * snippet's `<script>` is left out. It records every message it receives in `window.received`.
 */
function makeHostPage(embedUrl: string, { script }: { script: boolean }): string {
  let snippet = readDocsSnippet().replace(/src="[^"]*"/, `src="${embedUrl}"`);
  if (!script) snippet = snippet.replace(/<script>[\s\S]*<\/script>/, '');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>A publisher's article</title><style>body { margin: 0 }</style></head>
<body>
<script>
  window.received = [];
  window.addEventListener('message', (event) => { window.received.push(event.data); });
</script>
${snippet}
</body>
</html>`;
}

/** The chart inside the framed embed. */
function getFramedChart(frame: FrameLocator) {
  return frame
    .getByRole('region', { name: 'Timeline chart' })
    .getByRole('listbox', { name: 'Events by time, one lane per category' });
}

/** The height messages the host has received from the embed, in order. */
async function readHeightMessages(page: Page): Promise<number[]> {
  return page.evaluate((type) => {
    const received = (window as unknown as { received: unknown[] }).received;
    return received
      .filter(
        (data): data is { type: string; height: number } =>
          typeof data === 'object' && data !== null && 'type' in data && data.type === type,
      )
      .map((data) => data.height);
  }, MESSAGE_TYPE);
}

describe.skipIf(getMissingBrowserReason() !== undefined)('the embed in a publisher’s page', () => {
  const chromium = useChromium();
  const baseUrl = inject('baseUrl');
  const embedUrl = new URL('embed/', baseUrl).href;
  const hosts: Server[] = [];
  afterAll(async () => {
    await Promise.all(hosts.map((host) => new Promise((resolve) => host.close(resolve))));
  });

  /**
   * Serves `html` from another site (`localhost`, another origin than the build's `127.0.0.1`, and on this
   * machine too) and opens it in a 720 × 720 window; every request off those two origins is aborted.
   */
  async function openHost(html: string): Promise<Page> {
    const host = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(html);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hosts.push(host);
    const hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/`;
    const context = await newContext(chromium.browser, { viewport: { width: FRAME_SIZE, height: FRAME_SIZE } });
    chromium.context = context;
    const allowed = new Set([new URL(hostUrl).origin, new URL(baseUrl).origin]);
    await context.route('**/*', (route) =>
      allowed.has(new URL(route.request().url()).origin) ? route.continue() : route.abort('blockedbyclient'),
    );
    const page = await context.newPage();
    await page.goto(hostUrl, { waitUntil: 'load' });
    await getFramedChart(page.frameLocator(`#${IFRAME_ID}`))
      .getByRole('option')
      .first()
      .waitFor();
    return page;
  }

  test('reports its height, and the docs’ host script sizes the iframe to it', async () => {
    const page = await openHost(makeHostPage(embedUrl, { script: true }));
    await expect.poll(async () => (await readHeightMessages(page)).length).toBeGreaterThan(0);
    const iframe = page.locator(`#${IFRAME_ID}`);
    await expect
      .poll(async () => {
        const heights = await readHeightMessages(page);
        const last = heights.at(-1) ?? 0;
        const style = await iframe.evaluate((node: HTMLIFrameElement) => node.style.height);
        return { plausible: last > 300, sized: style === `${last}px` };
      })
      .toEqual({ plausible: true, sized: true });

    // The frame is as tall as the embed's page: nothing left to scroll inside it.
    const frame = page.frame({ url: embedUrl });
    if (frame === null) throw new Error(`No frame at ${embedUrl}.`);
    await expect
      .poll(async () => {
        const inner = await frame.evaluate(() => ({
          height: Math.ceil(document.documentElement.getBoundingClientRect().height),
          scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight,
        }));
        const outer = await iframe.evaluate((node) => node.getBoundingClientRect().height);
        return { matches: outer === inner.height, scrolls: inner.scrolls };
      })
      .toEqual({ matches: true, scrolls: false });

    // A change of height is reported too: opening the chronology makes the embed taller.
    const before = (await readHeightMessages(page)).at(-1) ?? 0;
    await page
      .frameLocator(`#${IFRAME_ID}`)
      .locator('summary', { hasText: /^All \d+ events in words$/ })
      .click();
    await expect.poll(async () => (await readHeightMessages(page)).at(-1) ?? 0).toBeGreaterThan(before);
    const after = (await readHeightMessages(page)).at(-1) ?? 0;
    await expect.poll(() => iframe.evaluate((node: HTMLIFrameElement) => node.style.height)).toBe(`${after}px`);
    // Only changes are posted: no two messages in a row say the same height.
    const heights = await readHeightMessages(page);
    expect(heights.filter((height, i) => i > 0 && height === heights[i - 1])).toEqual([]);
  });

  // Issue 14 asks for the chart to start within the frame's top third (240 px); today it starts about 465 px down
  // (below the title, the content note, the controls, search and filters), so this holds it to the first screen
  // and logs where it starts. Tighten to FRAME_SIZE / 3 once the embed's header and controls are compacted.
  test('without the host script, the iframe keeps its 720 px, and the chart starts in its top third', async () => {
    const page = await openHost(makeHostPage(embedUrl, { script: false }));
    const iframe = page.locator(`#${IFRAME_ID}`);
    // The embed still posts its height; nothing on the host listens, so the fixed height stands.
    await expect.poll(async () => (await readHeightMessages(page)).length).toBeGreaterThan(0);
    const frameBox = await iframe.boundingBox();
    expect(frameBox).toMatchObject({ width: FRAME_SIZE, height: FRAME_SIZE });
    const chartBox = await getFramedChart(page.frameLocator(`#${IFRAME_ID}`)).boundingBox();
    if (frameBox === null || chartBox === null) throw new Error('The iframe or the chart inside it is not laid out.');
    const chartTop = chartBox.y - frameBox.y;
    console.info(`The embed's chart starts ${Math.round(chartTop)} px down a ${FRAME_SIZE} px frame.`);
    // Compact: no toolbar, no dialog; the title, the way into the story and the content note come first.
    expect(chartTop).toBeLessThanOrEqual(FRAME_SIZE / 3);
    const frame = page.frameLocator(`#${IFRAME_ID}`);
    expect(await frame.getByRole('dialog').count()).toBe(0);
    expect(await frame.getByRole('searchbox').count()).toBe(0);
    expect(await frame.getByRole('link', { name: 'Read the story step by step' }).isVisible()).toBe(true);
  });

  test('an embedded event page shows the chosen event’s mark above its details, never behind them', async () => {
    const page = await openHost(
      makeHostPage(new URL('embed/events/troops-raid-cafe/', baseUrl).href, { script: false }),
    );
    const frame = page.frameLocator(`#${IFRAME_ID}`);
    const sheet = frame.locator('#event-panel');
    await frame.getByRole('heading', { level: 2, name: 'Troops raid the building' }).waitFor();
    const mark = getFramedChart(frame).getByRole('option', { name: /^Troops raid the building, / });
    await expect
      .poll(async () => {
        const [markBox, sheetBox, frameBox] = await Promise.all([
          mark.locator('.event-mark-shape').boundingBox(),
          sheet.boundingBox(),
          page.locator(`#${IFRAME_ID}`).boundingBox(),
        ]);
        if (markBox === null || sheetBox === null || frameBox === null) return false;
        return markBox.y >= frameBox.y && markBox.y + markBox.height <= sheetBox.y;
      })
      .toBe(true);
  });
});
