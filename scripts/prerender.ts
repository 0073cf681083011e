/**
 * Turns the client build in dist/ into plain HTML pages that read without
 * JavaScript: the home page with the whole chronology, and one page per event at
 * events/<id>/, each with its own title, description, Open Graph and Twitter tags.
 * Also writes 404.html and robots.txt, and sitemap.xml when SITE_URL is set.
 * Run by `npm run build` (scripts/build.ts) after `vite build` and the server build of
 * src/app/renderPage.tsx, with OUT_DIR and SSR_DIR naming that build's own folders.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { LoadedTimeline } from '../src/data/parseTimeline.ts';
import type { EventId } from '../src/data/schema.ts';
import { toTimelineCsv, toTimelineIcs, toTimelineJson } from '../src/data/exportTimeline.ts';
import { renderPreviewImage } from './renderPreviewImage.ts';
import { DOWNLOAD_FILES, DOWNLOADS_PATH } from '../src/data/downloadFiles.ts';
import { escapeMarkup } from './escapeMarkup.ts';
import { getBasePath, getSiteUrl } from './hostingConfig.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// Relative folders are the project's, whatever the shell's folder; absolute ones are taken as they are.
const DIST = resolve(ROOT, process.env.OUT_DIR ?? 'dist');
const SERVER_ENTRY = join(resolve(ROOT, process.env.SSR_DIR ?? join('.cache', 'ssr')), 'renderPage.js');
const SITE_NAME = 'The Holey Artisan Bakery attack: a sourced timeline';

interface ServerEntry {
  renderPage: (eventId: EventId | undefined, basePath: string, isEmbed?: boolean) => Promise<string>;
  EMBED_FOLDER: string;
  /** The validated timeline, as the server bundle loaded it. */
  timeline: LoadedTimeline;
}

/** Escapes text for HTML text and attribute values. */
export const escapeHtml = escapeMarkup;

interface PageHead {
  title: string;
  description: string;
  /** The page's path under the base path: "" for home, "events/<id>/". */
  path: string;
  type: 'website' | 'article';
  /** The preview image's path under the base path. */
  image: string;
}

/** The head tags one page adds to the template: its own title, description, card and canonical link. */
export function renderHead(head: PageHead, basePath: string, siteUrl: string | undefined): string {
  const absolute = (path: string) => (siteUrl === undefined ? `${basePath}${path}` : `${siteUrl}${basePath}${path}`);
  const tags = [
    `<title>${escapeHtml(head.title)}</title>`,
    `<meta name="description" content="${escapeHtml(head.description)}" />`,
    `<meta property="og:site_name" content="${escapeHtml(SITE_NAME)}" />`,
    `<meta property="og:title" content="${escapeHtml(head.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(head.description)}" />`,
    `<meta property="og:type" content="${head.type}" />`,
    `<meta property="og:image" content="${escapeHtml(absolute(head.image))}" />`,
    '<meta property="og:image:width" content="1200" />',
    '<meta property="og:image:height" content="630" />',
    `<meta property="og:image:alt" content="${escapeHtml(`Timeline preview: ${head.title}`)}" />`,
    '<meta name="twitter:card" content="summary_large_image" />',
    `<meta name="twitter:title" content="${escapeHtml(head.title)}" />`,
    `<meta name="twitter:description" content="${escapeHtml(head.description)}" />`,
    `<meta name="twitter:image" content="${escapeHtml(absolute(head.image))}" />`,
  ];
  if (siteUrl !== undefined) {
    tags.push(`<meta property="og:url" content="${escapeHtml(absolute(head.path))}" />`);
    tags.push(`<link rel="canonical" href="${escapeHtml(absolute(head.path))}" />`);
  }
  return tags.join('\n    ');
}

/**
 * Says what in the app's prerendered markup would break the page, or undefined when nothing does: an inline
 * script (the Content-Security-Policy blocks it), or a Suspense boundary the server left pending (`<!--$?-->`,
 * which only an inline script fills) or gave up on (`<!--$!-->`, which the browser renders again and reports).
 */
export function findMarkupProblem(appHtml: string): string | undefined {
  if (/<script\b/i.test(appHtml)) return 'an inline <script>, which the Content-Security-Policy blocks';
  if (appHtml.includes('<!--$?-->')) return 'a Suspense boundary left pending, filled only by an inline script';
  if (appHtml.includes('<!--$!-->')) return 'a Suspense boundary the server could not render';
  return undefined;
}

/** Puts a page's head tags and markup into the built index.html. */
export function fillTemplate(template: string, head: string, appHtml: string): string {
  const problem = findMarkupProblem(appHtml);
  if (problem !== undefined) throw new Error(`The prerendered page holds ${problem}.`);
  const withoutHead = template
    .replace(/<title>[\s\S]*?<\/title>\s*/, '')
    .replace(/<meta\s+name="description"[\s\S]*?\/>\s*/, '');
  if (!withoutHead.includes('<div id="root"></div>')) throw new Error('dist/index.html has no empty <div id="root">');
  return withoutHead
    .replace('</head>', `    ${head}\n  </head>`)
    .replace('<div id="root"></div>', () => `<div id="root">${appHtml}</div>`);
}

function writePage(relativePath: string, html: string | Buffer): void {
  const target = join(DIST, relativePath);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, html);
}

function render404(template: string, basePath: string): string {
  const body = [
    '<main class="not-found">',
    '<h1>This page is not in the timeline</h1>',
    '<p>The address may be mistyped, or the page may have moved. Every event of the timeline is listed on its home page.</p>',
    `<p><a href="${escapeHtml(basePath)}">Go to the timeline of the Holey Artisan Bakery attack</a></p>`,
    '</main>',
  ].join('');
  // No app script, and nothing fetched for it (its modules, the timeline's data): the 404 page is plain HTML.
  const withoutScripts = template
    .replace(/<script type="module"[^>]*><\/script>\s*/g, '')
    .replace(/<link rel="(?:modulepreload|preload)"[^>]*>\s*/g, '');
  const head = [
    '<title>Page not found · The Holey Artisan Bakery attack: a sourced timeline</title>',
    '<meta name="robots" content="noindex" />',
  ].join('\n    ');
  return fillTemplate(withoutScripts, head, body);
}

/**
 * `public/_headers` (for Netlify, Cloudflare Pages and other hosts that read it) is
 * written for a site at the root; under a sub-path, each rule's path gets the prefix.
 */
export function rebaseHeaders(headers: string, basePath: string): string {
  return headers.replace(/^\/(?=\S*$)/gm, basePath);
}

/** The data as files a reader can take away; the names match the links in the page's footer. */
function writeDownloads(timeline: LoadedTimeline, basePath: string, siteUrl: string | undefined): void {
  // SOURCE_DATE_EPOCH makes the calendar's DTSTAMP reproducible; otherwise it is the build's time.
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const generatedAt = Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date();
  writePage(`${DOWNLOADS_PATH}${DOWNLOAD_FILES.json}`, toTimelineJson(timeline));
  writePage(`${DOWNLOADS_PATH}timeline.schema.json`, readFileSync(join(ROOT, 'src/data/timeline.schema.json'), 'utf8'));
  writePage(`${DOWNLOADS_PATH}${DOWNLOAD_FILES.csv}`, toTimelineCsv(timeline));
  writePage(
    `${DOWNLOADS_PATH}${DOWNLOAD_FILES.ics}`,
    toTimelineIcs(timeline, siteUrl === undefined ? { generatedAt, basePath } : { generatedAt, basePath, siteUrl }),
  );
}

/**
 * The compact pages for iframes: the same views under embed/, kept out of search
 * results, each pointing search engines at its full page.
 */
async function writeEmbedPages(
  entry: ServerEntry,
  template: string,
  basePath: string,
  siteUrl: string | undefined,
): Promise<void> {
  const { meta, events } = entry.timeline;
  const pages: { eventId: EventId | undefined; title: string; description: string; path: string; image: string }[] = [
    { eventId: undefined, title: meta.title, description: meta.description, path: '', image: 'previews/home.png' },
    ...events.map((e) => ({
      eventId: e.id,
      title: `${e.title} · ${meta.title}`,
      description: e.summary,
      path: `events/${e.id}/`,
      image: `previews/${e.id}.png`,
    })),
  ];
  for (const page of pages) {
    const head = [
      renderHead({ ...page, type: page.eventId === undefined ? 'website' : 'article' }, basePath, siteUrl),
      '<meta name="robots" content="noindex" />',
    ].join('\n    ');
    writePage(
      `${entry.EMBED_FOLDER}${page.path}index.html`,
      fillTemplate(template, head, await entry.renderPage(page.eventId, basePath, true)),
    );
  }
}

async function main(): Promise<void> {
  if (!existsSync(SERVER_ENTRY)) throw new Error(`${SERVER_ENTRY} is missing: the server build must run first.`);
  const entry = (await import(pathToFileURL(SERVER_ENTRY).href)) as ServerEntry;
  const basePath = getBasePath();
  const siteUrl = getSiteUrl();
  const template = readFileSync(join(DIST, 'index.html'), 'utf8');
  const { meta, events } = entry.timeline;

  const homeHead = renderHead(
    {
      title: `${meta.title}: a sourced timeline`,
      description: meta.description,
      path: '',
      type: 'website',
      image: 'previews/home.png',
    },
    basePath,
    siteUrl,
  );
  writePage('index.html', fillTemplate(template, homeHead, await entry.renderPage(undefined, basePath)));
  writePage('previews/home.png', renderPreviewImage({ timeline: entry.timeline }));

  for (const event of events) {
    const head = renderHead(
      {
        title: `${event.title} · ${meta.title}`,
        description: event.summary,
        path: `events/${event.id}/`,
        type: 'article',
        image: `previews/${event.id}.png`,
      },
      basePath,
      siteUrl,
    );
    writePage(
      `events/${event.id}/index.html`,
      fillTemplate(template, head, await entry.renderPage(event.id, basePath)),
    );
    writePage(`previews/${event.id}.png`, renderPreviewImage({ timeline: entry.timeline, highlightId: event.id }));
  }

  await writeEmbedPages(entry, template, basePath, siteUrl);
  writePage('404.html', render404(template, basePath));
  writeDownloads(entry.timeline, basePath, siteUrl);
  writePage('_headers', rebaseHeaders(readFileSync(join(DIST, '_headers'), 'utf8'), basePath));

  if (siteUrl !== undefined) {
    const urls = ['', ...events.map((e) => `events/${e.id}/`)].map(
      (path) => `  <url><loc>${escapeHtml(`${siteUrl}${basePath}${path}`)}</loc></url>`,
    );
    writePage(
      'sitemap.xml',
      `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`,
    );
  }
  writePage('robots.txt', renderRobotsTxt(basePath, siteUrl));
  console.log(
    `prerendered ${events.length + 1} pages, their preview images and 404.html into ${DIST} (base ${basePath})`,
  );
}

/** Crawlers may read every page. A sitemap needs absolute addresses, so it is named only when SITE_URL is set. */
export function renderRobotsTxt(basePath: string, siteUrl: string | undefined): string {
  const sitemap = siteUrl === undefined ? '' : `\nSitemap: ${siteUrl}${basePath}sitemap.xml\n`;
  return `User-agent: *\nAllow: /\n${sitemap}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await main();
}
