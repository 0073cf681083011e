import { useSyncExternalStore } from 'react';
import { CORRECTIONS_ANCHOR, getCorrectionAnchor } from '../data/correctionAnchors.ts';
import type { DeepReadonly } from '../data/deepFreeze.ts';
import type { TimelineIndex } from '../data/indexTimeline.ts';
import type { Correction } from '../data/schema.ts';
import { formatCalendarDate } from '../time/formatClock.ts';

/**
 * The anchor of the correction the page's link points at (`#correction-…`), once the page runs, so a link from an
 * event's details opens that correction whole; `undefined` before hydration and for any other link.
 */
function useLinkedCorrection(): string | undefined {
  const hash = useSyncExternalStore(subscribeToHash, readHash, readNoHash);
  return hash === '' ? undefined : hash;
}

function subscribeToHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
  };
}

const readHash = (): string => window.location.hash.slice(1);
const readNoHash = (): string => '';

interface CorrectionsLogProps {
  index: TimelineIndex;
  /** The path the app is hosted under, for links to the corrected events' pages. */
  basePath: string;
}

/** A record a correction names, in words: an event's title (a link to it), an entity's name, a figure's subject. */
function RecordName({ id, index, basePath }: { id: string; index: TimelineIndex; basePath: string }) {
  const successor = index.getSuccessor(id);
  const event = index.events.find((e) => e.id === (successor ?? id));
  if (event !== undefined) {
    return (
      <a href={`${basePath}events/${event.id}/`}>
        {event.title}
        {successor === undefined ? '' : ` (formerly at events/${id}/)`}
      </a>
    );
  }
  const entity = index.timeline.entities.find((e) => e.id === id);
  if (entity !== undefined) return <>{entity.name}</>;
  const figure = index.timeline.figures.find((f) => f.id === id);
  if (figure !== undefined) return <>the figure for {figure.subject}</>;
  return <>{id} (withdrawn)</>;
}

/** The records a correction names, each once: an event named by its old and its current id is one record. */
function getDistinctRecords(records: readonly string[], index: TimelineIndex): string[] {
  const seen = new Set<string>();
  return records.filter((id) => {
    const key = index.getSuccessor(id) ?? id;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function CorrectionEntry({
  correction,
  index,
  basePath,
  isTarget,
}: { correction: DeepReadonly<Correction>; isTarget: boolean } & CorrectionsLogProps) {
  return (
    <li id={getCorrectionAnchor(correction.id)} className="corrections-log-entry" tabIndex={-1}>
      {/* What changed is always shown; why, and the records it changed, open beneath it (and print open). */}
      <details className="corrections-log-details" open={isTarget || undefined}>
        <summary>
          <time className="corrections-log-date" dateTime={correction.date}>
            {formatCalendarDate(correction.date)}
          </time>
          {' · '}
          <strong>What changed.</strong> {correction.what}
        </summary>
        <p>
          <strong>Why.</strong> {correction.why}
        </p>
        <p className="corrections-log-records">
          Changed:{' '}
          {getDistinctRecords(correction.records, index).map((id, i) => (
            <span key={id}>
              {i === 0 ? '' : ', '}
              <RecordName id={id} index={index} basePath={basePath} />
            </span>
          ))}
        </p>
      </details>
    </li>
  );
}

/**
 * The public corrections log, newest first: what changed in which records, when and why. Newsrooms correct in
 * public; so does this timeline.
 */
export function CorrectionsLog({ index, basePath }: CorrectionsLogProps) {
  const { corrections, meta } = index.timeline;
  const newestFirst = [...corrections].reverse();
  const targetId = useLinkedCorrection();
  return (
    <section className="corrections-log" aria-labelledby={CORRECTIONS_ANCHOR}>
      <h2 id={CORRECTIONS_ANCHOR} tabIndex={-1}>
        Corrections
      </h2>
      <p>
        Last updated <time dateTime={meta.updated}>{formatCalendarDate(meta.updated)}</time>.{' '}
        {corrections.length === 0
          ? 'No fact has been corrected so far.'
          : 'Each correction says what changed, in which events, people, places and figures, and why. Links to a corrected event keep working.'}
      </p>
      {newestFirst.length > 0 && (
        <ol className="corrections-log-list">
          {newestFirst.map((correction) => (
            <CorrectionEntry
              key={correction.id}
              correction={correction}
              index={index}
              basePath={basePath}
              isTarget={targetId === getCorrectionAnchor(correction.id)}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
