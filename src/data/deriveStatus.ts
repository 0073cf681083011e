import type { EntityId, EventId, Status, TimelineEvent } from './schema.ts';

/** What `deriveStatus` needs to know about the rest of the timeline. */
export interface StatusContext {
  /** True for the attackers and their agency. */
  isPerpetrator: (id: EntityId) => boolean;
  /** True when another event contradicts this one or declines to confirm it. */
  isChallenged: (id: EventId) => boolean;
}

/**
 * The status an event must carry, by rules rather than by feel, first match wins:
 * 1. disputed: another source contradicts it or declines to confirm it;
 * 2. claimed: every source is the attackers or their agency;
 * 3. unconfirmed: the report hedges it ("believed to be");
 * 4. stated: the report says it in its own voice;
 * 5. attributed: otherwise, it rests on the sources the report names.
 */
export function deriveStatus(event: Pick<TimelineEvent, 'id' | 'sources'>, context: StatusContext): Status {
  if (context.isChallenged(event.id)) return 'disputed';
  if (event.sources.every((s) => s.saidBy !== undefined && context.isPerpetrator(s.saidBy))) return 'claimed';
  if (event.sources.some((s) => s.hedged === true)) return 'unconfirmed';
  if (event.sources.some((s) => s.saidBy === undefined)) return 'stated';
  return 'attributed';
}
