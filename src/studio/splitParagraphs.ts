/** True for a C0 or C1 control character, which no text field may hold. */
export function isControlCharacter(character: string): boolean {
  const code = character.charCodeAt(0);
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/** True when the text holds a control character anywhere. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (isControlCharacter(text.charAt(i))) return true;
  return false;
}

/** The longest source text the studio opens, in UTF-16 units: some 60 times a long feature. */
export const MAX_SOURCE_CHARACTERS = 2_000_000;

/** The most paragraphs a source may have. */
export const MAX_PARAGRAPHS = 5_000;

export type SplitParagraphsResult = { ok: true; paragraphs: string[] } | { ok: false; message: string };

/**
 * A report's text as paragraphs. A file is one paragraph a line (`report.txt`); pasted text may instead leave
 * blank lines between paragraphs, so with `mode: 'blank-lines'` lines are joined until a blank line. Line ends
 * are `\n`, `\r\n` or `\r`; a byte-order mark and trailing blank lines are dropped; tabs become spaces and
 * other control characters are refused, since no citation could quote them.
 */
export function splitParagraphs(text: string, mode: 'lines' | 'blank-lines' = 'lines'): SplitParagraphsResult {
  if (text.length > MAX_SOURCE_CHARACTERS) {
    return {
      ok: false,
      message: `the text is ${text.length} characters long; a source may have at most ${MAX_SOURCE_CHARACTERS}`,
    };
  }
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\t/g, ' ')
    .split(/\r\n|\n|\r/);
  const control = lines.findIndex(hasControlCharacter);
  if (control !== -1) return { ok: false, message: `line ${control + 1} holds a control character` };
  let paragraphs: string[];
  if (mode === 'lines') {
    paragraphs = lines.map((line) => line.trim());
    while (paragraphs.length > 0 && paragraphs.at(-1) === '') paragraphs.pop();
  } else {
    paragraphs = [];
    let current: string[] = [];
    for (const line of [...lines, '']) {
      if (line.trim() === '') {
        if (current.length > 0) paragraphs.push(current.join(' '));
        current = [];
      } else current.push(line.trim());
    }
  }
  if (paragraphs.length === 0 || paragraphs.every((p) => p === '')) return { ok: false, message: 'the text is empty' };
  if (paragraphs.length > MAX_PARAGRAPHS) {
    return {
      ok: false,
      message: `the text has ${paragraphs.length} paragraphs; a source may have at most ${MAX_PARAGRAPHS}`,
    };
  }
  return { ok: true, paragraphs };
}

/**
 * The sentences of a paragraph as [start, end) offsets, each trimmed of the spaces around it. The runtime's own
 * sentence breaker (Unicode's rules) does the splitting: a full stop inside a number ("7.40pm"), or before a
 * closing quote, ends no sentence.
 */
export function findSentences(paragraph: string): [number, number][] {
  const sentences: [number, number][] = [];
  for (const { segment, index } of new Intl.Segmenter('en', { granularity: 'sentence' }).segment(paragraph)) {
    const start = index + (segment.length - segment.trimStart().length);
    const end = index + segment.trimEnd().length;
    if (end > start) sentences.push([start, end]);
  }
  return sentences;
}

/** The words of a paragraph as [start, end) offsets. */
export function findWords(paragraph: string): [number, number][] {
  return [...paragraph.matchAll(/\S+/g)].map((match) => [match.index, match.index + match[0].length]);
}

/** How many words a passage has, counted as the validator counts them. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
