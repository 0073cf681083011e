/**
 * Turns the client build in OUT_DIR into plain HTML pages that read without
 * JavaScript: the home page with the whole chronology, and one page per event at
 * events/<id>/, each with its own title, description, Open Graph and Twitter tags;
 * the same under embed/; and a page for every old event id a correction took out.
 * Also writes 404.html and robots.txt, and sitemap.xml when SITE_URL is set.
 * Run by `npm run build` (scripts/build.ts) after `vite build` and the server build of
 * src/app/renderPage.tsx, with OUT_DIR and SSR_DIR naming that build's own folders.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { LoadedTimeline } from '../src/data/parseTimeline.ts';
import type { EventId } from '../src/data/schema.ts';
import type { BuiltPage } from '../src/app/builtPage.ts';
import type { LinkNotice } from '../src/view/viewState.ts';
import { writeDownloads } from './exports/writeDownloads.ts';
import { renderPreviewImage } from './renderPreviewImage.ts';
import { escapeMarkup } from '../src/shared/escapeMarkup.ts';
import { writeServiceWorker } from './offline/writeServiceWorker.ts';
import { renderStructuredData } from './structuredData.ts';
import { getPageTitle } from '../src/shared/getPageTitle.ts';
import { getBasePath, getSiteUrl } from './hostingConfig.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// Relative folders are the project's, whatever the shell's folder; absolute ones are taken as they are.
const DIST = resolve(ROOT, process.env.OUT_DIR ?? 'dist');
const SERVER_ENTRY = join(resolve(ROOT, process.env.SSR_DIR ?? join('.cache', 'ssr')), 'renderPage.js');

interface ServerEntry {
  renderPage: (eventId: EventId | undefined, basePath: string, isEmbed?: boolean) => Promise<string>;
  EMBED_FOLDER: string;
  formatBuiltPageAttributes: (page: BuiltPage) => string;
  getFormerEventPages: (
    siteBasePath: string,
    isEmbed: boolean,
  ) => { id: EventId; successor: EventId | undefined; notice: LinkNotice }[];
  /** The validated timeline, as the server bundle loaded it. */
  timeline: LoadedTimeline;
}

/** Escapes text for HTML text and attribute values. */
export const escapeHtml = escapeMarkup;

interface PageHead {
  title: string;
  /** The site's name, the timeline's home page title: "…: a sourced timeline". */
  siteName: string;
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
    `<meta property="og:site_name" content="${escapeHtml(head.siteName)}" />`,
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

/**
 * Puts a page's head tags and markup into the built index.html. `rootAttributes` name the view the markup shows
 * (src/app/builtPage.ts), which the browser hydrates whatever the address; `beforeRoot` is markup outside the
 * app, such as a notice for readers without JavaScript.
 */
export function fillTemplate(
  template: string,
  head: string,
  appHtml: string,
  rootAttributes: string,
  beforeRoot = '',
): string {
  const problem = findMarkupProblem(appHtml);
  if (problem !== undefined) throw new Error(`The prerendered page holds ${problem}.`);
  const withoutHead = template
    .replace(/<title>[\s\S]*?<\/title>\s*/, '')
    .replace(/<meta\s+name="description"[\s\S]*?\/>\s*/, '');
  if (!withoutHead.includes('<div id="root"></div>')) throw new Error('index.html has no empty <div id="root">');
  return withoutHead
    .replace('</head>', `    ${head}\n  </head>`)
    .replace('<div id="root"></div>', () => `${beforeRoot}<div id="root"${rootAttributes}>${appHtml}</div>`);
}

/**
 * A link notice as plain HTML for readers without JavaScript, in the app's notice style; with JavaScript the app
 * shows the same words in its own notice (src/app/LinkNotices.tsx), so this one is inside `<noscript>`.
 */
export function renderNoscriptNotice(notice: LinkNotice): string {
  const link =
    notice.link === undefined
      ? ''
      : ` <a href="${escapeHtml(notice.link.href)}"${notice.link.opensInNewTab ? ' target="_blank" rel="noopener"' : ''}>${escapeHtml(notice.link.text)}</a>`;
  return `<noscript><div class="link-notices"><p class="link-notice">${escapeHtml(notice.message)}${link}</p></div></noscript>`;
}

function writePage(relativePath: string, html: string | Buffer): void {
  const target = join(DIST, relativePath);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, html);
}

/**
 * The page hosts serve for a missing path (GitHub Pages, Netlify, Cloudflare Pages, S3 and nginx as the README
 * sets them up). It reads as a plain "not found" page. At an event's address (`events/<id>/`, in embed/ or not)
 * its script replaces it with the timeline and a notice: an old link to an event a correction took out, or to
 * one that never was. Elsewhere the script stops at once, before fetching any data.
 */
export function render404(
  template: string,
  basePath: string,
  rootAttributes: string,
  timeline: Pick<LoadedTimeline, 'meta' | 'events'>,
): string {
  const body = [
    '<main class="not-found">',
    '<h1>This page is not in the timeline</h1>',
    '<p>The address may be mistyped, or the page may have moved; an event may have been corrected since the link was made. Every event of the timeline is listed on its home page.</p>',
    `<p><a href="${escapeHtml(basePath)}">Go to the timeline: ${escapeHtml(timeline.meta.title)}</a></p>`,
    '</main>',
  ].join('');
  // The data is fetched only at an event's address, so it is not preloaded for every missing path.
  const withoutDataPreload = template.replace(/<link rel="preload"[^>]*as="fetch"[^>]*>\s*/g, '');
  const head = [
    `<title>Page not found · ${escapeHtml(getPageTitle(timeline, undefined, false))}</title>`,
    '<meta name="robots" content="noindex" />',
  ].join('\n    ');
  return fillTemplate(withoutDataPreload, head, body, rootAttributes);
}

/**
 * `public/_headers` (for Netlify, Cloudflare Pages and other hosts that read it) is
 * written for a site at the root; under a sub-path, each rule's path gets the prefix.
 */
export function rebaseHeaders(headers: string, basePath: string): string {
  return headers.replace(/^\/(?=\S*$)/gm, basePath);
}

/** One view's page: the home view (no event) or an event's. */
interface ViewPage {
  eventId: EventId | undefined;
  head: Omit<PageHead, 'type'>;
}

/** The head of the home page, or of an event's page; the embed's home has the bare title. */
function describeView(timeline: LoadedTimeline, eventId: EventId | undefined, isEmbed: boolean): ViewPage {
  const { meta, events } = timeline;
  const event = events.find((e) => e.id === eventId);
  const siteName = getPageTitle(timeline, undefined, false);
  if (event === undefined) {
    return {
      eventId: undefined,
      head: {
        title: getPageTitle(timeline, undefined, isEmbed),
        siteName,
        description: meta.description,
        path: '',
        image: 'previews/home.png',
      },
    };
  }
  return {
    eventId: event.id,
    head: {
      title: getPageTitle(timeline, event.id, isEmbed),
      siteName,
      description: event.summary,
      path: `events/${event.id}/`,
      image: `previews/${event.id}.png`,
    },
  };
}

/**
 * The pages of one folder: the full pages at the base path, or the compact pages for iframes under embed/ (kept
 * out of search results, each pointing search engines at its full page). Each view gets its page, and so does
 * every old event id a correction took out: the page of the event it is now part of (the whole timeline for a
 * withdrawn id) with a notice, its canonical link naming the current page.
 */
async function writeViewPages(
  entry: ServerEntry,
  template: string,
  basePath: string,
  siteUrl: string | undefined,
  isEmbed: boolean,
): Promise<void> {
  const folder = isEmbed ? entry.EMBED_FOLDER : '';
  const write = async (path: string, view: ViewPage, beforeRoot = '') => {
    const tags = [
      renderHead({ ...view.head, type: view.eventId === undefined ? 'website' : 'article' }, basePath, siteUrl),
    ];
    if (isEmbed) tags.push('<meta name="robots" content="noindex" />');
    else tags.push(renderStructuredData(entry.timeline, view.eventId, basePath, siteUrl));
    const attributes = entry.formatBuiltPageAttributes({ kind: 'view', eventId: view.eventId, isEmbed });
    const appHtml = await entry.renderPage(view.eventId, basePath, isEmbed);
    writePage(
      `${folder}${path}index.html`,
      fillTemplate(template, tags.join('\n    '), appHtml, attributes, beforeRoot),
    );
  };
  const views = [undefined, ...entry.timeline.events.map((e) => e.id)].map((id) =>
    describeView(entry.timeline, id, isEmbed),
  );
  for (const view of views) await write(view.head.path, view);
  for (const former of entry.getFormerEventPages(basePath, isEmbed)) {
    await write(
      `events/${former.id}/`,
      describeView(entry.timeline, former.successor, isEmbed),
      renderNoscriptNotice(former.notice),
    );
  }
}

async function main(): Promise<void> {
  if (!existsSync(SERVER_ENTRY)) throw new Error(`${SERVER_ENTRY} is missing: the server build must run first.`);
  const entry = (await import(pathToFileURL(SERVER_ENTRY).href)) as ServerEntry;
  const basePath = getBasePath();
  const siteUrl = getSiteUrl();
  if (siteUrl === undefined) {
    console.warn(
      'warning: SITE_URL is not set, so preview images and canonical links are relative and share cards will not show on social sites; build with SITE_URL=https://your.site (the GitHub Pages workflow sets it)',
    );
  }
  const template = readFileSync(join(DIST, 'index.html'), 'utf8');
  const { events } = entry.timeline;

  await writeViewPages(entry, template, basePath, siteUrl, false);
  await writeViewPages(entry, template, basePath, siteUrl, true);
  writePage('previews/home.png', renderPreviewImage({ timeline: entry.timeline }));
  for (const event of events) {
    writePage(`previews/${event.id}.png`, renderPreviewImage({ timeline: entry.timeline, highlightId: event.id }));
  }
  writePage(
    '404.html',
    render404(template, basePath, entry.formatBuiltPageAttributes({ kind: 'not-found' }), entry.timeline),
  );
  writePage(
    'manifest.webmanifest',
    renderManifest(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'), entry.timeline),
  );
  writeDownloads(DIST, entry.timeline, { basePath, siteUrl });
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
  // Last, so that the worker's list and its version cover every file the build wrote.
  writeServiceWorker(DIST, basePath);
  console.log(
    `prerendered ${events.length + 1} pages, their embeds, preview images and 404.html into ${DIST} (base ${basePath})`,
  );
}

/** The longest short name a home screen shows whole, in characters. */
const SHORT_NAME_LENGTH = 30;

/**
 * The web app manifest (public/manifest.webmanifest, its icons and colours) named after this timeline: its
 * site name, a short name of whole words from its title, and its description.
 */
export function renderManifest(template: string, timeline: Pick<LoadedTimeline, 'meta' | 'events'>): string {
  const manifest = JSON.parse(template) as Record<string, unknown>;
  const { title, description } = timeline.meta;
  let shortName = '';
  for (const word of title.replace(/[,:;].*$/, '').split(/\s+/)) {
    const next = shortName === '' ? word : `${shortName} ${word}`;
    if (next.length > SHORT_NAME_LENGTH) break;
    shortName = next;
  }
  const named = {
    ...manifest,
    name: getPageTitle(timeline, undefined, false),
    short_name: shortName === '' ? title.slice(0, SHORT_NAME_LENGTH) : shortName,
    description,
  };
  return `${JSON.stringify(named, null, 2)}\n`;
}

/** Crawlers may read every page. A sitemap needs absolute addresses, so it is named only when SITE_URL is set. */
export function renderRobotsTxt(basePath: string, siteUrl: string | undefined): string {
  const sitemap = siteUrl === undefined ? '' : `\nSitemap: ${siteUrl}${basePath}sitemap.xml\n`;
  return `User-agent: *\nAllow: /\n${sitemap}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await main();
}
