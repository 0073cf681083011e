// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { FigureValue } from '../data/schema.ts';
import { ARROW_LENGTH, getFigureExtent, layoutFigureChart, wrapLabel } from './layoutFigureChart.ts';

const exactly = (value: number): FigureValue => ({ qualifier: 'exactly', value });
const row = (value: FigureValue, label = 'a label') => ({ value, label });

describe('getFigureExtent', () => {
  test('spans what each qualifier allows', () => {
    expect(getFigureExtent(exactly(24))).toEqual([24, 24]);
    expect(getFigureExtent({ qualifier: 'at-least', value: 22 })).toEqual([22, 22]);
    expect(getFigureExtent({ qualifier: 'up-to', value: 9 })).toEqual([0, 9]);
    expect(getFigureExtent({ qualifier: 'about', value: 20 })).toEqual([20, 20]);
    expect(getFigureExtent({ qualifier: 'range', min: 15, max: 20 })).toEqual([15, 20]);
  });

  test('an “around” figure reaches only its own value: no spread that nobody gave', () => {
    expect(getFigureExtent({ qualifier: 'about', value: 50 })).toEqual([50, 50]);
    expect(getFigureExtent({ qualifier: 'about', value: 0 })).toEqual([0, 0]);
  });
});

describe('wrapLabel', () => {
  test('breaks between words to fit, keeping a long word whole', () => {
    expect(wrapLabel('24 · victims · claimed by the attackers', 16)).toEqual([
      '24 · victims ·',
      'claimed by the',
      'attackers',
    ]);
    expect(wrapLabel('short', 16)).toEqual(['short']);
    expect(wrapLabel('extraordinarily', 5)).toEqual(['extraordinarily']);
  });
});

describe('layoutFigureChart', () => {
  test('runs from 0 to a little above the largest value, with whole-number ticks from 0', () => {
    const layout = layoutFigureChart(
      [row({ qualifier: 'at-least', value: 22 }), row(exactly(24)), row(exactly(2))],
      560,
    );
    expect(layout.domainMax).toBeGreaterThan(24);
    expect(layout.domainMax).toBeLessThanOrEqual(30);
    expect(layout.ticks[0]).toEqual({ value: 0, x: layout.plotLeft });
    expect(layout.ticks.at(-1)?.value).toBe(layout.domainMax);
    expect(layout.ticks.every((t) => Number.isInteger(t.value))).toBe(true);
  });

  test('places each figure on its own row, never combining them', () => {
    const values: FigureValue[] = [exactly(22), exactly(24), exactly(20)];
    const layout = layoutFigureChart(
      values.map((v) => row(v)),
      560,
    );
    expect(layout.rows).toHaveLength(3);
    const ys = layout.rows.map((r) => r.markY);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(new Set(ys).size).toBe(3);
    // The scale reaches only as far as the largest single figure: 22 + 24 + 20 is not on it.
    expect(layout.domainMax).toBeLessThan(66);
  });

  test('draws each qualifier at its value: an up-to bar starts at 0, “around” is a ringed dot at its value, an arrow stays inside', () => {
    const layout = layoutFigureChart(
      [
        row({ qualifier: 'up-to', value: 9 }),
        row({ qualifier: 'about', value: 20 }),
        row({ qualifier: 'range', min: 15, max: 20 }),
        row({ qualifier: 'at-least', value: 13 }),
        row(exactly(5)),
      ],
      400,
    );
    const perUnit = (layout.plotRight - layout.plotLeft) / layout.domainMax;
    const at = (n: number) => layout.plotLeft + n * perUnit;
    const marks = layout.rows.map((r) => r.mark);
    expect(marks[0]).toEqual({ kind: 'up-to', from: at(0), to: expect.closeTo(at(9)) as number });
    expect(marks[1]).toEqual({ kind: 'about', x: expect.closeTo(at(20)) as number });
    expect(marks[2]).toMatchObject({ kind: 'range' });
    if (marks[2]?.kind !== 'range') throw new Error('expected a range mark');
    expect(marks[2].from).toBeCloseTo(at(15));
    expect(marks[2].to).toBeCloseTo(at(20));
    expect(marks[3]).toMatchObject({ kind: 'at-least' });
    if (marks[3]?.kind !== 'at-least') throw new Error('expected an at-least mark');
    expect(marks[3].arrowTo).toBeCloseTo(at(13) + ARROW_LENGTH);
    expect(marks[3].arrowTo).toBeLessThan(layout.width);
    expect(marks[4]).toMatchObject({ kind: 'exactly' });
  });

  test('fits a narrow screen: labels wrap and nothing reaches past the width', () => {
    const label = '15 to 20 · café staff · a café employee who escaped';
    const layout = layoutFigureChart([row({ qualifier: 'at-least', value: 40 }, label)], 288);
    expect(layout.width).toBe(288);
    expect(layout.rows[0]?.labelLines.length).toBeGreaterThan(1);
    expect(layout.rows[0]?.labelLines.every((line) => line.length * 7 <= 288)).toBe(true);
    const mark = layout.rows[0]?.mark;
    if (mark?.kind !== 'at-least') throw new Error('expected an at-least mark');
    expect(mark.arrowTo).toBeLessThan(288);
    expect(layout.ticks.length).toBeGreaterThanOrEqual(2);
  });

  test('a figure of 0 still gets a number line', () => {
    const layout = layoutFigureChart([row(exactly(0))], 400);
    expect(layout.domainMax).toBeGreaterThan(0);
    expect(layout.ticks.map((t) => t.value)).toContain(0);
  });
});
