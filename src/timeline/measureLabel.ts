import { fitText } from '../shared/fitText.ts';

/** The chart's type family: the page's own system stack. */
const CHART_FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
/** The font the chart's labels are drawn in; measuring must use the same one. */
export const LABEL_FONT = `13px ${CHART_FONT_FAMILY}`;
/**
 * The axis's labels at their boldest (a day's or a stated time's, timeline.css): measured in it, a label is never
 * drawn wider than it was measured.
 */
export const AXIS_FONT = `700 12px ${CHART_FONT_FAMILY}`;
/** Average glyph width used where there is no canvas to measure with (tests, servers). */
const FALLBACK_CHAR_PX = 7;

let context: OffscreenCanvasRenderingContext2D | null | undefined;
/** Advance width of each BMP character met so far, px, indexed by its code unit (0 = not measured yet). */
const bmpWidths = new Float32Array(0x10000);
/** The same for characters outside the BMP (emoji, flags), keyed by the character. */
const astralWidths = new Map<string, number>();

/** A canvas to measure text in `font` with, or null where there is none (tests, servers). */
function openCanvas(font: string): OffscreenCanvasRenderingContext2D | null {
  const canvas = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
  if (canvas !== null) canvas.font = font;
  return canvas;
}

function getContext(): OffscreenCanvasRenderingContext2D | null {
  if (context === undefined) context = openCanvas(LABEL_FONT);
  return context;
}

function measureWithCanvas(glyph: string): number {
  const canvas = getContext();
  return canvas === null ? FALLBACK_CHAR_PX : canvas.measureText(glyph).width;
}

/** The width of a BMP character, px, measured once and then read from the table. */
function measureBmp(code: number, glyph: string): number {
  // A zero-width character (a joiner) is measured again each time: rare, and still correct.
  const known = bmpWidths[code] ?? 0;
  if (known !== 0) return known;
  const width = measureWithCanvas(glyph);
  bmpWidths[code] = width;
  return width;
}

/** The width of a character outside the BMP (a surrogate pair), px, measured once. */
function measureAstral(glyph: string): number {
  let width = astralWidths.get(glyph);
  if (width === undefined) {
    width = measureWithCanvas(glyph);
    astralWidths.set(glyph, width);
  }
  return width;
}

/**
 * The width of the character at `i`, px: with the one after it when `isPair` (a surrogate pair), and the estimate
 * when not `isPrecise`. Small enough for the engine to inline into the loops below, which run over every character
 * of every title.
 */
function measureChar(text: string, i: number, code: number, isPair: boolean, isPrecise: boolean): number {
  if (!isPrecise) return FALLBACK_CHAR_PX;
  if (isPair) return measureAstral(text.slice(i, i + 2));
  return bmpWidths[code] || measureBmp(code, text.charAt(i));
}

/**
 * The width of a label in px, measured with a canvas when the browser has one and
 * `isPrecise` is true; estimated otherwise (on the server, and while hydrating, so
 * that the browser's first render matches the prerendered page).
 *
 * Labels are measured as the sum of their characters: a canvas call per character ever seen rather than several
 * per label. Kerning changes a 250 px label by a pixel or so, well inside the gap kept between labels. The loop
 * reads a table and allocates nothing, since it runs over every character of every title on the first render
 * (some 400,000 for 10,000 events).
 */
export function measureLabel(text: string, isPrecise = true): number {
  let width = 0;
  const last = text.length - 1;
  for (let i = 0; i <= last; i += 1) {
    const code = text.charCodeAt(i);
    const isPair = code >= 0xd800 && code <= 0xdbff && i < last;
    width += measureChar(text, i, code, isPair, isPrecise);
    if (isPair) i += 1;
  }
  return width;
}

/** True for the characters `\s` matches: JavaScript's white space and line terminators. */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** A label measured whole and word by word in one pass. */
interface MeasuredWords {
  /** The label's width, px: what `measureLabel` gives for it. */
  whole: number;
  /** Each word's width, px: what `measureLabel` gives for the word alone. */
  widths: number[];
  /** The words, split at white space as `/\s+/u` splits them. */
  words: () => string[];
}

/**
 * Measures a label and each of its words in one walk over its characters, summing in the order `measureLabel`
 * does, so the widths are the same to the last bit. Most titles wrap, and measuring each twice (whole, then word
 * by word) was the larger part of laying 10,000 of them out. Undefined for a label with a lone high surrogate,
 * which `measureLabel` pairs with whatever follows it: the caller measures that one the slow way.
 */
function measureWords(text: string, isPrecise: boolean): MeasuredWords | undefined {
  let whole = 0;
  let word = 0;
  let start = -1;
  const bounds: number[] = [];
  const widths: number[] = [];
  const endWord = (end: number) => {
    bounds.push(start, end);
    widths.push(word);
    start = -1;
    word = 0;
  };
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const isHigh = code >= 0xd800 && code <= 0xdbff;
    if (isHigh) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return undefined;
    }
    const width = measureChar(text, i, code, isHigh, isPrecise);
    whole += width;
    if (isSpace(code)) {
      if (start >= 0) endWord(i);
      continue;
    }
    if (start < 0) start = i;
    word += width;
    if (isHigh) i += 1;
  }
  if (start >= 0) endWord(text.length);
  const words = () => widths.map((_, k) => text.slice(bounds[2 * k], bounds[2 * k + 1]));
  return { whole, widths, words };
}

/**
 * The label wrapped between words into at most `maxLines` lines no wider than `maxWidth` px, and its widest line's
 * width: greedy line breaks from word widths measured once, with a last line that takes a fair share of the words
 * (no lone word left over where the lines could share them out). Only a title that cannot fit even so is cut, after
 * a whole word, with "…", by the shared fitting rule.
 */
export function wrapLabel(
  text: string,
  maxWidth: number,
  maxLines: number,
  isPrecise = true,
): { lines: string[]; width: number } {
  const measure = (value: string) => measureLabel(value, isPrecise);
  const measured = measureWords(text, isPrecise);
  const whole = measured?.whole ?? measure(text);
  if (whole <= maxWidth) return { lines: [text], width: whole };
  const words = measured?.words() ?? text.split(/\s+/u).filter((word) => word !== '');
  const widths = measured?.widths ?? words.map(measure);
  const space = measure(' ');
  // Lines are runs of words, held as the index of each line's first word: this runs for every title on the first
  // render, so it keeps numbers, not arrays of words, until the lines are known.
  const starts = [0];
  let lineWidth = 0;
  let hasLongWord = false;
  for (const [i, width] of widths.entries()) {
    hasLongWord ||= width > maxWidth;
    const isLineStart = i === starts.at(-1);
    const next = isLineStart ? width : lineWidth + space + width;
    if (!isLineStart && next > maxWidth) {
      starts.push(i);
      lineWidth = width;
    } else {
      lineWidth = next;
    }
  }
  if (starts.length > maxLines || hasLongWord) {
    const { lines: cut } = fitText(text, { maxWidth, maxLines, maxSize: 1, minSize: 1, measure, isBalanced: false });
    return { lines: cut, width: Math.max(0, ...cut.map(measure)) };
  }
  /** The width of words `from` to `to` (exclusive) set on one line, px. */
  const widthOf = (from: number, to: number) => {
    let sum = 0;
    for (let i = from; i < to; i += 1) sum = sum + (widths[i] ?? 0) + (i === from ? 0 : space);
    return sum;
  };
  // Even out the last two lines: move words down while that makes the longer of the two shorter.
  const end = words.length;
  const lastLine = starts.length - 1;
  const beforeStart = starts[lastLine - 1];
  while (beforeStart !== undefined) {
    const lastStart = starts[lastLine] ?? end;
    if (lastStart - beforeStart <= 1) break;
    const nextLast = widthOf(lastStart - 1, end);
    if (nextLast > maxWidth) break;
    const longest = Math.max(widthOf(beforeStart, lastStart), widthOf(lastStart, end));
    if (Math.max(widthOf(beforeStart, lastStart - 1), nextLast) >= longest) break;
    starts[lastLine] = lastStart - 1;
  }
  const lines: string[] = [];
  let width = 0;
  starts.forEach((from, k) => {
    const to = starts[k + 1] ?? end;
    lines.push(words.slice(from, to).join(' '));
    width = Math.max(width, widthOf(from, to));
  });
  return { lines, width };
}

/**
 * How many lines `wrapLabel` wraps the label to, without building them: the same widths, summed in the same
 * order, and the same greedy breaks (evening out the last two lines never changes their number). It allocates
 * nothing, since the chart asks it of every title to size its rows, and wraps in full only the titles it draws.
 * A title that must be cut, or has a lone surrogate, is counted by wrapping it.
 */
export function countLabelLines(text: string, maxWidth: number, maxLines: number, isPrecise = true): number {
  const space = measureLabel(' ', isPrecise);
  let whole = 0;
  let word = 0;
  let isInWord = false;
  let lines = 1;
  let lineWidth = 0;
  let isLineStart = true;
  let hasLongWord = false;
  const endWord = () => {
    const next = isLineStart ? word : lineWidth + space + word;
    if (!isLineStart && next > maxWidth) {
      lines += 1;
      lineWidth = word;
    } else {
      lineWidth = next;
    }
    isLineStart = false;
    isInWord = false;
    word = 0;
  };
  // One step past the last character, the end of the text ends the last word as a space would.
  for (let i = 0; i <= text.length; i += 1) {
    const code = i === text.length ? 0x20 : text.charCodeAt(i);
    const isHigh = code >= 0xd800 && code <= 0xdbff;
    if (isHigh) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return wrapLabel(text, maxWidth, maxLines, isPrecise).lines.length;
    }
    if (isSpace(code)) {
      if (isInWord) {
        hasLongWord ||= word > maxWidth;
        endWord();
      }
      if (i < text.length) whole += !isPrecise ? FALLBACK_CHAR_PX : bmpWidths[code] || measureBmp(code, text.charAt(i));
      continue;
    }
    const width = measureChar(text, i, code, isHigh, isPrecise);
    whole += width;
    isInWord = true;
    word += width;
    if (isHigh) i += 1;
  }
  if (whole <= maxWidth) return 1;
  if (lines > maxLines || hasLongWord) return wrapLabel(text, maxWidth, maxLines, isPrecise).lines.length;
  return lines;
}

let axisContext: OffscreenCanvasRenderingContext2D | null | undefined;
/** Axis labels measured so far, px: a few dozen short strings, which the axis asks for on every frame of a zoom. */
const axisWidths = new Map<string, number>();

/**
 * An axis label's width, px. Estimated on the server and while hydrating, as the lanes' labels are, so that the
 * first render matches the prerendered axis; in the browser, measured in the axis's own bold type. (The estimate
 * is a fair width for running text, but bold figures and "am" run up to a fifth wider: on a crowded story axis,
 * labels placed by it overlapped.)
 */
export function measureAxisLabel(label: string, isPrecise = false): number {
  if (!isPrecise) return measureLabel(label, false);
  let width = axisWidths.get(label);
  if (width === undefined) {
    if (axisContext === undefined) axisContext = openCanvas(AXIS_FONT);
    width = axisContext === null ? measureLabel(label, false) : axisContext.measureText(label).width;
    axisWidths.set(label, width);
  }
  return width;
}
