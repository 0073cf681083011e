// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { timeline } from '../src/data/loadTimeline.ts';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicyPlugin.ts';
import { getBasePath, getSiteUrl } from './hostingConfig.ts';
import {
  renderManifest,
  escapeHtml,
  fillTemplate,
  rebaseHeaders,
  render404,
  renderHead,
  renderNoscriptNotice,
  renderRobotsTxt,
} from './prerender.ts';

const HEADERS = readFileSync(join(process.cwd(), 'public/_headers'), 'utf8');

/** The rules of a `_headers` file: each path with its headers, in file order. */
function readRules(text: string): { path: string; headers: [string, string][] }[] {
  const rules: { path: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) rules.push({ path: line.trim(), headers: [] });
    else
      rules.at(-1)?.headers.push(
        line
          .trim()
          .split(/: (.*)/s)
          .slice(0, 2) as [string, string],
      );
  }
  return rules;
}

describe('public/_headers', () => {
  const rules = readRules(HEADERS);

  test('carries the same policy as the pages’ meta tag, with frame-ancestors only where the paths are pages', () => {
    const policies = rules.flatMap((rule) =>
      rule.headers.filter(([name]) => name === 'Content-Security-Policy').map(([, value]) => [rule.path, value]),
    );
    expect(Object.fromEntries(policies)).toEqual({
      '/*': CONTENT_SECURITY_POLICY,
      '/': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'self'`,
      '/index.html': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'self'`,
      '/events/*': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'self'`,
      '/404.html': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'self'`,
      '/embed/*': `${CONTENT_SECURITY_POLICY}; frame-ancestors *`,
    });
  });

  test('gives every path, whatever its file type or whether it exists, nosniff and same-site framing first', () => {
    const [first] = rules;
    expect(first?.path).toBe('/*');
    expect(Object.fromEntries(first?.headers ?? [])).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'SAMEORIGIN',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
    // Hosts that join repeated headers would send nosniff twice, or two framing rules; each is set once.
    for (const name of ['X-Content-Type-Options', 'X-Frame-Options', 'Permissions-Policy', 'Referrer-Policy']) {
      expect(rules.flatMap((rule) => rule.headers).filter(([header]) => header === name)).toHaveLength(1);
    }
  });

  test('is rebased onto a sub-path, paths only', () => {
    const rebased = rebaseHeaders(HEADERS, '/holey-artisan-timeline/');
    expect(rebased).toMatch(/^\/holey-artisan-timeline\/events\/\*$/m);
    expect(rebased).toMatch(/^\/holey-artisan-timeline\/$/m);
    expect(rebased).not.toMatch(/^\/events\//m);
    expect(rebased.match(/Content-Security-Policy/g)?.length).toBe(HEADERS.match(/Content-Security-Policy/g)?.length);
  });
});

describe('the web app manifest', () => {
  test('is named after the timeline, keeping the template’s icons and colours', () => {
    const template = readFileSync(join(import.meta.dirname, '../public/manifest.webmanifest'), 'utf8');
    const manifest = JSON.parse(renderManifest(template, timeline)) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      name: 'The Holey Artisan Bakery attack, Dhaka, July 2016: a sourced timeline',
      short_name: 'The Holey Artisan Bakery',
      description: timeline.meta.description,
      start_url: './',
    });
    const fire = { ...timeline, meta: { ...timeline.meta, title: 'Fire at the docks', description: 'A fire.' } };
    expect(JSON.parse(renderManifest(template, fire))).toMatchObject({
      name: 'Fire at the docks: a sourced timeline',
      short_name: 'Fire at the docks',
    });
  });
});

describe('page heads', () => {
  test('escape text from the data in every tag', () => {
    const head = renderHead(
      {
        title: 'A "quoted" <b>title</b> & more',
        siteName: 'A site & more',
        description: "It's",
        path: 'events/x/',
        type: 'article',
        image: 'previews/x.png',
      },
      '/',
      'https://example.org',
    );
    expect(head).toContain('<title>A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more</title>');
    expect(head).toContain('<link rel="canonical" href="https://example.org/events/x/" />');
    expect(head).toContain('<meta property="og:image" content="https://example.org/previews/x.png" />');
    expect(head).not.toContain('<b>');
  });

  test('have no canonical link without a site URL', () => {
    const head = renderHead(
      { title: 't', siteName: 's', description: 'd', path: '', type: 'website', image: 'previews/home.png' },
      '/sub/',
      undefined,
    );
    expect(head).not.toContain('canonical');
    expect(head).toContain('content="/sub/previews/home.png"');
  });

  test('replace the template’s title and description and fill the root', () => {
    const template =
      '<head><meta charset="UTF-8" /><title>Old</title><meta name="description" content="old" /></head><body><div id="root"></div></body>';
    const html = fillTemplate(template, '<title>New</title>', '<p>app $& $1</p>', ' data-built-page="full"');
    expect(html).toContain('<title>New</title>');
    expect(html).not.toContain('Old');
    expect(html).not.toContain('content="old"');
    expect(html).toContain('<div id="root" data-built-page="full"><p>app $& $1</p></div>');
  });

  test('put a notice for readers without JavaScript before the root, escaped, its link in a new tab from the embed', () => {
    const notice = renderNoscriptNotice({
      key: 'event',
      message: 'Corrected <b>"x"</b>',
      link: { href: '/#correction-a"b', text: 'Read the correction', opensInNewTab: true },
    });
    expect(notice).toBe(
      '<noscript><div class="link-notices"><p class="link-notice">Corrected &lt;b&gt;&quot;x&quot;&lt;/b&gt; ' +
        '<a href="/#correction-a&quot;b" target="_blank" rel="noopener">Read the correction</a></p></div></noscript>',
    );
    const template = '<head></head><body><div id="root"></div></body>';
    expect(fillTemplate(template, '', '<p>app</p>', '', notice)).toContain(`${notice}<div id="root"><p>app</p></div>`);
  });

  test('refuse app markup that only an inline script would finish', () => {
    const template = '<head><title>Old</title></head><body><div id="root"></div></body>';
    expect(() => fillTemplate(template, '', '<!--$?--><template id="B:1"></template><!--/$-->', '')).toThrow(/pending/);
    expect(() => fillTemplate(template, '', '<p>app</p><script>$RC("B:1","S:1")</script>', '')).toThrow(
      /inline <script>/,
    );
    expect(() => fillTemplate(template, '', '<!--$!--><template></template><!--/$-->', '')).toThrow(/could not render/);
    expect(fillTemplate(template, '', '<!--$--><p>app</p><!--/$-->', '')).toContain('<!--$--><p>app</p><!--/$-->');
  });

  test('escapeHtml escapes every character that matters in text and attributes', () => {
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });
});

describe('404.html', () => {
  const template = [
    '<head><meta charset="UTF-8" /><title>Old</title>',
    '<script type="module" crossorigin src="/assets/main-1.js"></script>',
    '<link rel="modulepreload" crossorigin href="/assets/chunk-1.js">',
    '<link rel="preload" href="/assets/timeline-1.json" as="fetch" type="application/json" crossorigin="anonymous">',
    '<link rel="stylesheet" crossorigin href="/assets/main-1.css"></head>',
    '<body><div id="root"></div></body>',
  ].join('\n');
  const page = render404(template, '/sub/', ' data-built-page="not-found"', timeline);

  test('reads as a plain page that leads back to the timeline and is kept out of search results', () => {
    expect(page).toContain('<h1>This page is not in the timeline</h1>');
    expect(page).toContain(`<a href="/sub/">Go to the timeline: ${timeline.meta.title}</a>`);
    expect(page).toContain(`<title>Page not found · ${timeline.meta.title}: a sourced timeline</title>`);
    expect(page).toContain('<meta name="robots" content="noindex" />');
    expect(page).toContain('<div id="root" data-built-page="not-found"><main class="not-found">');
  });

  test('keeps the app’s script, which shows the timeline at an event’s address, but preloads no data', () => {
    expect(page).toContain('src="/assets/main-1.js"');
    expect(page).toContain('href="/assets/main-1.css"');
    expect(page).not.toContain('timeline-1.json');
  });
});

describe('hosting configuration', () => {
  test('normalises BASE_PATH and refuses anything but a plain path', () => {
    expect(getBasePath(undefined)).toBe('/');
    expect(getBasePath('holey-artisan-timeline')).toBe('/holey-artisan-timeline/');
    expect(getBasePath('/a/b/')).toBe('/a/b/');
    expect(() => getBasePath('/<script>/')).toThrow(/not a plain path/);
  });

  test('reduces SITE_URL to its origin and refuses non-web URLs', () => {
    expect(getSiteUrl('https://example.org/some/path')).toBe('https://example.org');
    expect(getSiteUrl('')).toBeUndefined();
    expect(() => getSiteUrl('javascript:alert(1)')).toThrow(/http/);
    expect(() => getSiteUrl('not a url')).toThrow(/not a URL/);
  });
});

describe('robots.txt', () => {
  test('lets crawlers read every page, and names the sitemap only when the site URL is known', () => {
    expect(renderRobotsTxt('/', undefined)).toBe('User-agent: *\nAllow: /\n');
    expect(renderRobotsTxt('/sub/', 'https://example.org')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/sub/sitemap.xml\n',
    );
  });
});
