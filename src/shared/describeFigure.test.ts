// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { DeepReadonly } from '../data/deepFreeze.ts';
import { indexTimeline } from '../data/indexTimeline.ts';
import { timeline } from '../data/loadTimeline.ts';
import type { DocumentId, EntityId, EventId, Figure, FigureId } from '../data/schema.ts';
import { describeFigure, describeFigureValue } from './describeFigure.ts';

const index = indexTimeline(timeline);

function getFigure(id: string): DeepReadonly<Figure> {
  const figure = timeline.figures.find((f) => f.id === (id as FigureId));
  if (figure === undefined) throw new Error(`No figure ${id} in timeline.json`);
  return figure;
}

describe('describeFigureValue', () => {
  test('words each qualifier as the speaker gave it', () => {
    expect(describeFigureValue({ qualifier: 'exactly', value: 24 })).toBe('24');
    expect(describeFigureValue({ qualifier: 'at-least', value: 22 })).toBe('at least 22');
    expect(describeFigureValue({ qualifier: 'up-to', value: 9 })).toBe('up to 9');
    expect(describeFigureValue({ qualifier: 'about', value: 20 })).toBe('around 20');
    expect(describeFigureValue({ qualifier: 'range', min: 15, max: 20 })).toBe('15 to 20');
  });
});

describe('describeFigure', () => {
  test('a figure in the report’s own voice says so and cites its paragraph', () => {
    expect(describeFigure(getFigure('killed-report'), index)).toBe(
      'At least 22 killed (people in the restaurant), by the report’s own count, paragraph 1',
    );
    expect(describeFigure(getFigure('unaccounted-japanese-report'), index)).toBe(
      '7 unaccounted for (Japanese aid consultants), by the report’s own count, paragraph 6',
    );
  });

  test('a figure from the attackers’ side is a claim by “the terrorists”, as the report words it, and names who would not confirm it', () => {
    expect(describeFigure(getFigure('killed-attackers-claim'), index)).toBe(
      '24 killed (victims), claimed by the terrorists; not confirmed by Bangladeshi police, paragraph 5',
    );
    expect(describeFigure(getFigure('wounded-attackers-claim'), index)).toBe(
      '40 wounded (people), claimed by the terrorists; not confirmed by Bangladeshi police, paragraph 5',
    );
  });

  test('a death the report words as “died” or “dead” reads “dead”, never “killed”', () => {
    expect(describeFigure(getFigure('dead-police-officers-police'), index)).toBe(
      '2 dead (police officers), according to Bangladeshi police, paragraph 5',
    );
    expect(describeFigure(getFigure('dead-foreign-hostages-military'), index)).toBe(
      '20 dead (foreign hostages), according to a military official, paragraph 5',
    );
  });

  test('the gunmen killed read as killed, in the report’s own voice', () => {
    expect(describeFigure(getFigure('gunmen-killed-report'), index)).toBe(
      '6 killed (gunmen), by the report’s own count, paragraph 1',
    );
  });

  test('an Indian hostage among those murdered is “at least 1”, not a count', () => {
    expect(describeFigure(getFigure('killed-indian-swaraj'), index)).toBe(
      'At least 1 killed (Indian hostages), according to Sushma Swaraj, paragraph 10',
    );
  });

  test('a figure from anyone else is given “according to” them, with its qualifier', () => {
    expect(describeFigure(getFigure('staff-present-employee'), index)).toBe(
      '15 to 20 present (café staff), according to a café employee who escaped, paragraph 19',
    );
    expect(describeFigure(getFigure('customers-present-employee'), index)).toBe(
      'Around 20 present (customers), according to a café employee who escaped, paragraph 19',
    );
    expect(describeFigure(getFigure('gunmen-witnesses'), index)).toBe(
      'Up to 9 involved (gunmen), according to witnesses, paragraph 14',
    );
    expect(describeFigure(getFigure('freed-hostages-police'), index)).toBe(
      'At least 13 freed (hostages), according to Bangladeshi police, paragraph 2',
    );
  });

  test('a figure cited in several paragraphs names each once', () => {
    const base = getFigure('killed-report');
    const figure: DeepReadonly<Figure> = {
      ...base,
      sources: [
        { document: 'report' as DocumentId, paragraph: 1, excerpt: 'a' },
        { document: 'report' as DocumentId, paragraph: 5, excerpt: 'b' },
        { document: 'report' as DocumentId, paragraph: 1, excerpt: 'c' },
      ],
    };
    expect(describeFigure(figure, index)).toMatch(/, paragraphs 1 and 5$/);
  });

  test('an unknown speaker falls back to its id rather than dropping the attribution', () => {
    const figure: DeepReadonly<Figure> = {
      ...getFigure('killed-report'),
      saidBy: 'someone-else' as EntityId,
      event: 'people-killed' as EventId,
    };
    expect(describeFigure(figure, index)).toBe(
      'At least 22 killed (people in the restaurant), according to someone-else, paragraph 1',
    );
  });

  test('describes each figure on its own and never adds figures up', () => {
    const words = index.getFigures('attackers-casualty-claim' as EventId).map((f) => describeFigure(f, index));
    expect(words).toHaveLength(2);
    for (const text of words) expect(text).not.toMatch(/\b64\b|total/i);
  });
});
