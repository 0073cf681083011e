import { CORRECTIONS_ANCHOR } from '../data/correctionAnchors.ts';
import { DOWNLOADS_PATH, getDownloadFiles } from '../data/downloadFiles.ts';
import type { DownloadFiles } from '../data/downloadFiles.ts';
import type { TimelineIndex } from '../data/indexTimeline.ts';
import { formatCalendarDate } from '../time/formatClock.ts';
import { ContextNotes } from './ContextNotes.tsx';
import { CorrectionsLog } from './CorrectionsLog.tsx';
import { SourceDocuments } from './SourceDocuments.tsx';

/** The footer's downloads, each with what a reader gets in it. */
const DOWNLOADS: readonly { file: keyof DownloadFiles; label: string; note: string }[] = [
  {
    file: 'json',
    label: 'JSON',
    note: 'the whole timeline in its own format, with every source (JSON Schema beside it)',
  },
  { file: 'csv', label: 'CSV', note: 'one row per event, with its kind of time, status, citations and corrections' },
  {
    file: 'ics',
    label: 'Calendar (ICS)',
    note: 'only times the report states; events with only an order are left out, and an inferred window is shown at its start with no length',
  },
  {
    file: 'figuresCsv',
    label: 'Figures (CSV)',
    note: 'every figure once, as one speaker gave it, with its qualifier, speaker and who would not confirm it; never a total',
  },
  {
    file: 'timelineJs',
    label: 'TimelineJS (JSON)',
    note: 'to publish with TimelineJS: each slide says its time in words and lists its citations; one group per category',
  },
  {
    file: 'readme',
    label: 'Read me (text)',
    note: 'what is added from outside the report and why, every column, and the corrections log',
  },
];

interface AboutTimelineProps {
  index: TimelineIndex;
  /** The path the app is hosted under, for the downloads and the corrected events' pages. */
  basePath: string;
}

/**
 * The full page's footer: where everything comes from, the categories, the downloads, what is added from outside
 * the report, and the corrections log. Below the fold, so its code loads as a reader comes near it.
 */
export function AboutTimeline({ index, basePath }: AboutTimelineProps) {
  const { meta, categories } = index.timeline;
  const files = getDownloadFiles(index.timeline);
  return (
    <>
      <section aria-labelledby="about-heading">
        <h2 id="about-heading">About this timeline</h2>
        <p>
          Every event, person, place and figure here comes from{' '}
          {index.timeline.documents.length === 1 ? 'one news report' : 'the documents below'} and cites the paragraph it
          comes from. Summaries are in our words; quoted passages are the source’s. Page furniture (a newsletter prompt,
          a bare section heading) is left out.
        </p>
        <h3>{index.timeline.documents.length === 1 ? 'The source' : 'The sources'}</h3>
        <SourceDocuments documents={index.timeline.documents} />
        <h3>Categories</h3>
        <dl className="app-categories">
          {categories.map((category) => (
            <div key={category.id}>
              <dt>{category.label}</dt>
              <dd>{category.description}</dd>
            </div>
          ))}
        </dl>
        <h3>Download the data</h3>
        <ul className="app-downloads">
          {DOWNLOADS.map(({ file, label, note }) => (
            <li key={file}>
              <a href={`${basePath}${DOWNLOADS_PATH}${files[file]}`} download>
                {label}
              </a>
              : {note}
            </li>
          ))}
        </ul>
        <h3>Added from outside the report</h3>
        <ContextNotes notes={meta.context} />
      </section>
      <CorrectionsLog index={index} basePath={basePath} />
    </>
  );
}

/**
 * The embed's footer: a closed disclosure with the date, a link to the corrections and the outside facts. Its markup
 * works on its own, so its code loads only when a reader reaches for it.
 */
export function EmbedAbout({ index, fullBasePath }: { index: TimelineIndex; fullBasePath: string }) {
  const { meta } = index.timeline;
  return (
    <details className="app-embed-about">
      <summary>About this timeline: sources, outside facts and corrections</summary>
      <p>
        Every event cites the paragraph of the report it comes from. Last updated{' '}
        <time dateTime={meta.updated}>{formatCalendarDate(meta.updated)}</time>;{' '}
        <a href={`${fullBasePath}#${CORRECTIONS_ANCHOR}`} target="_blank" rel="noopener">
          corrections
          <span className="visually-hidden"> (open the full timeline in a new tab)</span>
        </a>
        .
      </p>
      <h2 className="app-embed-about-heading">Added from outside the report</h2>
      <ContextNotes notes={meta.context} />
    </details>
  );
}
