import type { DeepReadonly } from './deepFreeze.ts';
import type { TimelineIndex } from './indexTimeline.ts';
import type { Entity, EntityId, Status, TimelineEvent } from './schema.ts';

/** Each status in a word or two, for badges and legends. */
export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  stated: 'Stated by the report',
  attributed: 'Attributed',
  claimed: 'Claimed by the attackers',
  unconfirmed: 'Unconfirmed',
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

/** The status in a sentence that says on whose word the event rests. */
export function describeStatus(event: DeepReadonly<TimelineEvent>, index: TimelineIndex): string {
  switch (event.status) {
    case 'stated':
      return 'Stated by the report in its own words.';
    case 'attributed':
      return `Attributed to ${joinWords(getSpeakerNames(event, index))}.`;
    case 'claimed':
      return `Claimed by the attackers’ side (${joinWords(getSpeakerNames(event, index))}); not confirmed by anyone else.`;
    case 'unconfirmed':
      return 'Unconfirmed: the report hedges it.';
    case 'disputed': {
      const challenges = index
        .getIncoming(event.id)
        .filter((r) => r.kind === 'declines-to-confirm' || r.kind === 'contradicts')
        .map((r) => {
          const who = joinWords(getSpeakerNames(r.from, index));
          return r.kind === 'contradicts' ? `${who} contradicted it` : `${who} would not confirm it`;
        });
      return `Disputed: ${joinWords(challenges)}.`;
    }
  }
}
