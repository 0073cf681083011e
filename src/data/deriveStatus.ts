import type { EntityId, EventId, Status, TimelineEvent } from './schema.ts';

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
