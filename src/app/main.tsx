import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { indexTimeline } from '../data/indexTimeline.ts';
import { timeline } from '../data/loadTimeline.ts';
import { DEFAULT_VIEW, parseViewState } from '../url/viewState.ts';
import { App } from './App.tsx';
import { createLinkContext } from './createLinkContext.ts';
import './app.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

const index = indexTimeline(timeline);
const basePath = import.meta.env.BASE_URL;
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
    />
  </StrictMode>
);
if (root.hasChildNodes()) hydrateRoot(root, app);
else createRoot(root).render(app);
