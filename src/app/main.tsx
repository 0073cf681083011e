import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { indexTimeline } from '../data/indexTimeline.ts';
import { timeline } from '../data/loadTimeline.ts';
import { parseViewState } from '../url/viewState.ts';
import { App } from './App.tsx';
import { createLinkContext } from './createLinkContext.ts';
import './app.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

const index = indexTimeline(timeline);
const basePath = import.meta.env.BASE_URL;
const { view, notices } = parseViewState(window.location, createLinkContext(index, basePath));

createRoot(root).render(
  <StrictMode>
    <App index={index} initialView={view} notices={notices} basePath={basePath} />
  </StrictMode>,
);
