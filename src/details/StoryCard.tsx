import { useEffect, useId, useRef } from 'react';
import type { TimelineIndex } from '../data/indexTimeline.ts';
import type { EventId, ZoneName } from '../data/schema.ts';
import { describeFigure } from '../shared/describeFigure.ts';
import { EventLink } from '../shared/EventLink.tsx';
import { groupFigures } from '../shared/groupFigures.ts';
import { describeEventTime } from '../time/describeEventTime.ts';
import { describeWhere } from './describeWhere.ts';
import './eventPanel.css';

interface StoryCardProps {
  index: TimelineIndex;
  /** The zone the reader chose to show times in. */
  zone: ZoneName;
  /** Every event in the order the story is told; the first is the story mode's first step. */
  order: readonly EventId[];
  /** True in the story mode, where the card is its first screen and takes focus; false where it rests beside the chart. */
  isStory: boolean;
  /** The address of the story mode's first step. */
  startHref: string;
  /** Starts the story mode at its first step. */
  onStart: () => void;
  /** The address the card's Close leads to (story mode only). */
  closeHref: string;
  /** Leaves the story mode (story mode only). */
  onClose: () => void;
}

/**
 * The story's title card: the key facts as the report gives them (what, when, where, and the headline figures
 * side by side with who gave each, never added up), and the way into the story mode's step-through. Wide screens
 * show it beside the chart while no event is chosen; the story mode opens on it.
 */
export function StoryCard(props: StoryCardProps) {
  const { index, zone, order, isStory, startHref, onStart, closeHref, onClose } = props;
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (isStory) headingRef.current?.focus({ preventScroll: false });
  }, [isStory]);

  const getTitle = (id: EventId) => index.getEvent(id)?.title ?? id;
  // The key event is the first one the report gives a clock time for; a report with none has its first step.
  const timed = order.flatMap((id) => {
    const event = index.getEvent(id);
    return event === undefined || event.time.kind === 'order' ? [] : [event];
  });
  const first = order[0];
  const key = timed[0] ?? (first === undefined ? undefined : index.getEvent(first));
  const headline = groupFigures(index.timeline.figures)[0];

  return (
    <section className="event-panel story-card" aria-labelledby={headingId}>
      <div className="event-panel-header">
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="event-panel-title">
          The story in brief
        </h2>
        {isStory && (
          <EventLink className="event-panel-close" href={closeHref} aria-label="Close the story" onChoose={onClose}>
            Close
          </EventLink>
        )}
      </div>
      {key !== undefined && (
        <dl className="event-panel-facts">
          <div className="event-panel-fact">
            <dt>What</dt>
            <dd>{key.title}</dd>
          </div>
          <div className="event-panel-fact">
            <dt>When</dt>
            <dd>
              {key.time.kind === 'order'
                ? 'The report gives no clock time.'
                : describeEventTime(key.time, zone, getTitle).text}
              {timed.length === 1 && <span className="event-panel-note"> The only clock time the report gives.</span>}
            </dd>
          </div>
          <div className="event-panel-fact">
            <dt>Where</dt>
            <dd>{describeWhere(key.place, index)}</dd>
          </div>
        </dl>
      )}
      {headline !== undefined && (
        <>
          <h3 className="event-panel-subheading">{headline.heading}, by who gave each figure</h3>
          <ul className="event-panel-figures">
            {headline.figures.map((figure) => (
              <li key={figure.id}>{describeFigure(figure, index)}</li>
            ))}
          </ul>
          <p className="event-panel-note">Each figure as one source gave it; they are not added up.</p>
        </>
      )}
      <p className="story-card-count">
        {order.length === 0 ? (
          'No events yet.'
        ) : (
          <>
            {order.length === 1 ? 'One event' : `${order.length} events`}; the report gives a clock time for{' '}
            {timed.length === 0 ? 'none' : timed.length === order.length ? 'all of them' : `${timed.length}`}
            {timed.length > 0 && timed.length < order.length ? ', and places the rest only by their order.' : '.'}
          </>
        )}
      </p>
      {first !== undefined && (
        <EventLink className="story-card-start" href={startHref} onChoose={onStart}>
          Read it step by step <span aria-hidden="true">→</span>
        </EventLink>
      )}
    </section>
  );
}
