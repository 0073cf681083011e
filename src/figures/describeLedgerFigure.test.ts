// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { DeepReadonly } from '../data/deepFreeze.ts';
import { indexTimeline } from '../data/indexTimeline.ts';
import { timeline } from '../data/loadTimeline.ts';
import type { EntityId, Figure, FigureId } from '../data/schema.ts';
import {
  describeFigureChart,
  getChartRowLabel,
  getFigureCaveats,
  getFigureSpeaker,
  getFigureTone,
} from './describeLedgerFigure.ts';

const index = indexTimeline(timeline);

function getFigure(id: string): DeepReadonly<Figure> {
  const figure = timeline.figures.find((f) => f.id === (id as FigureId));
  if (figure === undefined) throw new Error(`No figure ${id} in timeline.json`);
  return figure;
}

describe('getFigureTone and getFigureSpeaker', () => {
  test('a figure without a speaker is the report’s own', () => {
    expect(getFigureTone(getFigure('killed-report'), index)).toBe('report');
    expect(getFigureSpeaker(getFigure('killed-report'), index)).toBe('the report itself');
  });

  test('a figure from the attackers’ side is a claim; anyone else’s is attributed, named as in a sentence', () => {
    expect(getFigureTone(getFigure('killed-attackers-claim'), index)).toBe('claimed');
    expect(getFigureSpeaker(getFigure('killed-attackers-claim'), index)).toBe('the terrorists');
    expect(getFigureTone(getFigure('dead-foreign-hostages-military'), index)).toBe('attributed');
    expect(getFigureSpeaker(getFigure('dead-foreign-hostages-military'), index)).toBe('a military official');
    expect(getFigureSpeaker(getFigure('gunmen-witnesses'), index)).toBe('witnesses');
  });
});

describe('getFigureCaveats', () => {
  test('names a claim and who would not confirm it', () => {
    expect(getFigureCaveats(getFigure('killed-attackers-claim'), index)).toEqual([
      'Claimed by the attackers',
      'Not confirmed by Bangladeshi police',
    ]);
  });

  test('gives none for a figure nobody challenged', () => {
    expect(getFigureCaveats(getFigure('dead-police-officers-police'), index)).toEqual([]);
  });

  test('names who would not confirm a figure that is not a claim', () => {
    const figure = { ...getFigure('killed-report'), notConfirmedBy: ['police', 'military-official'] as EntityId[] };
    expect(getFigureCaveats(figure, index)).toEqual(['Not confirmed by Bangladeshi police and a military official']);
  });
});

describe('getChartRowLabel', () => {
  test('gives the value, whom it counts and who gave it', () => {
    expect(getChartRowLabel(getFigure('killed-report'), index)).toBe(
      'at least 22 · people in the restaurant · the report',
    );
    expect(getChartRowLabel(getFigure('killed-attackers-claim'), index)).toBe(
      '24 · victims · claimed by the terrorists',
    );
    expect(getChartRowLabel(getFigure('staff-present-employee'), index)).toBe(
      '15 to 20 · café staff · a café employee who escaped',
    );
  });
});

describe('describeFigureChart', () => {
  test('states every figure one after another, with no sum', () => {
    const figures = [getFigure('customers-present-employee'), getFigure('staff-present-employee')];
    expect(describeFigureChart('Present in the café', figures, 25, index)).toBe(
      'Present in the café, each figure on its own row of a number line from 0 to 25: ' +
        'around 20, customers (a café employee who escaped); 15 to 20, café staff (a café employee who escaped).',
    );
  });
});
