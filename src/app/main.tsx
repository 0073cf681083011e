import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { indexTimeline } from '../data/indexTimeline.ts';
import { DEFAULT_VIEW, parseViewState } from '../url/viewState.ts';
import { App } from './App.tsx';
import { EMBED_FOLDER } from './embedFolder.ts';
import { createLinkContext } from './createLinkContext.ts';
import { fetchTimeline } from './fetchTimeline.ts';
import './app.css';

async function start(root: HTMLElement): Promise<void> {
  const index = indexTimeline(await fetchTimeline());
  const siteBase = import.meta.env.BASE_URL;
  // The compact pages for iframes live in the embed/ folder and keep their links inside it.
  const isEmbed = window.location.pathname.startsWith(`${siteBase}${EMBED_FOLDER}`);
  const basePath = isEmbed ? `${siteBase}${EMBED_FOLDER}` : siteBase;
  const { view, notices } = parseViewState(window.location, createLinkContext(index, basePath));

  // A prerendered page was rendered from its path alone; the query's view follows once it is interactive.
  const app = (
    <StrictMode>
      <App
        index={index}
        initialView={{ ...DEFAULT_VIEW, eventId: view.eventId }}
        linkedView={view}
        notices={notices}
        basePath={basePath}
        {...(isEmbed ? { embed: { fullBasePath: siteBase } } : {})}
      />
    </StrictMode>
  );
  if (root.hasChildNodes()) hydrateRoot(root, app);
  else createRoot(root).render(app);
}

/** Says, above the prerendered page (which still reads), that the interactive timeline could not start. */
function showStartFailure(error: unknown): void {
  const note = document.createElement('p');
  note.className = 'app-start-failure';
  note.setAttribute('role', 'alert');
  const reason = error instanceof Error ? error.message : String(error);
  note.textContent = `The interactive timeline could not start: ${reason} The events below still read; reload the page to try again.`;
  document.body.prepend(note);
}

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
start(root).catch(showStartFailure);
