/**
 * The server entry the prerender step (scripts/prerender.ts) builds and calls:
 * the page for the home view or for one event, as HTML that reads without
 * JavaScript. The browser then hydrates it with the same view.
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { indexTimeline } from '../data/indexTimeline.ts';
import { timeline } from '../data/loadTimeline.ts';
import type { EventId } from '../data/schema.ts';
import { DEFAULT_VIEW, describeFormerEvent } from '../view/viewState.ts';
import type { LinkNotice } from '../view/viewState.ts';
import { App } from './App.tsx';
import { formatBuiltPageAttributes } from './builtPage.ts';
import { getFormerEvents } from './createLinkContext.ts';
import { EMBED_FOLDER } from './embedFolder.ts';

export { EMBED_FOLDER, formatBuiltPageAttributes };

const index = indexTimeline(timeline);

/** The timeline the pages are rendered from. */
export { timeline };

/** An event id a correction took out of the timeline, whose old links still get a page. */
export interface FormerEventPage {
  /** The old id, as old links carry it. */
  id: EventId;
  /** The event it is now part of; undefined for a withdrawn id, whose page is the whole timeline. */
  successor: EventId | undefined;
  /** What the page tells its reader, in the words the browser's link notice uses. */
  notice: LinkNotice;
}

/** Every old event id, with the page its links open; the notice links to the correction on `siteBasePath`. */
export function getFormerEventPages(siteBasePath: string, isEmbed: boolean): FormerEventPage[] {
  return [...getFormerEvents(index, siteBasePath, isEmbed)].map(([id, former]) => ({
    id: id as EventId,
    successor: former.kind === 'alias' ? former.successor : undefined,
    notice: describeFormerEvent(former),
  }));
}

/**
 * By default React streams a Suspense boundary whose markup passes this many bytes after the shell, and reveals
 * it with an inline script. The page's Content-Security-Policy forbids inline scripts, so every boundary must
 * be in the markup in place: none is ever outlined.
 */
const NEVER_OUTLINE = Number.POSITIVE_INFINITY;

/**
 * The app's markup for the home page (no event) or an event's page; `isEmbed` for the compact iframe version.
 * It waits for the lazily loaded sections, so the page holds all of them.
 */
export async function renderPage(eventId: EventId | undefined, basePath: string, isEmbed = false): Promise<string> {
  const { prelude } = await prerender(
    <StrictMode>
      <App
        index={index}
        initialView={{ ...DEFAULT_VIEW, selectedId: eventId }}
        basePath={isEmbed ? `${basePath}${EMBED_FOLDER}` : basePath}
        {...(isEmbed ? { embed: { fullBasePath: basePath } } : {})}
      />
    </StrictMode>,
    { progressiveChunkSize: NEVER_OUTLINE },
  );
  return new Response(prelude).text();
}
