/**
 * Which view a prerendered page's markup shows. The prerender (scripts/prerender.ts) writes it on the page's
 * root element and the browser hydrates exactly that view, whatever the address: a host may serve a page for
 * a path that is not its own (a fallback page for an unknown path, an event's page for `%2F` decoded to `/`,
 * `404.html` for anything missing), and markup hydrated as another view fails (React error #418).
 */
import type { EventId } from '../data/schema.ts';
import { EMBED_FOLDER } from './embedFolder.ts';

/** What a built page holds. */
export type BuiltPage =
  /** The timeline: the home view, or one event's, full or as the compact embed. */
  | { kind: 'view'; eventId: EventId | undefined; isEmbed: boolean }
  /** `404.html`: a plain "not found" page, which the browser turns into the timeline for an event's address. */
  | { kind: 'not-found' };

const PAGE_ATTRIBUTE = 'data-built-page';
const EVENT_ATTRIBUTE = 'data-built-event';
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The root element's attributes for a built page, each with a leading space: ` data-built-page="embed"`. */
export function formatBuiltPageAttributes(page: BuiltPage): string {
  if (page.kind === 'not-found') return ` ${PAGE_ATTRIBUTE}="not-found"`;
  const kind = ` ${PAGE_ATTRIBUTE}="${page.isEmbed ? 'embed' : 'full'}"`;
  if (page.eventId === undefined) return kind;
  // Ids are validated slugs; one that is not would need escaping here, so refuse it instead.
  if (!SLUG.test(page.eventId)) throw new Error(`The event id "${page.eventId}" is not a slug.`);
  return `${kind} ${EVENT_ATTRIBUTE}="${page.eventId}"`;
}

/** What the page whose root this is was built for; undefined for a page built by no prerender (the dev server). */
export function readBuiltPage(root: Element): BuiltPage | undefined {
  const kind = root.getAttribute(PAGE_ATTRIBUTE);
  if (kind === 'not-found') return { kind: 'not-found' };
  if (kind !== 'full' && kind !== 'embed') return undefined;
  const eventId = root.getAttribute(EVENT_ATTRIBUTE);
  return {
    kind: 'view',
    eventId: eventId === null || !SLUG.test(eventId) ? undefined : (eventId as EventId),
    isEmbed: kind === 'embed',
  };
}

/** Where an address points in the site hosted under `siteBasePath`. */
export interface AddressKind {
  /** Under the embed folder: the compact page for iframes. */
  isEmbed: boolean;
  /** An event's address, `events/<id>/` (in the embed folder or not), whether or not the event exists. */
  isEventPath: boolean;
}

/** Reads which kind of page an address asks for, from its path alone. */
export function readAddressKind(pathname: string, siteBasePath: string): AddressKind {
  if (!pathname.startsWith(siteBasePath)) return { isEmbed: false, isEventPath: false };
  let rest = pathname.slice(siteBasePath.length);
  const isEmbed = rest.startsWith(EMBED_FOLDER);
  if (isEmbed) rest = rest.slice(EMBED_FOLDER.length);
  return { isEmbed, isEventPath: /^events\/[^/]/.test(rest) };
}
