import type { DeepReadonly } from './deepFreeze.ts';
import type { LoadedTimeline } from './parseTimeline.ts';
import type {
  Category,
  CategoryId,
  Correction,
  Entity,
  EntityId,
  EventId,
  Figure,
  RelationKind,
  TimelineEvent,
} from './schema.ts';

/** Another event's relation to this one. */
export interface IncomingRelation {
  /** How the other event relates to this one (it declines to confirm it, contradicts it…). */
  kind: RelationKind;
  /** The event the relation is stated on. */
  from: DeepReadonly<TimelineEvent>;
}

/** Look-ups over a loaded timeline, built once. */
export interface TimelineIndex {
  /** The loaded, frozen timeline the index is built over. */
  timeline: LoadedTimeline;
  /** Events in reading order, which the loader checks is time order. */
  events: readonly DeepReadonly<TimelineEvent>[];
  /** The event with this id; undefined for none. */
  getEvent: (id: EventId) => DeepReadonly<TimelineEvent> | undefined;
  /** True when a string from outside (a link) is the id of an event. */
  isEventId: (id: string) => id is EventId;
  /** The entity with this id; undefined for none. */
  getEntity: (id: EntityId) => DeepReadonly<Entity> | undefined;
  /** The category (the chart's lane) with this id; undefined for none. */
  getCategory: (id: CategoryId) => DeepReadonly<Category> | undefined;
  /** The figures that belong to an event. */
  getFigures: (id: EventId) => readonly DeepReadonly<Figure>[];
  /** The events that relate to this one (statements that describe or challenge it). */
  getIncoming: (id: EventId) => readonly IncomingRelation[];
  /** The entities an event names: among its entities, as its place, or as a speaker in its sources. */
  getEntitiesOf: (id: EventId) => readonly EntityId[];
  /** The events that name an entity (as {@link getEntitiesOf} counts), in time order. */
  getEventsNaming: (id: EntityId) => readonly EventId[];
  /** The current id of an event published under an old id (an alias), or undefined when none took it over. */
  getSuccessor: (oldId: string) => EventId | undefined;
  /** The corrections that name a record (an event, entity or figure, by its id or any old id), oldest first. */
  getCorrections: (id: string) => readonly DeepReadonly<Correction>[];
}

/** Builds the look-ups for a timeline. */
export function indexTimeline(timeline: LoadedTimeline): TimelineIndex {
  const events = new Map(timeline.events.map((e) => [e.id, e]));
  const entities = new Map(timeline.entities.map((e) => [e.id, e]));
  const categories = new Map(timeline.categories.map((c) => [c.id, c]));
  const figures = new Map<EventId, DeepReadonly<Figure>[]>();
  for (const figure of timeline.figures) figures.set(figure.event, [...(figures.get(figure.event) ?? []), figure]);
  const incoming = new Map<EventId, IncomingRelation[]>();
  for (const event of timeline.events) {
    for (const relation of event.relations ?? []) {
      incoming.set(relation.event, [...(incoming.get(relation.event) ?? []), { kind: relation.kind, from: event }]);
    }
  }
  // Who each event names, and its inverse, built once: filters, counts, search and the index read them on every
  // change, and scanning every event for every entity would grow with their product.
  const entitiesOf = new Map<EventId, EntityId[]>();
  const eventsNaming = new Map<EntityId, EventId[]>();
  for (const event of timeline.events) {
    const named = new Set<EntityId>(event.entities);
    if (event.place !== undefined) named.add(event.place);
    for (const source of event.sources) if (source.saidBy !== undefined) named.add(source.saidBy);
    entitiesOf.set(event.id, [...named]);
    for (const id of named) {
      const list = eventsNaming.get(id);
      if (list === undefined) eventsNaming.set(id, [event.id]);
      else list.push(event.id);
    }
  }
  const successors = new Map<string, EventId>();
  for (const event of timeline.events) for (const alias of event.aliases ?? []) successors.set(alias, event.id);
  const corrections = new Map<string, DeepReadonly<Correction>[]>();
  for (const correction of timeline.corrections) {
    for (const record of correction.records) {
      // An old id's corrections are its successor's too, so a corrected event's panel lists them all.
      for (const id of new Set([record, successors.get(record) ?? record])) {
        const listed = corrections.get(id) ?? [];
        // A correction may name an event by both its ids; list it once.
        if (!listed.includes(correction)) corrections.set(id, [...listed, correction]);
      }
    }
  }
  return {
    timeline,
    events: timeline.events,
    getEvent: (id) => events.get(id),
    isEventId: (id): id is EventId => events.has(id as EventId),
    getEntity: (id) => entities.get(id),
    getCategory: (id) => categories.get(id),
    getFigures: (id) => figures.get(id) ?? [],
    getIncoming: (id) => incoming.get(id) ?? [],
    getEntitiesOf: (id) => entitiesOf.get(id) ?? [],
    getEventsNaming: (id) => eventsNaming.get(id) ?? [],
    getSuccessor: (oldId) => successors.get(oldId),
    getCorrections: (id) => corrections.get(id) ?? [],
  };
}
