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
    expect(groups.map((g) => g.measure)).toEqual([
      'killed',
      'attackers-killed',
      'wounded',
      'freed',
      'captured',
      'unaccounted-for',
      'present',
      'involved',
    ]);
    expect(groups.flatMap((g) => g.figures.map((f) => f.id)).sort()).toEqual(timeline.figures.map((f) => f.id).sort());
    for (const group of groups) {
      const measures = group.measure === 'killed' ? ['killed', 'dead'] : [group.measure];
      expect(group.figures).toEqual(timeline.figures.filter((f) => measures.includes(f.measure)));
    }
  });

  test('counts the attackers’ dead apart from their victims, and “died” beside “killed”', () => {
    const groups = groupFigures(timeline.figures);
    const victims = groups.find((g) => g.measure === 'killed');
    const attackers = groups.find((g) => g.measure === 'attackers-killed');
    expect(victims?.heading).toBe('Killed or dead');
    expect(victims?.figures.map((f) => f.measure)).not.toContain('attackers-killed');
    expect(attackers?.heading).toBe('Gunmen killed');
    expect(attackers?.figures.map((f) => f.subject)).toEqual(['gunmen']);
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
      'Dead',
      'Gunmen killed',
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
