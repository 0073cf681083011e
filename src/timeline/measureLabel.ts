import { fitText } from '../shared/fitText.ts';

/** The font the chart's labels are drawn in; measuring must use the same one. */
export const LABEL_FONT = '13px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
/** Average glyph width used where there is no canvas to measure with (tests, servers). */
const FALLBACK_CHAR_PX = 7;

let context: OffscreenCanvasRenderingContext2D | null | undefined;
/** Advance width of each BMP character met so far, px, indexed by its code unit (0 = not measured yet). */
const bmpWidths = new Float32Array(0x10000);
/** The same for characters outside the BMP (emoji, flags), keyed by the character. */
const astralWidths = new Map<string, number>();

function getContext(): OffscreenCanvasRenderingContext2D | null {
  if (context === undefined) {
    context = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
    if (context !== null) context.font = LABEL_FONT;
  }
  return context;
}

function measureWithCanvas(glyph: string): number {
  const canvas = getContext();
  return canvas === null ? FALLBACK_CHAR_PX : canvas.measureText(glyph).width;
}

/**
 * The width of the character starting at `text[i]`, px, and how many code units it spans. Labels are measured
 * as the sum of their characters: a canvas call per character ever seen rather than several per label, which
 * is what lets 10,000 titles lay out in a frame or two. Kerning changes a 250 px label by a pixel or so, well
 * inside the gap kept between labels.
 */
function measureGlyphAt(text: string, i: number, isPrecise: boolean): [width: number, units: number] {
  const code = text.charCodeAt(i);
  const isPair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
  if (!isPrecise) return [FALLBACK_CHAR_PX, isPair ? 2 : 1];
  if (!isPair) {
    // A zero-width character (a joiner) is measured again each time: rare, and still correct.
    const known = bmpWidths[code] ?? 0;
    if (known !== 0) return [known, 1];
    const width = measureWithCanvas(text.charAt(i));
    bmpWidths[code] = width;
    return [width, 1];
  }
  const glyph = text.slice(i, i + 2);
  let width = astralWidths.get(glyph);
  if (width === undefined) {
    width = measureWithCanvas(glyph);
    astralWidths.set(glyph, width);
  }
  return [width, 2];
}

/**
 * The width of a label in px, measured with a canvas when the browser has one and
 * `isPrecise` is true; estimated otherwise (on the server, and while hydrating, so
 * that the browser's first render matches the prerendered page).
 */
export function measureLabel(text: string, isPrecise = true): number {
  let width = 0;
  for (let i = 0; i < text.length;) {
    const [glyphWidth, units] = measureGlyphAt(text, i, isPrecise);
    width += glyphWidth;
    i += units;
  }
  return width;
}

/**
 * The label wrapped between words into at most `maxLines` lines no wider than `maxWidth` px, and its widest line's
 * width: greedy line breaks from word widths measured once, with a last line that takes a fair share of the words
 * (no lone word left over where the lines could share them out). Only a title that cannot fit even so is cut, after
 * a whole word, with "…", by the shared fitting rule. Ten thousand titles wrap in a few tens of milliseconds.
 */
export function wrapLabel(
  text: string,
  maxWidth: number,
  maxLines: number,
  isPrecise = true,
): { lines: string[]; width: number } {
  const measure = (value: string) => measureLabel(value, isPrecise);
  const whole = measure(text);
  if (whole <= maxWidth) return { lines: [text], width: whole };
  const words = text.split(/\s+/u).filter((word) => word !== '');
  const space = measure(' ');
  const widths = words.map(measure);
  const lines: number[][] = [];
  let line: number[] = [];
  let lineWidth = 0;
  widths.forEach((width, i) => {
    const next = line.length === 0 ? width : lineWidth + space + width;
    if (line.length > 0 && next > maxWidth) {
      lines.push(line);
      line = [i];
      lineWidth = width;
    } else {
      line.push(i);
      lineWidth = next;
    }
  });
  lines.push(line);
  const isTooLong = lines.length > maxLines || widths.some((width) => width > maxWidth);
  if (isTooLong) {
    const { lines: cut } = fitText(text, { maxWidth, maxLines, maxSize: 1, minSize: 1, measure, isBalanced: false });
    return { lines: cut, width: Math.max(0, ...cut.map(measure)) };
  }
  // Even out the last two lines: move words down while that makes the longer of the two shorter.
  const widthOf = (indices: readonly number[]) =>
    indices.reduce((sum, i, k) => sum + (widths[i] ?? 0) + (k === 0 ? 0 : space), 0);
  const last = lines.at(-1);
  const before = lines.at(-2);
  while (last !== undefined && before !== undefined && before.length > 1) {
    const moved = before.at(-1);
    if (moved === undefined) break;
    const nextLast = [moved, ...last];
    if (widthOf(nextLast) > maxWidth) break;
    if (Math.max(widthOf(before.slice(0, -1)), widthOf(nextLast)) >= Math.max(widthOf(before), widthOf(last))) break;
    before.pop();
    last.unshift(moved);
  }
  const texts = lines.map((indices) => indices.map((i) => words[i]).join(' '));
  return { lines: texts, width: Math.max(0, ...lines.map(widthOf)) };
}

/** An axis label's width, px: measured the same way on the server and in the browser, as the axis is prerendered. */
export function measureAxisLabel(label: string): number {
  return measureLabel(label, false);
}
