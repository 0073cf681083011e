import { EventLink } from '../shared/EventLink.tsx';
import { getKeyCommand } from '../shared/keyBindings.ts';
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { DeepReadonly } from '../data/deepFreeze.ts';
import { describeStatus, STATUS_LABELS } from '../shared/describeStatus.ts';
import { getCorrectionAnchor } from '../data/correctionAnchors.ts';
import type { TimelineIndex } from '../data/indexTimeline.ts';
import type { Entity, EventId, RelationKind, ZoneName } from '../data/schema.ts';
import { describeEventTime, type TimeDescription } from '../time/describeEventTime.ts';
import { formatCalendarDate } from '../time/formatClock.ts';
import { describeFigure } from '../shared/describeFigure.ts';
import { SourceList } from '../shared/SourceList.tsx';
import { describeWhere } from './describeWhere.ts';
import './eventPanel.css';

interface EventPanelProps {
  index: TimelineIndex;
  /** The selected event; it exists in `index`. */
  eventId: EventId;
  /** The zone the reader chose to show times in. */
  zone: ZoneName;
  /** A second zone the time is also shown in (London when `zone` is Dhaka, Dhaka otherwise). */
  secondZone: ZoneName;
  /** The page the corrections log is on: "" for this page, or the full timeline's path from an embed. */
  correctionsHref: string;
  /** Called for the Close button and for Escape inside the panel; the app returns focus to the event. */
  onClose: () => void;
  /**
   * Called with another event's id by the previous / next and the related-event links; in the story mode,
   * with none for the title card, which comes before the first step.
   */
  onSelect: (id: EventId | undefined) => void;
  /**
   * The address of an event's own page (in the story mode, of its step), or of the title card for none: Previous,
   * Next and the related events are real links to them, so the prerendered panel works without JavaScript.
   */
  hrefOf: (id: EventId | undefined) => string;
  /** The address Close leads to: the page with no event chosen. */
  closeHref: string;
  /** Every event in the order the story is told: Previous and Next follow it. */
  order: readonly EventId[];
  /** True in the story mode: the heading says which step this is, and Previous from the first is the title card. */
  isStory: boolean;
}

/** How this event bears on another, before that event's title. */
const OUTGOING_LABELS: Readonly<Record<RelationKind, string>> = {
  describes: 'Describes',
  confirms: 'Confirms',
  contradicts: 'Contradicts',
  'declines-to-confirm': 'Would not confirm',
};

/** How another event bears on this one, before that event's title. */
const INCOMING_LABELS: Readonly<Record<RelationKind, string>> = {
  describes: 'Described by',
  confirms: 'Confirmed by',
  contradicts: 'Contradicted by',
  'declines-to-confirm': 'Not confirmed by',
};

/** "Gowher Rizvi (Adviser to Prime Minister Sheikh Hasina)". */
function describeEntity(entity: DeepReadonly<Entity>): string {
  return entity.role === undefined ? entity.name : `${entity.name} (${entity.role})`;
}

/** A described time, inside `<time>` when it has an instant a machine can read. */
function renderTime(description: TimeDescription): ReactNode {
  return description.dateTime === undefined ? (
    description.text
  ) : (
    <time dateTime={description.dateTime}>{description.text}</time>
  );
}

/**
 * The details of one event: when (in two zones), where, who, what happened, on whose word,
 * what the report says, its figures and related events, and buttons to the events either side.
 * Focus moves to its heading when it opens and when the event changes; Escape inside it closes it.
 */
export function EventPanel(props: EventPanelProps) {
  const { index, eventId, zone, secondZone, correctionsHref, onClose, onSelect, hrefOf, closeHref, order } = props;
  const { isStory } = props;
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus({ preventScroll: false });
  }, [eventId]);

  const event = index.getEvent(eventId);
  if (event === undefined) return null;

  const getTitle = (id: EventId) => index.getEvent(id)?.title ?? id;
  const time = describeEventTime(event.time, zone, getTitle);
  // An order-only time reads the same in every zone, so a second zone would only repeat it.
  const secondTime =
    event.time.kind === 'order' || secondZone === zone
      ? undefined
      : describeEventTime(event.time, secondZone, getTitle);
  const people = event.entities.flatMap((id) => {
    const entity = index.getEntity(id);
    return entity === undefined ? [] : [describeEntity(entity)];
  });
  const figures = index.getFigures(eventId);
  const related = [
    ...(event.relations ?? []).map((r) => ({ label: OUTGOING_LABELS[r.kind], id: r.event })),
    ...index.getIncoming(eventId).map((r) => ({ label: INCOMING_LABELS[r.kind], id: r.from.id })),
  ].flatMap(({ label, id }) => {
    const other = index.getEvent(id);
    return other === undefined ? [] : [{ label, id, title: other.title }];
  });
  const position = order.indexOf(eventId);
  const eventAt = (at: number) => {
    const id = at >= 0 ? order[at] : undefined;
    return id === undefined ? undefined : index.getEvent(id);
  };
  const previous = position > 0 ? eventAt(position - 1) : undefined;
  const next = position >= 0 ? eventAt(position + 1) : undefined;
  // In the story mode the first step's Previous goes back to the title card.
  const isFirstStep = isStory && position === 0;
  const category = index.getCategory(event.category);
  const corrections = index.getCorrections(eventId);

  const handleKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (getKeyCommand(e) !== 'close') return;
    e.stopPropagation();
    onClose();
  };

  return (
    <section className="event-panel" aria-labelledby={headingId} onKeyDown={handleKeyDown}>
      <header className="event-panel-header">
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="event-panel-title">
          {isStory && (
            <>
              <span className="event-panel-kicker">
                Step {position + 1} of {order.length}
                <span className="visually-hidden">:</span>
              </span>{' '}
            </>
          )}
          {event.title}
        </h2>
        <EventLink
          className="event-panel-close"
          href={closeHref}
          aria-label={isStory ? 'Close the story' : 'Close details'}
          onChoose={onClose}
        >
          Close
        </EventLink>
      </header>

      <dl className="event-panel-facts">
        <div className="event-panel-fact">
          <dt>When</dt>
          <dd>
            <p className="event-panel-time">
              {renderTime(time)} <span className="event-panel-precision">({time.precision})</span>
            </p>
            {secondTime === undefined ? null : (
              <p className="event-panel-second-time">Also: {renderTime(secondTime)}</p>
            )}
            <p className="event-panel-known">
              <span className="event-panel-known-label">How the time is known: </span>
              {event.time.known}
            </p>
          </dd>
        </div>
        <div className="event-panel-fact">
          <dt>Where</dt>
          <dd>{describeWhere(event.place, index)}</dd>
        </div>
        <div className="event-panel-fact">
          <dt>Who</dt>
          <dd>{people.length === 0 ? 'The report names no one.' : people.join(', ')}</dd>
        </div>
      </dl>

      <p className="event-panel-summary">{event.summary}</p>

      <dl className="event-panel-facts">
        <div className="event-panel-fact">
          <dt>Category</dt>
          <dd>{category?.label ?? event.category}</dd>
        </div>
        <div className="event-panel-fact">
          <dt>Status</dt>
          <dd>
            <span className={`status-badge status-badge-${event.status}`}>{STATUS_LABELS[event.status]}</span>{' '}
            <span className="event-panel-status">{describeStatus(event, index)}</span>
          </dd>
        </div>
      </dl>

      <h3 className="event-panel-subheading">What the report says</h3>
      <SourceList sources={event.sources} index={index} />

      {figures.length === 0 ? null : (
        <>
          <h3 className="event-panel-subheading">Figures</h3>
          <p className="event-panel-note">Each figure as one source gave it; they are not added up.</p>
          <ul className="event-panel-figures">
            {figures.map((figure) => (
              <li key={figure.id}>{describeFigure(figure, index)}</li>
            ))}
          </ul>
        </>
      )}

      {related.length === 0 ? null : (
        <>
          <h3 className="event-panel-subheading">Related events</h3>
          <ul className="event-panel-related">
            {related.map(({ label, id, title }) => (
              <li key={`${label}:${id}`}>
                {label}:{' '}
                <EventLink className="event-panel-link" href={hrefOf(id)} onChoose={() => onSelect(id)}>
                  {title}
                </EventLink>
              </li>
            ))}
          </ul>
        </>
      )}

      {corrections.length === 0 ? null : (
        <>
          <h3 className="event-panel-subheading">Corrected</h3>
          <ul className="event-panel-corrections">
            {corrections.map((correction) => (
              <li key={correction.id}>
                <time dateTime={correction.date}>{formatCalendarDate(correction.date)}</time>: {correction.what}{' '}
                <a
                  href={`${correctionsHref}#${getCorrectionAnchor(correction.id)}`}
                  {...(correctionsHref === '' ? {} : { target: '_blank', rel: 'noopener' })}
                >
                  Why, in the corrections log
                </a>
              </li>
            ))}
          </ul>
        </>
      )}

      <nav className="event-panel-nav" aria-label={isStory ? 'Other steps' : 'Other events'}>
        {isFirstStep ? (
          <EventLink
            className="event-panel-step"
            href={hrefOf(undefined)}
            aria-label="Previous: the story in brief"
            onChoose={() => onSelect(undefined)}
          >
            ← In brief
          </EventLink>
        ) : previous === undefined ? (
          <span className="event-panel-step is-disabled">
            ← Previous<span className="visually-hidden"> event: none, this is the first event</span>
          </span>
        ) : (
          <EventLink
            className="event-panel-step"
            href={hrefOf(previous.id)}
            aria-label={`Previous event: ${previous.title}`}
            onChoose={() => onSelect(previous.id)}
          >
            ← Previous
          </EventLink>
        )}
        {next === undefined ? (
          <span className="event-panel-step is-disabled">
            Next →<span className="visually-hidden"> event: none, this is the last event</span>
          </span>
        ) : (
          <EventLink
            className="event-panel-step"
            href={hrefOf(next.id)}
            aria-label={`Next event: ${next.title}`}
            onChoose={() => onSelect(next.id)}
          >
            Next →
          </EventLink>
        )}
      </nav>
    </section>
  );
}
