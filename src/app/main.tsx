import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { indexTimeline } from '../data/indexTimeline.ts';
import { timeline } from '../data/loadTimeline.ts';
import { App } from './App.tsx';
import './app.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App index={indexTimeline(timeline)} />
  </StrictMode>,
);
