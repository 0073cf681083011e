import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { EventId } from '../data/schema.ts';
import { indexTimeline } from '../data/indexTimeline.ts';
import { DEFAULT_VIEW, parseViewState } from '../view/viewState.ts';
import { App } from './App.tsx';
import { readAddressKind, readBuiltPage } from './builtPage.ts';
import { EMBED_FOLDER } from './embedFolder.ts';
import { createLinkContext } from './createLinkContext.ts';
import { fetchTimeline } from './fetchTimeline.ts';
import { prepareZone } from '../time/formatClock.ts';
import { UTC } from '../time/zones.ts';
import { warmDateData } from './warmDateData.ts';
import './app.css';

/**
 * Lets the browser take its turn (input, a frame) before the start's next step, so that no two steps make one
 * long task on a slow phone. A timer, not a microtask: only a task boundary lets input and paint in.
 */
function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function start(root: HTMLElement, dateData: Promise<void>): Promise<void> {
  const siteBase = import.meta.env.BASE_URL;
  const address = readAddressKind(window.location.pathname, siteBase);
  const built = readBuiltPage(root);
  // 404.html stays a plain "not found" page, and loads no data, for any address but an event's.
  if (built?.kind === 'not-found' && !address.isEventPath) return;

  const index = indexTimeline(await fetchTimeline());
  await yieldToBrowser();
  // The compact pages for iframes live in the embed/ folder and keep their links inside it.
  const basePath = address.isEmbed ? `${siteBase}${EMBED_FOLDER}` : siteBase;
  // The worker has loaded the runtime's date data meanwhile, as a rule; if not, the first formatters load it,
  // each in a task of its own rather than in the hydration's.
  await dateData;
  const { view, notices } = parseViewState(window.location, createLinkContext(index, basePath));
  for (const zone of [index.timeline.meta.zone, UTC]) {
    await yieldToBrowser();
    prepareZone(zone);
  }
  await yieldToBrowser();
  const render = (eventId: EventId | undefined) => (
    <StrictMode>
      <App
        index={index}
        initialView={{ ...DEFAULT_VIEW, selectedId: eventId }}
        linkedView={view}
        notices={notices}
        basePath={basePath}
        {...(address.isEmbed ? { embed: { fullBasePath: siteBase } } : {})}
      />
    </StrictMode>
  );

  // A prerendered page is hydrated as the view it was built for, which its root names: the address may not be
  // its own (a host's fallback page, an event's page for a `%2F` the host decoded). The link's own view, the
  // query's and any other event, follows once the page is interactive.
  if (
    built?.kind === 'view' &&
    built.isEmbed === address.isEmbed &&
    (built.eventId === undefined || index.isEventId(built.eventId))
  ) {
    // In a transition, React hydrates in slices between frames rather than in one long task, and a click or key
    // meanwhile hydrates what it lands on at once (as Remix and Next.js hydrate).
    startTransition(() => {
      hydrateRoot(root, render(built.eventId));
    });
    return;
  }
  // No page was built for this address: the dev server's empty page, the full page served for an embed's
  // address, or 404.html for an event that is not (or no longer) in the timeline. Render the link's view anew.
  if (built?.kind === 'not-found') document.title = `${index.timeline.meta.title}: a sourced timeline`;
  root.replaceChildren();
  createRoot(root).render(render(view.selectedId));
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

// First, so the date data loads on another thread while the timeline is fetched and indexed.
const dateData = warmDateData();
const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
start(root, dateData).catch(showStartFailure);
