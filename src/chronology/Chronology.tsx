import { useEffect, useRef, useState } from 'react';
import { capitalise, describeStatusBriefly } from '../shared/describeStatus.ts';
import type { TimelineIndex } from '../data/indexTimeline.ts';
import type { EventId, ZoneName } from '../data/schema.ts';
import { describeEventTime, describeEventTimeBriefly } from '../time/describeEventTime.ts';
import type { Placement } from '../time/placeEvents.ts';
import { SourceList } from '../shared/SourceList.tsx';
import { EventLink } from '../shared/EventLink.tsx';
import { useIsClient } from '../shared/useIsClient.ts';
import { getChronologyButtonId } from './chronologyIds.ts';

interface ChronologyProps {
  index: TimelineIndex;
  /** The zone every time is shown in. */
  zone: ZoneName;
  /** The event whose details are open, marked as current in the list. */
  selectedId?: EventId | undefined;
  /** A reader chose an event from the list; absent where the list is read-only. */
  onSelect?: (id: EventId) => void;
  /**
   * The address of an event's own page: each title is a real link to it, so the list works without JavaScript
   * (and opens in a new tab when asked); a plain click chooses the event in the page instead.
   */
  hrefOf?: ((id: EventId) => string) | undefined;
  /** The events the filters keep; all when undefined. */
  shownIds?: ReadonlySet<EventId> | undefined;
  /** The events a search or a highlighted entity picks out; the rest are dimmed. */
  highlightIds?: ReadonlySet<EventId> | undefined;
  /** Where each event sits in time, for the short time of an order-only event (the bounds the report allows). */
  placements: readonly Placement[];
}

/**
 * How many events the list shows at first and adds with each "show more": a report's few dozen events show
 * whole, while a timeline of thousands does not build tens of thousands of elements before a reader asks.
 */
export const CHRONOLOGY_PAGE_SIZE = 100;

/**
 * Every event in time order, in words: the text alternative to the chart and the
 * page a reader without the chart (or without JavaScript) reads.
 */
export function Chronology(props: ChronologyProps) {
  const { index, zone, selectedId, onSelect, shownIds, highlightIds, placements, hrefOf } = props;
  const getTitle = (id: EventId) => index.getEvent(id)?.title ?? id;
  const [limit, setLimit] = useState(CHRONOLOGY_PAGE_SIZE);
  const firstAddedRef = useRef<EventId | undefined>(undefined);
  const isClient = useIsClient();
  const events = shownIds === undefined ? index.events : index.events.filter((event) => shownIds.has(event.id));
  const placementOf = new Map(placements.map((p) => [p.id, p]));
  // The chosen event is always in the list, however far down, so the list and the panel agree.
  const selectedAt = events.findIndex((event) => event.id === selectedId);
  const count = Math.min(events.length, Math.max(limit, selectedAt + 1));
  const next = Math.min(CHRONOLOGY_PAGE_SIZE, events.length - count);

  // After "show more", focus moves to the first added event, where the reader's reading goes on.
  useEffect(() => {
    const id = firstAddedRef.current;
    if (id === undefined) return;
    firstAddedRef.current = undefined;
    document.getElementById(getChronologyButtonId(id))?.focus();
  }, [count]);

  return (
    <>
      <ol className="chronology" aria-label="Chronology of events">
        {events.slice(0, count).map((event) => {
          const isMatch = highlightIds?.has(event.id) === true;
          const isDimmed = highlightIds !== undefined && !isMatch;
          const time = describeEventTime(event.time, zone, getTitle);
          const placement = placementOf.get(event.id);
          const shortTime =
            placement === undefined ? time.text : describeEventTimeBriefly(event.time, placement, zone, getTitle);
          const headingId = `chronology-${event.id}`;
          return (
            <li
              key={event.id}
              className={`chronology-item${event.id === selectedId ? ' is-selected' : ''}${isMatch ? ' is-match' : ''}${isDimmed ? ' is-dimmed' : ''}`}
              data-category={event.category}
              aria-current={event.id === selectedId ? 'true' : undefined}
            >
              <article aria-labelledby={headingId}>
                <h3 id={headingId} className="chronology-title">
                  {onSelect === undefined || hrefOf === undefined ? (
                    event.title
                  ) : (
                    <EventLink
                      id={getChronologyButtonId(event.id)}
                      className="chronology-open"
                      href={hrefOf(event.id)}
                      onChoose={() => {
                        onSelect(event.id);
                      }}
                    >
                      {event.title}
                    </EventLink>
                  )}
                </h3>
                {/* When and in which part of the story: beside the event on wide screens, one line above it on phones. */}
                <div className="chronology-when">
                  {/* The time in a few words: the bounds for an order-only event; the panel words it in full. */}
                  <p className="chronology-time">
                    {time.dateTime === undefined ? shortTime : <time dateTime={time.dateTime}>{shortTime}</time>}
                    <span className="chronology-precision"> · {time.precision}</span>
                  </p>
                  <p className="chronology-category">{index.getCategory(event.category)?.label ?? event.category}</p>
                </div>
                {isMatch && <p className="chronology-match">Matches</p>}
                <p className="chronology-summary">{event.summary}</p>
                {/* The status and the passages share one line; opened, the passages take the width. */}
                <div className="chronology-foot">
                  <p className="chronology-tags">
                    <span className={`status-badge status-badge-${event.status}`}>
                      {capitalise(describeStatusBriefly(event, index))}
                    </span>
                  </p>
                  <details className="chronology-sources">
                    <summary>
                      What the report says (
                      {event.sources.length === 1 ? '1 passage' : `${event.sources.length} passages`})
                    </summary>
                    <p className="chronology-known">
                      <span className="chronology-known-label">How the time is known: </span>
                      {event.time.known}
                    </p>
                    <SourceList sources={event.sources} index={index} />
                  </details>
                </div>
              </article>
            </li>
          );
        })}
      </ol>
      {next > 0 && (
        <p className="chronology-more">
          {/* Disabled until the app runs: without JavaScript it could not add the events. */}
          <button
            type="button"
            disabled={!isClient}
            onClick={() => {
              firstAddedRef.current = events[count]?.id;
              setLimit(count + CHRONOLOGY_PAGE_SIZE);
            }}
          >
            Show the next {next} events
          </button>{' '}
          <span>
            {count} of {events.length} shown.
          </span>
        </p>
      )}
    </>
  );
}
