import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { TimelineIndex } from '../data/indexTimeline.ts';
import type { EntityId, EventId, ZoneName } from '../data/schema.ts';
import { formatCalendarDate } from '../time/formatClock.ts';
import { getReaderZone } from '../time/getReaderZone.ts';
import { getStoryOrder } from '../time/getStorySteps.ts';
import { getStoryExtent, placeEvents } from '../time/placeEvents.ts';
import type { EventFilters } from '../view/eventFilters.ts';
import { useUrlSync } from '../view/useUrlSync.ts';
import { viewReducer } from '../view/viewReducer.ts';
import { DEFAULT_VIEW, formatViewState } from '../view/viewState.ts';
import type { LinkNotice, ViewState } from '../view/viewState.ts';
import { useIsClient } from '../shared/useIsClient.ts';
import { APP_INTERACTIVE_MARK, markOnce } from '../shared/userTimingMarks.ts';
import { SearchBox } from '../explore/SearchBox.tsx';
import { createLinkContext } from './createLinkContext.ts';
import { CORRECTIONS_ANCHOR } from '../data/correctionAnchors.ts';
import { DeferredSection } from './DeferredSection.tsx';
import {
  ABOUT_ANCHOR,
  CHART_KEY_ID,
  CHRONOLOGY_ANCHOR,
  EMBED_ABOUT_ANCHOR,
  EVENT_PANEL_ID,
  FILTERS_ID,
  LazyAboutTimeline,
  LazyChartKey,
  LazyChronology,
  LazyEmbedAbout,
  LazyEntityIndex,
  LazyEventPanel,
  LazyFiguresLedger,
  LazyFilterControls,
  LazyStoryCard,
  LazyTimelineHelp,
  loadAboutTimelineNow,
  loadChartKeyNow,
  loadChronologyNow,
  loadEmbedAboutNow,
  loadEntityIndexNow,
  loadEventPanel,
  loadEventPanelNow,
  loadFiguresLedgerNow,
  loadFilterControlsNow,
  loadStoryCardNow,
  loadTimelineHelpNow,
  NUMBERS_ANCHOR,
  PEOPLE_ANCHOR,
} from './deferredSections.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { LinkNotices } from './LinkNotices.tsx';
import { Timeline } from '../timeline/Timeline.tsx';
import type { TimelineHandle } from '../timeline/Timeline.tsx';
import { ScaleSwitch } from './ScaleSwitch.tsx';
import { ShareLink } from './ShareLink.tsx';
import { useElementWidth } from './useElementWidth.ts';
import { loadEventMatching, useEventMatches } from './useEventMatches.ts';
import { useOpenDisclosuresForPrint } from './useOpenDisclosuresForPrint.ts';
import { useReportEmbedHeight } from './useReportEmbedHeight.ts';
import { useServiceWorker } from './useServiceWorker.ts';
import { usePrefersReducedMotion } from './usePrefersReducedMotion.ts';
import { keepAboveSheet } from './keepAboveSheet.ts';
import { useReturnFocus } from './useReturnFocus.ts';
import { useStoryNavigation } from './useStoryNavigation.ts';
import type { SelectionOrigin } from './useReturnFocus.ts';
import { ZoneSwitch } from './ZoneSwitch.tsx';
import { getPageTitle } from '../shared/getPageTitle.ts';
import { EventLink } from '../shared/EventLink.tsx';

/** How many times the report gives as clock times, for the chronology's introduction: never more than it gives. */
function describeClockTimes(events: TimelineIndex['events']): string {
  const timed = events.filter((event) => event.time.kind !== 'order').length;
  if (timed === 0) return 'The report gives no clock time: the order is all there is.';
  const count = timed === 1 ? 'one clock time' : `${timed} clock times`;
  return `The report gives ${count}; where it is vaguer, so is this timeline.`;
}

interface AppProps {
  index: TimelineIndex;
  /** The view to render first: for a prerendered page, the one its HTML was rendered with. */
  initialView?: ViewState;
  /** The whole view the link asks for, shown once the page is interactive (after hydration). */
  linkedView?: ViewState;
  /** What in the link could not be followed. */
  notices?: readonly LinkNotice[];
  /** The path the app is hosted under: "/" or "/holey-artisan-timeline/"; for the embed, its embed/ folder. */
  basePath?: string;
  /** The compact version for an iframe, with a link out to the full page at `fullBasePath`. */
  embed?: { fullBasePath: string };
  /**
   * The chart's width before it can be measured (tests, the prerendered page, the first paint), px. The default
   * is the chart's width on any screen 1280 px or wider (the page's 76rem, less its padding, the details column
   * and the gap), so a desktop's prerendered chart is the one it hydrates to, and reads whole without JavaScript.
   */
  initialWidth?: number;
  /** The reader's zone; the browser's by default. */
  readerZone?: ZoneName | undefined;
}

const NO_NOTICES: readonly LinkNotice[] = [];

/** See `initialWidth`: 1216 − 32 − 352 − 24 px. */
const PRERENDERED_CHART_WIDTH = 808;

function prefetchEventPanel(): void {
  void loadEventPanel();
}

function prefetchEventMatching(): void {
  void loadEventMatching();
}

/** The page: the chart with its controls, the details of the chosen event, the chronology, and the sources. */
export function App(props: AppProps) {
  const { index, initialWidth = PRERENDERED_CHART_WIDTH, basePath = '/', notices = NO_NOTICES } = props;
  // The reader's zone is known only in the browser, after hydration.
  const isClient = useIsClient();
  useOpenDisclosuresForPrint();
  useReportEmbedHeight(props.embed !== undefined);
  const offline = useServiceWorker();
  // Asked once: Intl's resolved options cost tens of milliseconds the first time, and the page renders often.
  const browserZone = useMemo(() => (isClient ? getReaderZone() : undefined), [isClient]);
  const readerZone = 'readerZone' in props ? props.readerZone : browserZone;
  const { meta } = index.timeline;
  // The view is the link's from the start; until the page is hydrated it shows the view its HTML was built for
  // (the query's part of a link is in no prerendered page), and the link's own view follows once it is interactive.
  const [state, dispatch] = useReducer(viewReducer, props.linkedView ?? props.initialView ?? DEFAULT_VIEW);
  const view = isClient ? state : (props.initialView ?? state);
  const linkContext = useMemo(() => createLinkContext(index, basePath), [index, basePath]);
  useUrlSync(state, linkContext, dispatch);
  // The tab and each history entry are named after what they show, as the prerendered pages are.
  const isEmbed = props.embed !== undefined;
  useEffect(() => {
    if (isClient) document.title = getPageTitle(index.timeline, view.selectedId, isEmbed);
  }, [isClient, index, view.selectedId, isEmbed]);
  useEffect(() => {
    if (isClient) markOnce(APP_INTERACTIVE_MARK);
  }, [isClient]);
  const { searchMatches, shownIds, highlightIds } = useEventMatches(index, view.query, view.filters, view.highlight);
  const placements = useMemo(() => placeEvents(index.events), [index.events]);
  const storyOrder = useMemo(() => getStoryOrder(placements).map((p) => p.id), [placements]);
  const extent = useMemo(() => getStoryExtent(placements), [placements]);
  const clockTimes = useMemo(() => describeClockTimes(index.events), [index.events]);
  const chartBoxRef = useRef<HTMLDivElement>(null);
  // A page built in the browser lays the chart out once, at its real width; a hydrating one at the width its
  // HTML was built for, then at its own.
  const chartWidth = useElementWidth(chartBoxRef, initialWidth, { waitsForWidth: isClient });
  const timelineRef = useRef<TimelineHandle>(null);
  const reducedMotion = usePrefersReducedMotion();
  // Unless the reader chose another, times are in the zone the events happened in.
  const zone = view.zone ?? meta.zone;
  // The panel gives a stated time in a second zone too: where it happened, or else the first zone the report uses.
  const secondZone = zone === meta.zone ? (meta.otherZones?.[0]?.zone ?? meta.zone) : meta.zone;

  /** Back to the whole story with nothing chosen, searched or filtered; the link loses its state too. */
  const resetView = useCallback(() => {
    dispatch({ kind: 'restore', view: DEFAULT_VIEW });
  }, []);

  const focusOnChart = useCallback((id: EventId) => timelineRef.current?.focusEvent(id), []);
  const { noteOrigin, returnFocus } = useReturnFocus(focusOnChart);
  const select = useCallback(
    (id: EventId, origin: SelectionOrigin) => {
      noteOrigin(origin);
      dispatch({ kind: 'select', id });
      if (origin === 'chart') keepAboveSheet(id, reducedMotion);
    },
    [noteOrigin, reducedMotion],
  );

  // Stable handlers, so the memoised sections skip the re-render a zoom or pan gives the page.
  const selectFromList = useCallback((id: EventId) => select(id, 'list'), [select]);
  const highlight = useCallback(
    (entity: EntityId | undefined) => dispatch({ kind: 'set-highlight', highlight: entity }),
    [],
  );
  const setFilters = useCallback((filters: EventFilters) => dispatch({ kind: 'set-filters', filters }), []);

  const close = useCallback(() => {
    const id = view.selectedId;
    dispatch({ kind: 'close' });
    if (id !== undefined) returnFocus(id);
  }, [view.selectedId, returnFocus]);

  const { embed } = props;
  // Each event's own page (under embed/ in the embed, so its links stay inside it).
  const eventHref = useCallback(
    (id: EventId | undefined) => formatViewState({ ...DEFAULT_VIEW, selectedId: id }, basePath),
    [basePath],
  );
  // The story mode: each step is the event's own page with the mode in the link; none is the title card.
  const isStory = view.reading === 'story';
  const storyHref = useCallback(
    (id: EventId | undefined) => formatViewState({ ...DEFAULT_VIEW, selectedId: id, reading: 'story' }, basePath),
    [basePath],
  );
  const readStory = useCallback((id: EventId | undefined) => dispatch({ kind: 'read-story', id }), []);
  // On a phone or in an embed, the event a link opens on, and each step of the story, is scrolled into view above
  // the sheet of its words, so the chart shows where it sits. (A choice in a list leaves the reader in the list.)
  const isLinkedSelection = useRef(true);
  useEffect(() => {
    if (!isClient) return;
    const isLinked = isLinkedSelection.current;
    isLinkedSelection.current = false;
    if (view.selectedId !== undefined && (isLinked || isStory)) keepAboveSheet(view.selectedId, reducedMotion);
  }, [isClient, isStory, view.selectedId, reducedMotion]);
  const step = view.selectedId === undefined ? -1 : storyOrder.indexOf(view.selectedId);
  const stepBefore = step > 0 ? storyOrder[step - 1] : undefined;
  const stepAfter = storyOrder[step + 1];
  const panelRef = useRef<HTMLDivElement>(null);
  useStoryNavigation(isStory, panelRef, {
    previous: step >= 0 ? () => readStory(stepBefore) : undefined,
    next: stepAfter === undefined ? undefined : () => readStory(stepAfter),
  });
  // Where there is no room for the title card beside the chart, a link starts the story mode on it. Without
  // JavaScript (or in a new tab) the link opens the first step's page, since the title card has no page of its own.
  // A timeline with no events yet (a new one, in the studio's preview) has no story to step through.
  const storyStart = storyOrder.length > 0 && (
    <p className="app-story-start">
      <EventLink href={storyHref(storyOrder[0])} onChoose={() => readStory(undefined)}>
        Read the story step by step <span aria-hidden="true">→</span>
      </EventLink>
    </p>
  );
  const chronology = (
    <section className="app-section" aria-labelledby={CHRONOLOGY_ANCHOR}>
      <h2 id={CHRONOLOGY_ANCHOR} tabIndex={-1}>
        Chronology
      </h2>
      <p className="app-section-intro">
        {index.events.length === 0
          ? 'No events yet.'
          : `All ${index.events.length} events, in an order consistent with the report. Where it gives no time, the order between events is ours; only the constraints each event lists are the report’s. ${clockTimes} Choose an event to read its details.`}
      </p>
      <DeferredSection shows={[zone, view.selectedId, shownIds, highlightIds]} loadNow={loadChronologyNow}>
        <LazyChronology
          index={index}
          zone={zone}
          selectedId={view.selectedId}
          shownIds={shownIds}
          highlightIds={highlightIds}
          placements={placements}
          onSelect={selectFromList}
          hrefOf={eventHref}
        />
      </DeferredSection>
    </section>
  );

  return (
    <div
      className={`app${view.selectedId === undefined && !isStory ? '' : ' has-panel'}${isStory ? ' is-story' : ''}${embed === undefined ? '' : ' is-embed'}`}
    >
      <a className="skip-link" href="#timeline-heading">
        Skip to the timeline
      </a>
      <LinkNotices notices={isClient ? notices : NO_NOTICES} />
      {offline.isUpdateReady && (
        <div className="app-update" role="status">
          <p>A newer version of this timeline is available.</p>
          <button type="button" onClick={offline.applyUpdate}>
            Reload to update
          </button>
        </div>
      )}
      {embed === undefined ? (
        <header className="app-header">
          <p className="app-kicker">A sourced timeline of one news report</p>
          <h1 className="app-title">{meta.title}</h1>
          <p className="app-description">{meta.description}</p>
          <p className="app-updated">
            Last updated <time dateTime={meta.updated}>{formatCalendarDate(meta.updated)}</time>
            {index.timeline.corrections.length > 0 && (
              <>
                {' · '}
                <a href={`#${CORRECTIONS_ANCHOR}`}>
                  {index.timeline.corrections.length === 1
                    ? '1 correction'
                    : `${index.timeline.corrections.length} corrections`}
                </a>
              </>
            )}
          </p>
          <p className="app-content-note" role="note">
            <strong>Content note.</strong> {meta.contentNote}
          </p>
          {storyStart}
          <nav className="app-page-nav" aria-label="On this page">
            <ul>
              <li>
                <a href="#timeline-heading">Timeline</a>
              </li>
              <li>
                <a href={`#${CHRONOLOGY_ANCHOR}`}>Chronology</a>
              </li>
              <li>
                <a href={`#${NUMBERS_ANCHOR}`}>What the numbers are</a>
              </li>
              <li>
                <a href={`#${PEOPLE_ANCHOR}`}>People, organisations and places</a>
              </li>
            </ul>
          </nav>
        </header>
      ) : (
        <header className="app-header app-embed-header">
          <div className="app-embed-titlebar">
            <h1 className="app-embed-title">
              <a href={formatViewState(view, embed.fullBasePath)} target="_blank" rel="noopener">
                {meta.title}
                <span className="visually-hidden"> (opens the full timeline in a new tab)</span>
              </a>
            </h1>
            {storyStart}
          </div>
          <p className="app-content-note" role="note">
            <strong>Content note.</strong> {meta.contentNote}
          </p>
        </header>
      )}
      <div className="app-body">
        {/* Every secondary control in one compact toolbar, so the chart starts high on the first screen. Until the
            app runs (and for good without JavaScript) the fieldset keeps its controls disabled, not dead. */}
        {/* The embed keeps to reading: its title opens the full page, where the controls are. */}
        {embed === undefined && (
          // A reader coming to the toolbar may search or filter next: fetch the matching's code now.
          <section
            className="app-tools"
            aria-labelledby="app-toolbar-legend"
            onPointerEnter={prefetchEventMatching}
            onFocus={prefetchEventMatching}
          >
            <fieldset className="app-toolbar" disabled={!isClient}>
              <legend id="app-toolbar-legend" className="visually-hidden">
                Search, filters and view
              </legend>
              <SearchBox
                query={view.query}
                matchCount={searchMatches?.size}
                total={index.events.length}
                onChange={(query) => {
                  dispatch({ kind: 'set-query', query });
                }}
              />
              {/* Its markup is the same until a filter is set (the link's, or a reader's in the loaded code). */}
              <DeferredSection
                id={FILTERS_ID}
                shows={[view.filters.categories.join(), view.filters.statuses.join(), view.filters.entities.join()]}
                loadNow={loadFilterControlsNow}
              >
                <LazyFilterControls
                  index={index}
                  filters={view.filters}
                  shownCount={shownIds?.size ?? index.events.length}
                  onChange={setFilters}
                />
              </DeferredSection>
              <ZoneSwitch
                zone={zone}
                homeZone={meta.zone}
                otherZones={meta.otherZones}
                readerZone={readerZone}
                at={new Date(extent.start)}
                onChange={(chosen) => {
                  dispatch({ kind: 'set-zone', zone: chosen === meta.zone ? undefined : chosen });
                }}
              />
              <ScaleSwitch
                scaleMode={view.scaleMode}
                onChange={(scaleMode) => {
                  dispatch({ kind: 'set-scale', scaleMode });
                }}
              />
              <ShareLink title={meta.title} />
            </fieldset>
          </section>
        )}
        <main className="app-main">
          {/* A reader about to pick an event: fetch the panel's code now, so it opens without a wait. */}
          <div ref={chartBoxRef} className="app-chart" onPointerEnter={prefetchEventPanel} onFocus={prefetchEventPanel}>
            <ErrorBoundary what="The timeline chart" onReset={resetView}>
              {chartWidth !== undefined && (
                <Timeline
                  ref={timelineRef}
                  index={index}
                  placements={placements}
                  extent={extent}
                  zone={zone}
                  scaleMode={view.scaleMode}
                  selectedId={view.selectedId}
                  shownIds={shownIds}
                  highlightIds={highlightIds}
                  onSelect={(id) => {
                    select(id, 'chart');
                  }}
                  width={chartWidth}
                  reducedMotion={reducedMotion}
                  window={view.window}
                  onWindowChange={(window) => {
                    dispatch({ kind: 'set-window', window });
                  }}
                  chartKey={
                    <DeferredSection id={CHART_KEY_ID} shows={[]} loadNow={loadChartKeyNow}>
                      <LazyChartKey />
                    </DeferredSection>
                  }
                  help={
                    <DeferredSection shows={[]} loadNow={loadTimelineHelpNow}>
                      <LazyTimelineHelp />
                    </DeferredSection>
                  }
                />
              )}
            </ErrorBoundary>
          </div>
          {embed === undefined ? (
            <>
              {chronology}
              <div id={NUMBERS_ANCHOR} className="app-anchor" tabIndex={-1}>
                {/* Its width only lays it out: CSS fits the prerendered charts until the code arrives. */}
                <DeferredSection shows={[]} loadNow={loadFiguresLedgerNow}>
                  <LazyFiguresLedger
                    index={index}
                    width={chartWidth ?? initialWidth}
                    onSelectEvent={selectFromList}
                    hrefOf={eventHref}
                  />
                </DeferredSection>
              </div>
              <div id={PEOPLE_ANCHOR} className="app-anchor" tabIndex={-1}>
                <DeferredSection shows={[view.highlight]} loadNow={loadEntityIndexNow}>
                  <LazyEntityIndex
                    index={index}
                    highlightedId={view.highlight}
                    onHighlight={highlight}
                    onSelectEvent={selectFromList}
                    hrefOf={eventHref}
                  />
                </DeferredSection>
              </div>
            </>
          ) : (
            <details className="app-embed-chronology">
              <summary>All {index.events.length} events in words</summary>
              {chronology}
            </details>
          )}
        </main>
        {/* Wide screens keep this column whether or not an event is chosen, so the chart never refits: the
            title card rests in it until a reader chooses. Narrow ones show it as a sheet only when asked. */}
        <div
          ref={panelRef}
          className={`app-panel${view.selectedId === undefined && !isStory ? ' is-resting' : ''}`}
          id={EVENT_PANEL_ID}
        >
          <ErrorBoundary what="The event’s details" onReset={resetView}>
            {view.selectedId === undefined ? (
              <DeferredSection shows={[isStory, zone]} loadNow={loadStoryCardNow}>
                <LazyStoryCard
                  index={index}
                  zone={zone}
                  order={storyOrder}
                  isStory={isStory}
                  startHref={storyHref(storyOrder[0])}
                  onStart={() => readStory(storyOrder[0])}
                  closeHref={eventHref(undefined)}
                  onClose={close}
                />
              </DeferredSection>
            ) : (
              <DeferredSection shows={[view.selectedId, zone, isStory]} loadNow={loadEventPanelNow}>
                <LazyEventPanel
                  index={index}
                  eventId={view.selectedId}
                  zone={zone}
                  secondZone={secondZone}
                  correctionsHref={embed === undefined ? '' : embed.fullBasePath}
                  onClose={close}
                  hrefOf={isStory ? storyHref : eventHref}
                  closeHref={eventHref(undefined)}
                  order={storyOrder}
                  isStory={isStory}
                  onSelect={(id) => {
                    if (isStory) readStory(id);
                    else if (id !== undefined) select(id, 'panel');
                  }}
                />
              </DeferredSection>
            )}
          </ErrorBoundary>
        </div>
      </div>
      {embed === undefined && (
        <footer id={ABOUT_ANCHOR} className="app-footer">
          <DeferredSection shows={[]} loadNow={loadAboutTimelineNow}>
            <LazyAboutTimeline index={index} basePath={basePath} />
          </DeferredSection>
        </footer>
      )}
      <p className="app-print-footer">
        {/* The address of the page printed (the chosen event's, or the home page's), never the link's text as typed
            nor its search: a broken or hostile link prints clean. */}
        {isClient
          ? `Printed from ${new URL(formatViewState({ ...DEFAULT_VIEW, selectedId: view.selectedId }, basePath), window.location.origin).href}. `
          : ''}
        Last updated {formatCalendarDate(meta.updated)}.
      </p>
      {embed !== undefined && (
        <footer id={EMBED_ABOUT_ANCHOR} className="app-footer app-embed-footer">
          <DeferredSection shows={[]} loadNow={loadEmbedAboutNow}>
            <LazyEmbedAbout index={index} fullBasePath={embed.fullBasePath} />
          </DeferredSection>
        </footer>
      )}
    </div>
  );
}
