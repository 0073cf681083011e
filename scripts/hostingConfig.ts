/**
 * Where the build will be hosted, from the environment at build time:
 * BASE_PATH, the path the site lives under ("/" or "/holey-artisan-timeline/"),
 * and SITE_URL, its origin ("https://example.org"), for canonical links, the
 * sitemap and absolute preview-image URLs.
 */

/** BASE_PATH with one leading and one trailing slash; "/" when unset. */
export function getBasePath(value: string | undefined = process.env.BASE_PATH): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (trimmed !== '' && !/^[A-Za-z0-9._~-]+(?:\/[A-Za-z0-9._~-]+)*$/.test(trimmed)) {
    throw new Error(`BASE_PATH "${value ?? ''}" is not a plain path such as /holey-artisan-timeline/`);
  }
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** SITE_URL as an origin without a trailing slash, or undefined when unset. */
export function getSiteUrl(value: string | undefined = process.env.SITE_URL): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`SITE_URL "${value}" is not a URL such as https://example.org`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL "${value}" must be http(s)`);
  return url.origin;
}
