/** Citations and record look-ups in the words every download uses. */
import type { DeepReadonly } from '../../src/data/deepFreeze.ts';
import { getOtherDocumentSuffix } from '../../src/shared/describeDocument.ts';
import { getNameInSentence } from '../../src/shared/describeStatus.ts';
import { glossExcerpt } from '../../src/data/glossExcerpt.ts';
import type { TimelineIndex } from '../../src/data/indexTimeline.ts';
import type { EntityId, Source } from '../../src/data/schema.ts';

/** The report's words, then in square brackets any gloss they need: "… (4.20pm BST). [“BST” here is …]". */
export function formatExcerpt(excerpt: string): string {
  return [excerpt, ...glossExcerpt(excerpt).map((gloss) => `[${gloss}]`)].join(' ');
}

/**
 * "¶14 (witnesses): excerpt", or "¶3 (hedged): excerpt" for a hedged passage in the report's own voice; a
 * citation of another document than the report names it: "¶2 of “A police statement” (police): excerpt".
 */
export function formatSource(source: DeepReadonly<Source>, index: TimelineIndex): string {
  const notes: string[] = [];
  if (source.saidBy !== undefined) {
    const entity = index.getEntity(source.saidBy);
    notes.push(entity === undefined ? source.saidBy : getNameInSentence(entity));
  }
  if (source.hedged === true) notes.push('hedged');
  const who = notes.length === 0 ? '' : ` (${notes.join(', ')})`;
  const document = getOtherDocumentSuffix(source.document, index.timeline);
  return `¶${source.paragraph}${document}${who}: ${formatExcerpt(source.excerpt)}`;
}

/** An entity's name as the data gives it, or its id when the index has no such entity. */
export function getEntityName(id: EntityId, index: TimelineIndex): string {
  return index.getEntity(id)?.name ?? id;
}

/** The ids of the corrections that name a record (an event by its id or an old id, an entity, a figure), oldest first. */
export function getCorrectionIds(id: string, index: TimelineIndex): string[] {
  return [...new Set(index.getCorrections(id).map((correction) => correction.id))];
}
