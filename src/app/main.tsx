import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { indexTimeline } from '../data/indexTimeline.ts';
import { timeline } from '../data/loadTimeline.ts';
import { DEFAULT_VIEW, parseViewState } from '../url/viewState.ts';
import { App } from './App.tsx';
import { EMBED_FOLDER } from './embedFolder.ts';
import { createLinkContext } from './createLinkContext.ts';
import './app.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

const index = indexTimeline(timeline);
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
