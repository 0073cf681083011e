import type { EntityId, EventId, RelationKind, Status, TimelineEvent } from './schema.ts';

/** What `deriveStatus` needs to know about the rest of the timeline. */
export interface StatusContext {
  /** True for the attackers and those speaking for them. */
  isPerpetrator: (id: EntityId) => boolean;
  /** True when another event contradicts this one. */
  isContradicted: (id: EventId) => boolean;
  /** True when another event declines to confirm this one. */
  isDeclined: (id: EventId) => boolean;
}

/**
 * The status an event must carry, by rules rather than by feel, first match wins:
 * 1. disputed: another source contradicts it;
 * 2. unconfirmed ("not confirmed"): another source will not confirm it;
 * 3. claimed: every source is the attackers or those speaking for them;
 * 4. unconfirmed ("not confirmed"): the report hedges it ("believed to be", "appearing to show");
 * 5. stated: the report says it in its own voice;
 * 6. attributed: otherwise, it rests on the sources the report names.
 * A source that will not confirm is not one that contradicts: only rule 1 makes an event disputed.
 */
export function deriveStatus(event: Pick<TimelineEvent, 'id' | 'sources'>, context: StatusContext): Status {
  if (context.isContradicted(event.id)) return 'disputed';
  if (context.isDeclined(event.id)) return 'unconfirmed';
  if (event.sources.every((s) => s.saidBy !== undefined && context.isPerpetrator(s.saidBy))) return 'claimed';
  if (event.sources.some((s) => s.hedged === true)) return 'unconfirmed';
  if (event.sources.some((s) => s.saidBy === undefined)) return 'stated';
  return 'attributed';
}

/** What `getStatusContext` reads of a timeline: who is on the attackers' side, and how events bear on each other. */
interface StatusSources {
  entities: readonly { id: string; isPerpetrator?: boolean | undefined }[];
  events: readonly { relations?: readonly { kind: RelationKind; event: string }[] | undefined }[];
}

/** The context the status rules read, built once from a whole timeline (or a draft of one). */
export function getStatusContext(timeline: StatusSources): StatusContext {
  const perpetrators = new Set(timeline.entities.filter((e) => e.isPerpetrator === true).map((e) => e.id));
  const contradicted = new Set<string>();
  const declined = new Set<string>();
  for (const event of timeline.events) {
    for (const relation of event.relations ?? []) {
      if (relation.kind === 'contradicts') contradicted.add(relation.event);
      if (relation.kind === 'declines-to-confirm') declined.add(relation.event);
    }
  }
  return {
    isPerpetrator: (id) => perpetrators.has(id),
    isContradicted: (id) => contradicted.has(id),
    isDeclined: (id) => declined.has(id),
  };
}
