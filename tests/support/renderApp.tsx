/**
 * The whole page, rendered for a flow test: as a reader finds it on the home page (`renderApp`), or as a reader
 * following a link finds it, opened the way src/app/main.tsx opens one (`openLink`).
 */
import { act, render, screen, within } from '@testing-library/react';
import { createRoot } from 'react-dom/client';
import { userEvent } from '@testing-library/user-event';
import type { UserEvent } from '@testing-library/user-event';
import { App } from '../../src/app/App.tsx';
import { createLinkContext } from '../../src/app/createLinkContext.ts';
import type { ZoneName } from '../../src/data/schema.ts';
import { DEFAULT_VIEW, parseViewState } from '../../src/view/viewState.ts';
import { realIndex } from './realTimeline.ts';
import { waitForDeferredSections } from './waitForDeferredSections.ts';

/** The zone the tests' reader is in: neither Dhaka nor UTC, and the zone the tests' machine is in. */
export const READER_ZONE = 'America/Los_Angeles' as ZoneName;

/** The chart's width in the flow tests, px (jsdom has no layout to measure). */
const CHART_WIDTH = 900;

/** The page as rendered, with a user to act on it. */
export interface RenderedApp {
  user: UserEvent;
  /** The chart's listbox of events. */
  chart: HTMLElement;
  /** The chronology's list. */
  list: HTMLElement;
}

function getRendered(user: UserEvent): RenderedApp {
  return {
    user,
    chart: screen.getByRole('listbox', { name: 'Events by time, one lane per category' }),
    list: screen.getByRole('list', { name: 'Chronology of events' }),
  };
}

/** Renders the home page of the real timeline, with every deferred section loaded. */
export async function renderApp(): Promise<RenderedApp> {
  const user = userEvent.setup();
  render(<App index={realIndex} initialWidth={CHART_WIDTH} readerZone={READER_ZONE} />);
  await waitForDeferredSections();
  return getRendered(user);
}

/**
 * Opens the page at `href` as src/app/main.tsx does for an address no page was built for: the link's view is
 * parsed with the same context, the page starts from its event and shows the rest of the view once it is client
 * side, and the link's notices are shown.
 */
export async function openLink(href: string, basePath = '/'): Promise<RenderedApp> {
  window.history.replaceState(null, '', href);
  const { view, notices } = parseViewState(window.location, createLinkContext(realIndex, basePath));
  const user = userEvent.setup();
  render(
    <App
      index={realIndex}
      initialView={{ ...DEFAULT_VIEW, selectedId: view.selectedId }}
      linkedView={view}
      notices={notices}
      basePath={basePath}
      initialWidth={CHART_WIDTH}
      readerZone={READER_ZONE}
    />,
  );
  await waitForDeferredSections();
  return getRendered(user);
}

/** The title button of an event in the chronology. */
export function getListButton(title: string): HTMLElement {
  return within(screen.getByRole('list', { name: 'Chronology of events' })).getByRole('link', { name: title });
}

/**
 * Renders the home page once for a group of tests that only read it, outside Testing Library's cleanup after
 * each test: call it in `beforeAll`, and the function it returns in `afterAll`. A test that acts on the page
 * renders its own with `renderApp`.
 */
export async function renderAppToRead(): Promise<() => void> {
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  await act(async () => {
    root.render(<App index={realIndex} initialWidth={CHART_WIDTH} readerZone={READER_ZONE} />);
    await Promise.resolve();
  });
  await waitForDeferredSections();
  return () => {
    act(() => {
      root.unmount();
    });
    container.remove();
  };
}
