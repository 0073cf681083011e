import './configureZod.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { StudioApp } from './StudioApp.tsx';
import './studio.css';

const root = document.getElementById('root');
if (root === null) throw new Error('studio.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <StudioApp />
  </StrictMode>,
);
