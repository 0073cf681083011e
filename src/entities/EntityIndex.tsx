import { useId, useMemo, type ReactNode } from 'react';
import type { DeepReadonly } from '../data/deepFreeze.ts';
import type { TimelineIndex } from '../data/indexTimeline.ts';
import type { Entity, EntityId, EntityKind, EventId } from '../data/schema.ts';
import { EventLink } from '../shared/EventLink.tsx';
import { SourceList } from '../shared/SourceList.tsx';
import { getEntityEventSets, getEventPlaces } from '../shared/getEntityEvents.ts';
import { useIsClient } from '../shared/useIsClient.ts';
import { getPlaceTree, type PlaceNode } from './getPlaceTree.ts';
import './entityIndex.css';

interface EntityIndexProps {
  index: TimelineIndex;
  /** The entity whose events are highlighted across the chart and list, if any. */
  highlightedId: EntityId | undefined;
  /** Highlight an entity's events (or stop, with undefined). */
  onHighlight: (id: EntityId | undefined) => void;
  /** A reader chose one of an entity's events. */
  onSelectEvent: (id: EventId) => void;
  /**
   * The address of an event's own page: each event is a real link to it, so the index works without JavaScript
   * (and opens in a new tab when asked); a plain click chooses the event in the page instead.
   */
  hrefOf: (id: EventId) => string;
}

/**
 * How many of an entity's events its entry lists before the rest, which wait behind a disclosure: a long
 * timeline's index stays short.
 */
export const ENTITY_EVENTS_SHOWN = 20;

/** The groups of the index, in the order they are shown, each with its heading. */
const KIND_HEADINGS: readonly { kind: EntityKind; heading: string }[] = [
  { kind: 'place', heading: 'Places' },
  { kind: 'person', heading: 'People' },
  { kind: 'organisation', heading: 'Organisations' },
  { kind: 'group', heading: 'Groups' },
];

/** The larger places a place lies in, nearest first: "Gulshan, Dhaka, Bangladesh". */
function getEnclosingNames(place: DeepReadonly<Entity>, index: TimelineIndex): string[] {
  const names: string[] = [];
  const seen = new Set<EntityId>([place.id]);
  let parent = place.partOf === undefined ? undefined : index.getEntity(place.partOf);
  while (parent !== undefined && !seen.has(parent.id)) {
    seen.add(parent.id);
    names.push(parent.name);
    parent = parent.partOf === undefined ? undefined : index.getEntity(parent.partOf);
  }
  return names;
}

/**
 * Every person, organisation, place and group the report names: what it says of each, its passages,
 * and the events each is part of, with a toggle that highlights those events on the timeline.
 */
export function EntityIndex({ index, highlightedId, onHighlight, onSelectEvent, hrefOf }: EntityIndexProps) {
  const baseId = useId();
  // The highlight lives in the app: until the app runs (and for good without JavaScript) its toggle is disabled.
  const isClient = useIsClient();
  const eventsByEntity = useMemo(
    () => new Map([...getEntityEventSets(index)].map(([id, events]) => [id, [...events]])),
    [index],
  );
  const placeTree = useMemo(() => getPlaceTree(index), [index]);
  // Each event is listed once among the places: under the most precise place it names.
  const eventsAtPlace = useMemo(() => {
    const byPlace = new Map<EntityId, EventId[]>();
    for (const [eventId, placeId] of getEventPlaces(index))
      byPlace.set(placeId, [...(byPlace.get(placeId) ?? []), eventId]);
    return byPlace;
  }, [index]);
  const headingId = `${baseId}-heading`;

  const renderEvents = (eventIds: readonly EventId[], labelledBy: string): ReactNode => (
    <ul className="entity-index-events" aria-labelledby={labelledBy}>
      {eventIds.map((eventId) => (
        <li key={eventId}>
          <EventLink
            className="entity-index-event"
            href={hrefOf(eventId)}
            onChoose={() => {
              onSelectEvent(eventId);
            }}
          >
            {index.getEvent(eventId)?.title ?? eventId}
          </EventLink>
        </li>
      ))}
    </ul>
  );

  const renderEntity = (entity: DeepReadonly<Entity>): ReactNode => {
    const nameId = `${baseId}-${entity.id}-name`;
    const eventsId = `${baseId}-${entity.id}-events`;
    const moreId = `${baseId}-${entity.id}-more`;
    const isHighlighted = highlightedId === entity.id;
    // A place lists the events that happened right there; those in the places within it are listed under them.
    const allEventIds = eventsByEntity.get(entity.id) ?? [];
    const eventIds = entity.kind === 'place' ? (eventsAtPlace.get(entity.id) ?? []) : allEventIds;
    const elsewhere = allEventIds.length - eventIds.length;
    const enclosing = entity.kind === 'place' ? getEnclosingNames(entity, index) : [];
    const passages = entity.sources.length === 1 ? '1 passage' : `${entity.sources.length} passages`;
    const more = eventIds.length - ENTITY_EVENTS_SHOWN;
    return (
      <article
        aria-labelledby={nameId}
        className={`entity-index-entity${isHighlighted ? ' is-highlighted' : ''}`}
        data-entity={entity.id}
      >
        <div className="entity-index-header">
          <h4 id={nameId} className="entity-index-name">
            {entity.name}
          </h4>
          {isHighlighted ? <p className="entity-index-badge">Highlighted</p> : null}
          <button
            type="button"
            className="entity-index-highlight"
            aria-pressed={isHighlighted}
            aria-describedby={nameId}
            disabled={!isClient}
            onClick={() => {
              onHighlight(isHighlighted ? undefined : entity.id);
            }}
          >
            {/* Short on screen; its name says it all: "Highlight its events on the timeline". */}
            Highlight <span className="visually-hidden">its events on the timeline</span>
          </button>
        </div>
        {entity.isPerpetrator === true ? <p className="entity-index-perpetrator">The attackers’ side</p> : null}
        {entity.role === undefined ? null : <p className="entity-index-role">{entity.role}</p>}
        {enclosing.length === 0 ? null : <p className="entity-index-within">Within {enclosing.join(', ')}</p>}
        <p className="entity-index-description">{entity.description}</p>
        <details className="entity-index-sources">
          <summary>What the report says ({passages})</summary>
          <SourceList sources={entity.sources} index={index} />
        </details>
        {elsewhere > 0 && (
          <p className="entity-index-elsewhere">
            {elsewhere === 1 ? '1 event' : `${elsewhere} events`} in the places within it, listed under them.
          </p>
        )}
        {allEventIds.length === 0 ? (
          <p className="entity-index-no-events">The report ties no event to it.</p>
        ) : eventIds.length === 0 ? null : (
          // Its events behind a disclosure, which opens without JavaScript and prints open.
          <details className="entity-index-events-disclosure">
            <summary>
              {entity.kind === 'place' ? (
                <span id={eventsId}>
                  Events here ({eventIds.length} of {allEventIds.length})
                </span>
              ) : (
                <>
                  <span id={eventsId}>Events</span> ({eventIds.length})
                </>
              )}
            </summary>
            {renderEvents(eventIds.slice(0, ENTITY_EVENTS_SHOWN), eventsId)}
            {more > 0 && (
              <details className="entity-index-more">
                <summary id={moreId} aria-describedby={nameId}>
                  {more === 1 ? '1 more event' : `${more} more events`}
                </summary>
                {renderEvents(eventIds.slice(ENTITY_EVENTS_SHOWN), moreId)}
              </details>
            )}
          </details>
        )}
      </article>
    );
  };

  const renderPlaces = (nodes: readonly PlaceNode[]): ReactNode =>
    nodes.map(({ place, children }) => (
      <li key={place.id} className="entity-index-item">
        {renderEntity(place)}
        {children.length === 0 ? null : (
          <ul className="entity-index-list entity-index-sublist" aria-label={`Places in ${place.name}`}>
            {renderPlaces(children)}
          </ul>
        )}
      </li>
    ));

  return (
    <section className="entity-index" aria-labelledby={headingId}>
      <h2 id={headingId}>People, organisations and places</h2>
      <p className="entity-index-intro">
        Everyone and everything the report names, as it describes them, with the passages and the events each is part
        of.
      </p>
      {KIND_HEADINGS.map(({ kind, heading }) => {
        const entities = index.timeline.entities.filter((entity) => entity.kind === kind);
        if (entities.length === 0) return null;
        const kindId = `${baseId}-${kind}`;
        return (
          <div key={kind} className="entity-index-kind">
            <h3 id={kindId} className="entity-index-kind-heading">
              {heading}
            </h3>
            <ul className="entity-index-list" aria-labelledby={kindId}>
              {kind === 'place'
                ? renderPlaces(placeTree)
                : entities.map((entity) => (
                    <li key={entity.id} className="entity-index-item">
                      {renderEntity(entity)}
                    </li>
                  ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
