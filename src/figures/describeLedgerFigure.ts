import type { DeepReadonly } from '../data/deepFreeze.ts';
import { getNameInSentence, joinWords, STATUS_LABELS } from '../shared/describeStatus.ts';
import type { TimelineIndex } from '../data/indexTimeline.ts';
import type { EntityId, Figure } from '../data/schema.ts';
import { describeFigureValue } from '../shared/describeFigure.ts';

/** On whose word a figure rests: the report's own count, a named source, or the attackers' side. */
export type FigureTone = 'report' | 'attributed' | 'claimed';

function getName(id: EntityId, index: TimelineIndex): string {
  const entity = index.getEntity(id);
  return entity === undefined ? id : getNameInSentence(entity);
}

/** On whose word a figure rests; the attackers' figures are drawn hollow. */
export function getFigureTone(figure: DeepReadonly<Figure>, index: TimelineIndex): FigureTone {
  if (figure.saidBy === undefined) return 'report';
  return index.getEntity(figure.saidBy)?.isPerpetrator === true ? 'claimed' : 'attributed';
}

/** Who gave a figure, as it reads in a sentence: "the report itself", "a military official". */
export function getFigureSpeaker(figure: DeepReadonly<Figure>, index: TimelineIndex): string {
  return figure.saidBy === undefined ? 'the report itself' : getName(figure.saidBy, index);
}

/** What to bear in mind about a figure, each a short sentence: "Claimed by the attackers", "Not confirmed by Bangladeshi police". */
export function getFigureCaveats(figure: DeepReadonly<Figure>, index: TimelineIndex): string[] {
  const caveats: string[] = [];
  if (getFigureTone(figure, index) === 'claimed') caveats.push(STATUS_LABELS.claimed);
  const declined = figure.notConfirmedBy ?? [];
  if (declined.length > 0) caveats.push(`Not confirmed by ${joinWords(declined.map((id) => getName(id, index)))}`);
  return caveats;
}

/** A chart row's short label, value and who: "24 · victims · claimed by the terrorists". */
export function getChartRowLabel(figure: DeepReadonly<Figure>, index: TimelineIndex): string {
  const tone = getFigureTone(figure, index);
  const who =
    tone === 'report' ? 'the report' : `${tone === 'claimed' ? 'claimed by ' : ''}${getFigureSpeaker(figure, index)}`;
  return `${describeFigureValue(figure.value)} · ${figure.subject} · ${who}`;
}

/** One figure in a chart's description: "24, victims (claimed by the attackers, the terrorists; not confirmed by Bangladeshi police)". */
function describeChartItem(figure: DeepReadonly<Figure>, index: TimelineIndex): string {
  const tone = getFigureTone(figure, index);
  const who =
    tone === 'report'
      ? 'the report'
      : tone === 'claimed'
        ? `claimed by the attackers, ${getFigureSpeaker(figure, index)}`
        : getFigureSpeaker(figure, index);
  const declined = figure.notConfirmedBy ?? [];
  const caveat =
    declined.length === 0 ? '' : `; not confirmed by ${joinWords(declined.map((id) => getName(id, index)))}`;
  return `${describeFigureValue(figure.value)}, ${figure.subject} (${who}${caveat})`;
}

/**
 * A chart's figures in words, for its accessible name: each figure with its subject and speaker, one after another.
 * It names the scale's end so the picture is fully described, and never combines the figures.
 */
export function describeFigureChart(
  heading: string,
  figures: readonly DeepReadonly<Figure>[],
  domainMax: number,
  index: TimelineIndex,
): string {
  const items = figures.map((f) => describeChartItem(f, index));
  return `${heading}, each figure on its own row of a number line from 0 to ${domainMax}: ${items.join('; ')}.`;
}
