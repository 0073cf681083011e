import { STATUS_LABELS } from '../shared/describeStatus.ts';
import type { StatusContext } from '../data/deriveStatus.ts';
import { deriveStatus } from '../data/deriveStatus.ts';
import type { Status } from '../data/schema.ts';
import type { DraftEvent } from './studioModel.ts';
import { toStatusInput } from './studioModel.ts';

export interface StatusExplanation {
  status: Status;
  /** The status in a word or two, as the page shows it. */
  label: string;
  /** The rule of `deriveStatus` that gives it, in words. */
  rule: string;
}

/**
 * The status the rules give an event, and which rule gives it, in the words of `deriveStatus.ts`. Undefined for
 * an event that cites nothing yet: the rules need at least one citation.
 */
export function explainStatus(event: DraftEvent, context: StatusContext): StatusExplanation | undefined {
  if (event.sources.length === 0) return undefined;
  const status = deriveStatus(toStatusInput(event), context);
  const rule = ((): string => {
    switch (status) {
      case 'disputed':
        return 'Rule 1: another event contradicts it (a “contradicts” relation points at it).';
      case 'unconfirmed':
        return context.isDeclined(toStatusInput(event).id)
          ? 'Rule 2: another event declines to confirm it (a “declines to confirm” relation points at it).'
          : 'Rule 4: a citation is marked hedged (“believed to be”, “appearing to show”).';
      case 'claimed':
        return 'Rule 3: every citation is said by the attackers or those speaking for them.';
      case 'stated':
        return 'Rule 5: at least one citation is in the report’s own voice (no speaker).';
      case 'attributed':
        return 'Rule 6: every citation names who said it.';
    }
  })();
  return { status, label: STATUS_LABELS[status], rule };
}
