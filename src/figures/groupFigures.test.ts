// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { DeepReadonly } from '../data/deepFreeze.ts';
import { timeline } from '../data/loadTimeline.ts';
import type { Figure } from '../data/schema.ts';
import { getMeasureHeading, groupFigures, MEASURE_ORDER } from './groupFigures.ts';

function withSubject(subject: string): DeepReadonly<Figure> {
  const [first] = timeline.figures;
  if (first === undefined) throw new Error('timeline.json has no figures');
  return { ...first, measure: 'involved', subject };
}

describe('groupFigures', () => {
  test('puts every figure in exactly one group, groups in measure order, figures in data order', () => {
    const groups = groupFigures(timeline.figures);
    expect(groups.map((g) => g.measure)).toEqual(
      MEASURE_ORDER.filter((m) => timeline.figures.some((f) => f.measure === m)),
    );
    expect(groups.flatMap((g) => g.figures.map((f) => f.id)).sort()).toEqual(timeline.figures.map((f) => f.id).sort());
    for (const group of groups) {
      expect(group.figures.every((f) => f.measure === group.measure)).toBe(true);
      expect(group.figures).toEqual(timeline.figures.filter((f) => f.measure === group.measure));
    }
  });

  test('leaves out a measure no figure counts', () => {
    const killedOnly = timeline.figures.filter((f) => f.measure === 'killed');
    expect(groupFigures(killedOnly).map((g) => g.measure)).toEqual(['killed']);
    expect(groupFigures([])).toEqual([]);
  });
});

describe('getMeasureHeading', () => {
  test('names each measure plainly', () => {
    expect(MEASURE_ORDER.map((m) => getMeasureHeading(m, [withSubject('gunmen')]))).toEqual([
      'Killed',
      'Wounded',
      'Freed',
      'Captured',
      'Unaccounted for',
      'Present in the café',
      'Gunmen involved',
    ]);
  });

  test('says “Gunmen involved” only when every figure in the group counts gunmen', () => {
    expect(getMeasureHeading('involved', [withSubject('gunmen'), withSubject('suspected gunmen')])).toBe(
      'Gunmen involved',
    );
    expect(getMeasureHeading('involved', [withSubject('gunmen'), withSubject('police officers')])).toBe('Involved');
    expect(getMeasureHeading('involved', [withSubject('gunmanship')])).toBe('Involved');
    expect(getMeasureHeading('involved', [])).toBe('Involved');
  });
});
