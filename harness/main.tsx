/**
 * A page that renders the real App on a timeline that is not the shipped one: generated timelines for
 * `npm run bench`, a hostile one for the security tests. It is built by vite.harness.config.ts into
 * .cache/harness-dist and is never part of the shipped bundle. The data skips the build-time validator on
 * purpose: the hostile timeline holds markup the validator would refuse, and the app must render it inert.
 *
 * It marks `harness-render-start` just before rendering, so the benchmark can time the first render.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { deepFreeze } from '../src/data/deepFreeze.ts';
import { indexTimeline } from '../src/data/indexTimeline.ts';
import { App } from '../src/app/App.tsx';
import { warmDateData } from '../src/app/warmDateData.ts';
import '../src/app/app.css';
import { getHarnessTimeline } from './fixtures.ts';

/**
 * As the app's entry does (src/app/main.tsx): the date data starts loading on another thread first, the timeline
 * is made (the app fetches it; the harness generates it), and the render waits for the worker's word.
 */
async function start(root: HTMLElement): Promise<void> {
  const dateData = warmDateData();
  const name = new URLSearchParams(window.location.search).get('timeline') ?? 'generated-1000';
  const timeline = deepFreeze(getHarnessTimeline(name));
  const index = indexTimeline(timeline);
  const basePath = window.location.pathname.replace(/[^/]*$/, '');
  await dateData;

  performance.mark('harness-render-start');
  createRoot(root).render(
    <StrictMode>
      <App index={index} basePath={basePath} />
    </StrictMode>,
  );
}

const root = document.getElementById('root');
if (root === null) throw new Error('harness/index.html has no #root element');
void start(root);
