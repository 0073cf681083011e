/** Text set to fit a box: its lines, the size they are set at, and whether words had to be cut. */
export interface FittedText {
  /** The lines, top to bottom; empty for a text with no words. */
  lines: string[];
  /** Font size, px. */
  size: number;
  /** True when even at the smallest size the text did not fit and the last line ends with "…". */
  isCut: boolean;
}

/** The box and the sizes a text may take. */
export interface FitOptions {
  /** The widest a line may be, px. */
  maxWidth: number;
  /** The most lines it may take; `Infinity` for as many as it needs. */
  maxLines: number;
  /** The size to try first, px. */
  maxSize: number;
  /** The smallest size before words are cut, px. */
  minSize: number;
  /** The width of a string at a size, px. */
  measure: (value: string, size: number) => number;
  /** Lines of even length (the previews' headlines); false for greedy breaks, each line as full as it goes. */
  isBalanced?: boolean;
  /** A word wider than a line keeps a line of its own, uncut (the figures' labels); otherwise it is cut. */
  keepsLongWords?: boolean;
}

const ELLIPSIS = '…';

/** A text set on one line fewer may be this much smaller than the size that needs the extra line. */
const FEWER_LINES_SHRINK = 0.9;

/**
 * Sets text in at most `maxLines` lines no wider than `maxWidth`: at the largest size from `maxSize` down to
 * `minSize` (in 1 px steps) at which it fits whole, broken between words, or a little smaller when that saves
 * a line; the lines are balanced unless `isBalanced` is false, so a last line is never a lone word where the
 * words could share out. Only when it cannot fit even at `minSize` is it cut after the last whole word that
 * fits, with "…" (a single word too long for a line is cut between letters, unless `keepsLongWords`). Every
 * word shown is a word of the text, so a cut label is still part of its accessible name (WCAG 2.5.3). The one
 * fitting rule for every text we set: the chart's labels (one line), the figures' labels (as many lines as they
 * need) and the preview images.
 */
export function fitText(value: string, options: FitOptions): FittedText {
  const { maxWidth, maxLines, maxSize, minSize, measure, isBalanced = true, keepsLongWords = false } = options;
  const words = value.split(/\s+/u).filter((w) => w !== '');
  if (words.length === 0) return { lines: [], size: maxSize, isCut: false };
  const linesAt = (size: number) => breakLines(words, maxWidth, (s) => measure(s, size), keepsLongWords);
  for (let size = maxSize; size >= minSize; size -= 1) {
    const lines = linesAt(size);
    if (lines === undefined || lines.length > maxLines) continue;
    let fitted = { lines, size };
    const floor = Math.max(minSize, Math.ceil(size * FEWER_LINES_SHRINK));
    for (let smaller = size - 1; smaller >= floor && fitted.lines.length > 1; smaller -= 1) {
      const fewer = linesAt(smaller);
      if (fewer !== undefined && fewer.length < fitted.lines.length) fitted = { lines: fewer, size: smaller };
    }
    return {
      lines: isBalanced ? balanceLines(words, fitted.lines, maxWidth, (s) => measure(s, fitted.size)) : fitted.lines,
      size: fitted.size,
      isCut: false,
    };
  }
  return { lines: cutToLines(words, maxWidth, maxLines, (s) => measure(s, minSize)), size: minSize, isCut: true };
}

/** The same number of lines, broken at the narrowest width that keeps that number: lines of even length. */
function balanceLines(
  words: readonly string[],
  lines: string[],
  maxWidth: number,
  measure: (s: string) => number,
): string[] {
  if (lines.length < 2) return lines;
  let best = lines;
  let [narrow, wide] = [0, maxWidth];
  for (let step = 0; step < 14; step += 1) {
    const width = (narrow + wide) / 2;
    const candidate = breakLines(words, width, measure, false);
    if (candidate !== undefined && candidate.length <= lines.length) {
      best = candidate;
      wide = width;
    } else {
      narrow = width;
    }
  }
  return best;
}

/** Greedy line breaks between words; undefined when a single word is wider than a line, unless it is kept whole. */
function breakLines(
  words: readonly string[],
  maxWidth: number,
  measure: (s: string) => number,
  keepsLongWords: boolean,
): string[] | undefined {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (!keepsLongWords && measure(word) > maxWidth) return undefined;
    const joined = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(joined) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = joined;
    }
  }
  lines.push(line);
  return lines;
}

/** The first `maxLines` lines of the text, the last ending with "…" after the last whole word that fits. */
function cutToLines(
  words: readonly string[],
  maxWidth: number,
  maxLines: number,
  measure: (s: string) => number,
): string[] {
  const lines: string[] = [];
  let index = 0;
  while (lines.length < maxLines - 1 && index < words.length) {
    const word = words[index] ?? '';
    let line = cutWord(word, maxWidth, measure, false);
    index += 1;
    // A word wider than a whole line is cut there, and the text ends with it.
    if (line !== word) return [...lines, line];
    while (index < words.length && measure(`${line} ${words[index] ?? ''}`) <= maxWidth) {
      line = `${line} ${words[index] ?? ''}`;
      index += 1;
    }
    lines.push(line);
  }
  if (index < words.length) lines.push(cutWithEllipsis(words.slice(index), maxWidth, measure));
  return lines;
}

/** As many whole words as fit with "…" after them, trailing punctuation dropped; else the first word cut. */
function cutWithEllipsis(words: readonly string[], maxWidth: number, measure: (s: string) => number): string {
  const whole = words.join(' ');
  if (measure(whole) <= maxWidth) return whole;
  for (let count = words.length - 1; count > 0; count -= 1) {
    const cut = `${words
      .slice(0, count)
      .join(' ')
      .replace(/[\s,;:.–—-]+$/u, '')}${ELLIPSIS}`;
    if (measure(cut) <= maxWidth) return cut;
  }
  return cutWord(words[0] ?? '', maxWidth, measure, true);
}

/** A word cut between letters to fit, with "…" when asked or when it was cut; a word that fits is kept whole. */
function cutWord(word: string, maxWidth: number, measure: (s: string) => number, isLast: boolean): string {
  if (measure(isLast ? `${word}${ELLIPSIS}` : word) <= maxWidth) return isLast ? `${word}${ELLIPSIS}` : word;
  const chars = Array.from(word);
  for (let count = chars.length - 1; count > 0; count -= 1) {
    const cut = `${chars.slice(0, count).join('')}${ELLIPSIS}`;
    if (measure(cut) <= maxWidth) return cut;
  }
  return ELLIPSIS;
}
