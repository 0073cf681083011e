// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicyPlugin.ts';
import { getBasePath, getSiteUrl } from './hostingConfig.ts';
import { escapeHtml, fillTemplate, rebaseHeaders, renderHead, renderRobotsTxt } from './prerender.ts';

const HEADERS = readFileSync(join(process.cwd(), 'public/_headers'), 'utf8');

describe('public/_headers', () => {
  test('carries the same policy as the pages’ meta tag, plus frame-ancestors', () => {
    const policies = [...HEADERS.matchAll(/Content-Security-Policy: (.*)/g)].map((m) => m[1]);
    expect(policies.length).toBeGreaterThanOrEqual(4);
    for (const policy of policies)
      expect(policy).toMatch(new RegExp(`^${escapeRegExp(CONTENT_SECURITY_POLICY)}; frame-ancestors ('self'|\\*)$`));
    expect(HEADERS).toMatch(/^\/embed\/\*\n {2}Content-Security-Policy: .*frame-ancestors \*$/m);
    for (const header of ['X-Content-Type-Options: nosniff', 'Referrer-Policy:', 'Permissions-Policy:']) {
      expect(HEADERS).toContain(header);
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

describe('page heads', () => {
  test('escape text from the data in every tag', () => {
    const head = renderHead(
      {
        title: 'A "quoted" <b>title</b> & more',
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
      { title: 't', description: 'd', path: '', type: 'website', image: 'previews/home.png' },
      '/sub/',
      undefined,
    );
    expect(head).not.toContain('canonical');
    expect(head).toContain('content="/sub/previews/home.png"');
  });

  test('replace the template’s title and description and fill the root', () => {
    const template =
      '<head><meta charset="UTF-8" /><title>Old</title><meta name="description" content="old" /></head><body><div id="root"></div></body>';
    const html = fillTemplate(template, '<title>New</title>', '<p>app $& $1</p>');
    expect(html).toContain('<title>New</title>');
    expect(html).not.toContain('Old');
    expect(html).not.toContain('content="old"');
    expect(html).toContain('<div id="root"><p>app $& $1</p></div>');
  });

  test('refuse app markup that only an inline script would finish', () => {
    const template = '<head><title>Old</title></head><body><div id="root"></div></body>';
    expect(() => fillTemplate(template, '', '<!--$?--><template id="B:1"></template><!--/$-->')).toThrow(/pending/);
    expect(() => fillTemplate(template, '', '<p>app</p><script>$RC("B:1","S:1")</script>')).toThrow(/inline <script>/);
    expect(() => fillTemplate(template, '', '<!--$!--><template></template><!--/$-->')).toThrow(/could not render/);
    expect(fillTemplate(template, '', '<!--$--><p>app</p><!--/$-->')).toContain('<!--$--><p>app</p><!--/$-->');
  });

  test('escapeHtml escapes every character that matters in text and attributes', () => {
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('robots.txt', () => {
  test('lets crawlers read every page, and names the sitemap only when the site URL is known', () => {
    expect(renderRobotsTxt('/', undefined)).toBe('User-agent: *\nAllow: /\n');
    expect(renderRobotsTxt('/sub/', 'https://example.org')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/sub/sitemap.xml\n',
    );
  });
});
