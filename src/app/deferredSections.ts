import { memo } from 'react';
import { TIMELINE_HELP_ID } from '../timeline/Timeline.tsx';
import { lazyNear } from './DeferredSection.tsx';
// Their styles stay in the first view's stylesheet: the prerendered sections show before their code loads.
import '../details/eventPanel.css';
import '../entities/entityIndex.css';
import '../figures/figuresLedger.css';

/** The page's anchors the deferred sections sit in (App renders them; the page's own nav links to them). */
export const CHRONOLOGY_ANCHOR = 'chronology';
export const NUMBERS_ANCHOR = 'numbers';
export const PEOPLE_ANCHOR = 'people';
export const EVENT_PANEL_ID = 'event-panel';
export const ABOUT_ANCHOR = 'about';
export const FILTERS_ID = 'filters';
export const EMBED_ABOUT_ANCHOR = 'about-embed';

// Memoised: a zoom or pan re-renders the page with a new window, and a long chronology or index must not redo
// its work for props that did not change.

const chronology = lazyNear(CHRONOLOGY_ANCHOR, async () => (await import('../chronology/Chronology.tsx')).Chronology);
export const LazyChronology = memo(chronology.Section);
export const loadChronologyNow = chronology.loadNow;

const figuresLedger = lazyNear(
  NUMBERS_ANCHOR,
  async () => (await import('../figures/FiguresLedger.tsx')).FiguresLedger,
);
export const LazyFiguresLedger = memo(figuresLedger.Section);
export const loadFiguresLedgerNow = figuresLedger.loadNow;

const entityIndex = lazyNear(PEOPLE_ANCHOR, async () => (await import('../entities/EntityIndex.tsx')).EntityIndex);
export const LazyEntityIndex = memo(entityIndex.Section);
export const loadEntityIndexNow = entityIndex.loadNow;

/** The event panel's code: a home page needs it only once a reader picks an event. */
export const loadEventPanel = async () => (await import('../details/EventPanel.tsx')).EventPanel;
const eventPanel = lazyNear(EVENT_PANEL_ID, loadEventPanel);
export const LazyEventPanel = eventPanel.Section;
export const loadEventPanelNow = eventPanel.loadNow;

/** The story's title card: beside the chart on wide screens, and the story mode's first screen. */
const storyCard = lazyNear(EVENT_PANEL_ID, async () => (await import('../details/StoryCard.tsx')).StoryCard);
export const LazyStoryCard = storyCard.Section;
export const loadStoryCardNow = storyCard.loadNow;

/** The chart's legend and its keyboard shortcuts: native disclosures that read and open without their code. */
const loadTimelineHelp = () => import('../timeline/TimelineHelp.tsx');
const timelineHelp = lazyNear(TIMELINE_HELP_ID, async () => (await loadTimelineHelp()).TimelineHelp, 'intent');
export const LazyTimelineHelp = timelineHelp.Section;
export const loadTimelineHelpNow = timelineHelp.loadNow;

/** The compact key above the chart: static text and swatches, in the help's chunk. */
export const CHART_KEY_ID = 'chart-key';
const chartKey = lazyNear(CHART_KEY_ID, async () => (await loadTimelineHelp()).ChartKey, 'intent');
export const LazyChartKey = chartKey.Section;
export const loadChartKeyNow = chartKey.loadNow;

/** The full page's footer, with the corrections log a `#correction-…` link scrolls to (and so comes near). */
const loadAbout = () => import('./AboutTimeline.tsx');
const aboutTimeline = lazyNear(ABOUT_ANCHOR, async () => (await loadAbout()).AboutTimeline);
export const LazyAboutTimeline = aboutTimeline.Section;
export const loadAboutTimelineNow = aboutTimeline.loadNow;

/** The embed's footer: one closed disclosure, whose code loads when a reader reaches for it. */
const embedAbout = lazyNear(EMBED_ABOUT_ANCHOR, async () => (await loadAbout()).EmbedAbout, 'intent');
export const LazyEmbedAbout = embedAbout.Section;
export const loadEmbedAboutNow = embedAbout.loadNow;

/**
 * The toolbar's filters: a closed disclosure, with chips only once a filter is set. A link's filters, or a reader
 * reaching for the disclosure, load the code.
 */
const filterControls = lazyNear(
  FILTERS_ID,
  async () => (await import('../explore/FilterControls.tsx')).FilterControls,
  'intent',
);
export const LazyFilterControls = filterControls.Section;
export const loadFilterControlsNow = filterControls.loadNow;
