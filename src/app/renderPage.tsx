/**
 * The server entry the prerender step (scripts/prerender.ts) builds and calls:
 * the page for the home view or for one event, as HTML that reads without
 * JavaScript. The browser then hydrates it with the same view.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { indexTimeline } from '../data/indexTimeline.ts';
import { timeline } from '../data/loadTimeline.ts';
import type { EventId } from '../data/schema.ts';
import { DEFAULT_VIEW } from '../url/viewState.ts';
import { App } from './App.tsx';
import { EMBED_FOLDER } from './embedFolder.ts';

export { EMBED_FOLDER };

const index = indexTimeline(timeline);

/** The timeline the pages are rendered from. */
export { timeline };

/** The app's markup for the home page (no event) or an event's page; `isEmbed` for the compact iframe version. */
export function renderPage(eventId: EventId | undefined, basePath: string, isEmbed = false): string {
  return renderToString(
    <StrictMode>
      <App
        index={index}
        initialView={{ ...DEFAULT_VIEW, eventId }}
        basePath={isEmbed ? `${basePath}${EMBED_FOLDER}` : basePath}
        {...(isEmbed ? { embed: { fullBasePath: basePath } } : {})}
      />
    </StrictMode>,
  );
}
