import { describe, expect, it } from 'vitest';
import { findSentences, findWords } from './splitParagraphs.ts';

/** The text of each [start, end) passage. */
const texts = (paragraph: string, passages: [number, number][]) =>
  passages.map(([start, end]) => paragraph.slice(start, end));

describe('the passages a key selects', () => {
  it('takes a sentence whole when a full stop sits inside a time or before a closing quote', () => {
    const paragraph =
      'Firefighters arrived at 7.40pm local time, the service said.  He said: “It was bad.” Why? They left!';
    expect(texts(paragraph, findSentences(paragraph))).toEqual([
      'Firefighters arrived at 7.40pm local time, the service said.',
      'He said: “It was bad.”',
      'Why?',
      'They left!',
    ]);
  });

  it('keeps a last sentence without a full stop, and finds none in blank text', () => {
    expect(texts('One. And two', findSentences('One. And two'))).toEqual(['One.', 'And two']);
    expect(findSentences('   ')).toEqual([]);
  });

  it('takes words as runs of anything but spaces', () => {
    const paragraph = ' Witnesses said 7.40pm, “loud” ';
    expect(texts(paragraph, findWords(paragraph))).toEqual(['Witnesses', 'said', '7.40pm,', '“loud”']);
  });
});
