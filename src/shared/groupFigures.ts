import type { DeepReadonly } from '../data/deepFreeze.ts';
import type { Figure, Measure } from '../data/schema.ts';
import { assertNever } from '../data/assertNever.ts';

/** The order the ledger lists measures in: the dead first, then the attackers killed, the wounded, everyone else. */
export const MEASURE_ORDER: readonly Measure[] = [
  'killed',
  'dead',
  'attackers-killed',
  'wounded',
  'freed',
  'captured',
  'unaccounted-for',
  'present',
  'involved',
];

/**
 * Every figure for one measure, side by side and never combined. The victims' dead share one group whether the
 * report says "killed" or "died" (each row keeps its own verb); the attackers' dead are always a group apart.
 */
export interface FigureGroup {
  /** The group's measure: the first of its figures' measures in `MEASURE_ORDER`. */
  measure: Measure;
  /** The group's heading, such as "Killed" or "Present in the café". */
  heading: string;
  /** The figures in the order the data lists them. */
  figures: readonly DeepReadonly<Figure>[];
}

/** True when a figure's subject is the gunmen, as in "gunmen" or "suspected gunmen". */
function isAboutGunmen(figure: DeepReadonly<Figure>): boolean {
  return /\bgunm[ae]n\b/i.test(figure.subject);
}

/** A measure as a heading; "Gunmen involved" only when every figure in the group counts gunmen. */
export function getMeasureHeading(measure: Measure, figures: readonly DeepReadonly<Figure>[]): string {
  switch (measure) {
    case 'killed':
      return figures.some((f) => f.measure === 'dead') ? 'Killed or dead' : 'Killed';
    case 'dead':
      return 'Dead';
    case 'attackers-killed':
      return figures.length > 0 && figures.every(isAboutGunmen) ? 'Gunmen killed' : 'Attackers killed';
    case 'wounded':
      return 'Wounded';
    case 'freed':
      return 'Freed';
    case 'captured':
      return 'Captured';
    case 'unaccounted-for':
      return 'Unaccounted for';
    case 'present':
      return 'Present in the café';
    case 'involved':
      return figures.length > 0 && figures.every(isAboutGunmen) ? 'Gunmen involved' : 'Involved';
    default:
      return assertNever(measure);
  }
}

/** The measure whose group a figure joins: "dead" joins "killed", every other measure is its own group. */
function getGroupMeasure(measure: Measure): Measure {
  return measure === 'dead' ? 'killed' : measure;
}

/** The figures grouped by measure in `MEASURE_ORDER`, leaving out groups without a figure. */
export function groupFigures(figures: readonly DeepReadonly<Figure>[]): FigureGroup[] {
  const groupMeasures = MEASURE_ORDER.filter((m) => getGroupMeasure(m) === m);
  return groupMeasures.flatMap((groupMeasure) => {
    const inGroup = figures.filter((f) => getGroupMeasure(f.measure) === groupMeasure);
    if (inGroup.length === 0) return [];
    const measure = MEASURE_ORDER.find((m) => inGroup.some((f) => f.measure === m)) ?? groupMeasure;
    return [{ measure, heading: getMeasureHeading(measure, inGroup), figures: inGroup }];
  });
}
