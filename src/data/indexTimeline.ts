import type { DeepReadonly } from './deepFreeze.ts';
import type { LoadedTimeline } from './parseTimeline.ts';
import type { Category, CategoryId, Entity, EntityId, EventId, Figure, RelationKind, TimelineEvent } from './schema.ts';

/** Another event's relation to this one. */
export interface IncomingRelation {
  kind: RelationKind;
  from: DeepReadonly<TimelineEvent>;
}

/** Look-ups over a loaded timeline, built once. */
export interface TimelineIndex {
  timeline: LoadedTimeline;
  /** Events in reading order, which the loader checks is time order. */
  events: readonly DeepReadonly<TimelineEvent>[];
  getEvent: (id: EventId) => DeepReadonly<TimelineEvent> | undefined;
  /** True when a string from outside (a link) is the id of an event. */
  isEventId: (id: string) => id is EventId;
  getEntity: (id: EntityId) => DeepReadonly<Entity> | undefined;
  getCategory: (id: CategoryId) => DeepReadonly<Category> | undefined;
  /** The figures that belong to an event. */
  getFigures: (id: EventId) => readonly DeepReadonly<Figure>[];
  /** The events that relate to this one (statements that describe or challenge it). */
  getIncoming: (id: EventId) => readonly IncomingRelation[];
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
  return {
    timeline,
    events: timeline.events,
    getEvent: (id) => events.get(id),
    isEventId: (id): id is EventId => events.has(id as EventId),
    getEntity: (id) => entities.get(id),
    getCategory: (id) => categories.get(id),
    getFigures: (id) => figures.get(id) ?? [],
    getIncoming: (id) => incoming.get(id) ?? [],
  };
}
