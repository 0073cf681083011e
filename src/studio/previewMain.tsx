/**
 * The studio's preview: the reader's own App rendering the timeline the studio sends (validated again here with
 * the build's parser), inside a frame, so the reader's styles and address handling stay in their own document.
 */
import './configureZod.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../app/App.tsx';
import '../app/app.css';
import { indexTimeline } from '../data/indexTimeline.ts';
import { parseTimelineText } from '../data/parseTimeline.ts';
import { isPreviewTimeline } from './previewMessages.ts';
import type { PreviewReadyMessage } from './previewMessages.ts';

const rootElement = document.getElementById('root');
if (rootElement === null) throw new Error('preview.html has no #root element');
const root = createRoot(rootElement);

const basePath = window.location.pathname.replace(/[^/]*$/, '');

window.addEventListener('message', (event) => {
  if (event.origin !== window.location.origin || event.source !== window.parent) return;
  if (!isPreviewTimeline(event.data)) return;
  const result = parseTimelineText(event.data.text);
  if (!result.ok) return;
  const index = indexTimeline(result.timeline);
  // A new set of events starts the page afresh; an edit of one event's words keeps the reader's view.
  const key = result.timeline.events.map((e) => e.id).join(' ');
  root.render(
    <StrictMode>
      <App key={key} index={index} basePath={basePath} />
    </StrictMode>,
  );
});

const ready: PreviewReadyMessage = { kind: 'studio-preview-ready' };
window.parent.postMessage(ready, window.location.origin);
