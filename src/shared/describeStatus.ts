import type { DeepReadonly } from '../data/deepFreeze.ts';
import type { TimelineIndex } from '../data/indexTimeline.ts';
import type { Entity, EntityId, Status, TimelineEvent } from '../data/schema.ts';

/** Each status in a word or two, for badges and legends. */
export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  stated: 'Stated by the report',
  attributed: 'Attributed',
  claimed: 'Claimed by the attackers',
  unconfirmed: 'Not confirmed',
  disputed: 'Disputed',
};

/** "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

/** An entity's name as it reads mid-sentence: "witnesses", "a police officer at the scene", "Gowher Rizvi". */
export function getNameInSentence(entity: DeepReadonly<Entity>): string {
  const isCommonNoun = entity.kind === 'group' || /^(?:A|An|The) /.test(entity.name);
  return isCommonNoun ? entity.name.charAt(0).toLowerCase() + entity.name.slice(1) : entity.name;
}

/** Who the report says gave an event's information, in order of first citation. */
export function getSpeakerNames(event: DeepReadonly<TimelineEvent>, index: TimelineIndex): string[] {
  const ids = new Set<EntityId>();
  for (const source of event.sources) if (source.saidBy !== undefined) ids.add(source.saidBy);
  return [...ids].map((id) => {
    const entity = index.getEntity(id);
    return entity === undefined ? id : getNameInSentence(entity);
  });
}

/** A sentence's first word with its capital: names in a sentence ("the police") can start one. */
export function capitalise(words: string): string {
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

/** Who would not confirm an event, or contradicted it, in words ("Bangladeshi police"; "the report" for its own voice). */
function getChallengers(
  event: DeepReadonly<TimelineEvent>,
  index: TimelineIndex,
  kind: 'declines-to-confirm' | 'contradicts',
) {
  return joinWords(
    index
      .getIncoming(event.id)
      .filter((r) => r.kind === kind)
      .map((r) => joinWords(getSpeakerNames(r.from, index)) || 'the report'),
  );
}

/** True when every source of the event is the attackers or those speaking for them. */
function isOnlyClaimed(event: DeepReadonly<TimelineEvent>, index: TimelineIndex): boolean {
  return event.sources.every((s) => s.saidBy !== undefined && index.getEntity(s.saidBy)?.isPerpetrator === true);
}

/**
 * The status in a short phrase that names who stands behind it, for a mark's accessible name or a list:
 * "stated by the report", "claimed by the group", "not confirmed by Bangladeshi police", "hedged by the report".
 */
export function describeStatusBriefly(event: DeepReadonly<TimelineEvent>, index: TimelineIndex): string {
  switch (event.status) {
    case 'stated':
      return 'stated by the report';
    case 'attributed':
      return `attributed to ${joinWords(getSpeakerNames(event, index))}`;
    case 'claimed':
      return `claimed by ${joinWords(getSpeakerNames(event, index))}`;
    case 'unconfirmed': {
      const decliners = getChallengers(event, index, 'declines-to-confirm');
      return decliners === '' ? 'not confirmed: hedged by the report' : `not confirmed by ${decliners}`;
    }
    case 'disputed':
      return `disputed by ${getChallengers(event, index, 'contradicts')}`;
  }
}

/** The status in a sentence that says on whose word the event rests. */
export function describeStatus(event: DeepReadonly<TimelineEvent>, index: TimelineIndex): string {
  switch (event.status) {
    case 'stated':
      return 'The report says this in its own words.';
    case 'attributed':
      return `On the word of ${joinWords(getSpeakerNames(event, index))}.`;
    case 'claimed':
      return `Claimed by the attackers’ side (${joinWords(getSpeakerNames(event, index))}); no other source in the report confirms it.`;
    case 'unconfirmed': {
      const decliners = getChallengers(event, index, 'declines-to-confirm');
      if (decliners === '') return 'The report hedges it: see the passage marked “hedged by the report”.';
      const claim = isOnlyClaimed(event, index)
        ? ` It is a claim from the attackers’ side (${joinWords(getSpeakerNames(event, index))}).`
        : '';
      return `${capitalise(decliners)} would not confirm it; no source in the report contradicts it.${claim}`;
    }
    case 'disputed':
      return `${capitalise(getChallengers(event, index, 'contradicts'))} contradicted it.`;
  }
}
