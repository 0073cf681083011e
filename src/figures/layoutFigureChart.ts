import { nice, ticks as getTicks } from 'd3-array';
import { fitText } from '../shared/fitText.ts';
import { createLinearScale } from '../time/createLinearScale.ts';
import type { DeepReadonly } from '../data/deepFreeze.ts';
import type { FigureValue } from '../data/schema.ts';
import { assertNever } from '../data/assertNever.ts';

/** Label text size, px. */
export const CHART_FONT_SIZE = 12;
/** Radius of a figure's dot, px. */
export const DOT_RADIUS = 5;
/** How far an "at least" arrow reaches past its dot, px. */
export const ARROW_LENGTH = 22;
/** Length of an arrowhead along the line, px. */
export const ARROW_HEAD = 8;
/** Distance between a wrapped label's lines, px. */
export const LABEL_LINE_HEIGHT = 15;
/** Height of a mark's band, px: room for the ring of an "around" figure (radius `DOT_RADIUS * 2.2`). */
const MARK_BAND = 22;
const ROW_GAP = 2;
const AXIS_HEIGHT = 28;
const PAD_TOP = 4;
const PAD_LEFT = 12;
/** Room right of the scale's end for an "at least" arrow and the last tick's label. */
const PAD_RIGHT = ARROW_LENGTH + 14;
/** A generous average glyph width at `CHART_FONT_SIZE`, px, so wrapped labels fit without measuring text. */
const CHAR_WIDTH = 7;
/** The narrowest the plot gets, px, so a very narrow container still shows a number line. */
const MIN_PLOT_WIDTH = 120;
/** How far apart ticks should be at least, px. */
const TICK_SPACING = 56;

/** How one figure is drawn on the number line, in px along x. */
export type MarkGeometry =
  /** Exactly this many: a filled dot. */
  | { kind: 'exactly'; x: number }
  /** At least this many: a dot with an arrow pointing right to `arrowTo`. */
  | { kind: 'at-least'; x: number; arrowTo: number }
  /** Up to this many: a bar from zero (`from`) with an arrow tip at the value (`to`). */
  | { kind: 'up-to'; from: number; to: number }
  /** Around this many: a dot at `x` in an open ring of fixed size, which says "around" without drawing a range no one gave. */
  | { kind: 'about'; x: number }
  /** Somewhere from `from` to `to`: a bar. */
  | { kind: 'range'; from: number; to: number };

/** One figure's row: its label's lines above its mark. */
export interface ChartRow {
  /** The label, wrapped to the chart's width. */
  labelLines: string[];
  /** Baseline of the label's first line, px from the top. */
  labelY: number;
  /** Centre line of the mark, px from the top. */
  markY: number;
  /** The figure's mark on the number line, in px. */
  mark: MarkGeometry;
}

/** A labelled tick on the number line. */
export interface ChartTick {
  /** The number it marks (people). */
  value: number;
  /** Its position, px from the chart's left. */
  x: number;
}

/** Everything a figure chart draws, in px. */
export interface FigureChartLayout {
  /** The chart's width, px. */
  width: number;
  /** The chart's height, px. */
  height: number;
  /** The number the line runs to from 0: a little above the largest value any figure reaches. */
  domainMax: number;
  /** x of 0, px. */
  plotLeft: number;
  /** x of `domainMax`, px. */
  plotRight: number;
  /** Whole numbers only: people are counted in wholes. */
  ticks: ChartTick[];
  /** The number line's y, px from the top. */
  axisY: number;
  /** The top of the first row, where grid lines start. */
  top: number;
  /** One row per figure, top to bottom. */
  rows: ChartRow[];
}

/** The smallest and largest number a figure's mark reaches on the line; "around" reaches only its own value. */
export function getFigureExtent(value: DeepReadonly<FigureValue>): [number, number] {
  switch (value.qualifier) {
    case 'exactly':
    case 'at-least':
      return [value.value, value.value];
    case 'up-to':
      return [0, value.value];
    case 'about':
      return [value.value, value.value];
    case 'range':
      return [Math.min(value.min, value.max), Math.max(value.min, value.max)];
    default:
      return assertNever(value);
  }
}

/** Greedy word wrap to at most `maxChars` a line; a longer word keeps a line of its own. */
export function wrapLabel(text: string, maxChars: number): string[] {
  return fitText(text, {
    maxWidth: maxChars,
    maxLines: Number.POSITIVE_INFINITY,
    maxSize: 1,
    minSize: 1,
    measure: (line) => line.length,
    isBalanced: false,
    keepsLongWords: true,
  }).lines;
}

/** One figure's mark, through the chart's scale. */
function getMarkGeometry(value: DeepReadonly<FigureValue>, x: (n: number) => number): MarkGeometry {
  switch (value.qualifier) {
    case 'exactly':
      return { kind: 'exactly', x: x(value.value) };
    case 'at-least':
      return { kind: 'at-least', x: x(value.value), arrowTo: x(value.value) + ARROW_LENGTH };
    case 'up-to':
      return { kind: 'up-to', from: x(0), to: x(value.value) };
    case 'about':
      return { kind: 'about', x: x(value.value) };
    case 'range': {
      const [from, to] = getFigureExtent(value);
      return { kind: 'range', from: x(from), to: x(to) };
    }
    default:
      return assertNever(value);
  }
}

/**
 * Lays out one measure's figures on a shared number line from 0 to a little above the largest, one row each.
 * Each figure is placed on its own; nothing is added up or averaged.
 */
export function layoutFigureChart(
  figures: readonly { value: DeepReadonly<FigureValue>; label: string }[],
  width: number,
): FigureChartLayout {
  const plotLeft = PAD_LEFT;
  const plotRight = Math.max(width - PAD_RIGHT, plotLeft + MIN_PLOT_WIDTH);
  const chartWidth = plotRight + PAD_RIGHT;
  const largest = Math.max(0, ...figures.map((f) => getFigureExtent(f.value)[1]));
  const tickCount = Math.min(8, Math.max(2, Math.floor((plotRight - plotLeft) / TICK_SPACING)));
  // d3-array's `nice` and `ticks`, as d3-scale's `scaleLinear().nice(count).ticks(count)` would give them.
  const [domainMin, domainMax] = nice(0, Math.max(largest * 1.1, largest + 1), tickCount);
  const x = createLinearScale([domainMin, domainMax], [plotLeft, plotRight]);
  const ticks = getTicks(domainMin, domainMax, tickCount)
    .filter((value) => Number.isInteger(value))
    .map((value) => ({ value, x: x(value) }));

  const maxChars = Math.max(12, Math.floor(chartWidth / CHAR_WIDTH));
  let y = PAD_TOP;
  const rows = figures.map((figure): ChartRow => {
    const labelLines = wrapLabel(figure.label, maxChars);
    const labelY = y + CHART_FONT_SIZE;
    y += labelLines.length * LABEL_LINE_HEIGHT;
    const markY = y + MARK_BAND / 2;
    y += MARK_BAND + ROW_GAP;
    return { labelLines, labelY, markY, mark: getMarkGeometry(figure.value, x) };
  });
  const axisY = y;
  return {
    width: chartWidth,
    height: axisY + AXIS_HEIGHT,
    domainMax,
    plotLeft,
    plotRight,
    ticks,
    axisY,
    top: PAD_TOP,
    rows,
  };
}
