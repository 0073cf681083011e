import type { DeepReadonly } from '../data/deepFreeze.ts';
import { getNameInSentence, joinWords } from '../shared/describeStatus.ts';
import { describeParagraphs } from './describeDocument.ts';
import type { TimelineIndex } from '../data/indexTimeline.ts';
import type { EntityId, Figure, FigureValue, Measure } from '../data/schema.ts';
import { assertNever } from '../data/assertNever.ts';

/** What each measure counts, as it reads after the number: "22 killed", "7 unaccounted for". */
const MEASURE_WORDS: Readonly<Record<Measure, string>> = {
  killed: 'killed',
  dead: 'dead',
  'attackers-killed': 'killed',
  wounded: 'wounded',
  freed: 'freed',
  captured: 'captured',
  'unaccounted-for': 'unaccounted for',
  present: 'present',
  involved: 'involved',
};

/** A number with its qualifier, as the speaker gave it: "24", "at least 22", "up to 9", "around 20", "15 to 20". */
export function describeFigureValue(value: DeepReadonly<FigureValue>): string {
  switch (value.qualifier) {
    case 'exactly':
      return String(value.value);
    case 'at-least':
      return `at least ${value.value}`;
    case 'up-to':
      return `up to ${value.value}`;
    case 'about':
      return `around ${value.value}`;
    case 'range':
      return `${value.min} to ${value.max}`;
    default:
      return assertNever(value);
  }
}

function getNames(ids: readonly EntityId[], index: TimelineIndex): string {
  return joinWords(
    ids.map((id) => {
      const entity = index.getEntity(id);
      return entity === undefined ? id : getNameInSentence(entity);
    }),
  );
}

/**
 * One figure in words, with who gave it, who would not confirm it and where the report says it:
 * "24 killed (victims), claimed by the terrorists; not confirmed by Bangladeshi police, paragraph 5".
 * It describes one figure on its own: figures are never added up or compared.
 */
export function describeFigure(figure: DeepReadonly<Figure>, index: TimelineIndex): string {
  const amount = describeFigureValue(figure.value);
  const count = `${amount.charAt(0).toUpperCase()}${amount.slice(1)} ${MEASURE_WORDS[figure.measure]} (${figure.subject})`;
  const speaker = figure.saidBy === undefined ? undefined : index.getEntity(figure.saidBy);
  const attribution =
    figure.saidBy === undefined
      ? 'by the report’s own count'
      : `${speaker?.isPerpetrator === true ? 'claimed by' : 'according to'} ${speaker === undefined ? figure.saidBy : getNameInSentence(speaker)}`;
  const declined =
    figure.notConfirmedBy === undefined || figure.notConfirmedBy.length === 0
      ? ''
      : `; not confirmed by ${getNames(figure.notConfirmedBy, index)}`;
  return `${count}, ${attribution}${declined}, ${describeParagraphs(figure.sources, index.timeline)}`;
}
