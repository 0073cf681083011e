import type { DeepReadonly } from '../data/deepFreeze.ts';
import type { Figure, Measure } from '../data/schema.ts';
import { assertNever } from '../time/assertNever.ts';

/** The order the ledger lists measures in: the dead first, then the wounded, then everyone else. */
export const MEASURE_ORDER: readonly Measure[] = [
  'killed',
  'wounded',
  'freed',
  'captured',
  'unaccounted-for',
  'present',
  'involved',
];

/** Every figure for one measure, side by side and never combined. */
export interface FigureGroup {
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
      return 'Killed';
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

/** The figures grouped by measure in `MEASURE_ORDER`, leaving out measures without a figure. */
export function groupFigures(figures: readonly DeepReadonly<Figure>[]): FigureGroup[] {
  return MEASURE_ORDER.flatMap((measure) => {
    const inGroup = figures.filter((f) => f.measure === measure);
    return inGroup.length === 0 ? [] : [{ measure, heading: getMeasureHeading(measure, inGroup), figures: inGroup }];
  });
}
