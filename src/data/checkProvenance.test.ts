// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { checkProvenance, findDifference, normaliseForProvenance, splitReportParagraphs } from './checkProvenance.ts';
import { makeTestTimeline } from '../../tests/support/makeTestTimeline.ts';
import { parseTimeline } from './parseTimeline.ts';
import type { LoadedTimeline } from './parseTimeline.ts';

/** A report that the test timeline quotes faithfully: five paragraphs, the fourth page furniture. */
const REPORT = [
  'At 9.20pm the gunmen entered the café, witnesses said.',
  'The attackers later claimed a toll of 24.',
  'The police would not confirm the figure.',
  'Subscribe to our newsletter.',
  'The siege ended the next morning.',
];

function loadTestTimeline(change: (raw: ReturnType<typeof makeTestTimeline>) => void = () => undefined) {
  const raw = makeTestTimeline();
  change(raw);
  const result = parseTimeline(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.timeline;
}

function withExcerpt(excerpt: string): LoadedTimeline {
  return loadTestTimeline((raw) => Object.assign(raw.events[0]?.sources[0] as object, { excerpt }));
}

/** The test timeline's one document's text. */
const textsOf = (paragraphs: readonly string[]) => new Map([['report', paragraphs]]);

describe('checkProvenance', () => {
  test('passes a timeline whose every excerpt stands in the paragraph it cites', () => {
    expect(checkProvenance(loadTestTimeline(), textsOf(REPORT))).toEqual([]);
  });

  test('names the path, the record, the paragraph and the word where a misquote parts from the report', () => {
    expect(checkProvenance(withExcerpt('the gunmen stormed the café'), textsOf(REPORT))).toEqual([
      {
        kind: 'misquote',
        path: 'events[0].sources[0].excerpt',
        recordId: 'entry',
        document: 'report',
        paragraph: 1,
        excerpt: 'the gunmen stormed the café',
        differingWord: 'stormed',
        paragraphHas: 'entered the café, witnesses said.',
        message:
          'the excerpt is not verbatim in paragraph 1 of document "report": it has "stormed" where the paragraph has "entered the café, witnesses said."',
      },
    ]);
  });

  test('names the first word when the paragraph does not have even that', () => {
    const [problem] = checkProvenance(
      withExcerpt('gunmen stormed'),
      textsOf(REPORT.slice(0, 1).concat('x', 'y', 'z', 'w')),
    );
    expect(problem).toMatchObject({ differingWord: 'stormed' });
    const [other] = checkProvenance(withExcerpt('assailants entered'), textsOf(REPORT));
    expect(other).toMatchObject({
      differingWord: 'assailants',
      message: 'the excerpt is not verbatim in paragraph 1 of document "report": "assailants" is not in that paragraph',
    });
    expect(other).not.toHaveProperty('paragraphHas');
  });

  test('finds an excerpt that quotes the right words from the wrong paragraph', () => {
    const timeline = loadTestTimeline((raw) => Object.assign(raw.figures[0]?.sources[0] as object, { paragraph: 3 }));
    expect(checkProvenance(timeline, textsOf(REPORT))).toEqual([
      expect.objectContaining({ path: 'figures[0].sources[0].excerpt', recordId: 'claimed-toll', paragraph: 3 }),
    ]);
  });

  test('checks the excerpts of entities as well as of events and figures', () => {
    const timeline = loadTestTimeline((raw) =>
      Object.assign(raw.entities[1]?.sources[0] as object, { excerpt: 'army' }),
    );
    expect(checkProvenance(timeline, textsOf(REPORT))).toEqual([
      expect.objectContaining({ path: 'entities[1].sources[0].excerpt', recordId: 'police', differingWord: 'army' }),
    ]);
  });

  test('ignores differences of white space and of curly against straight quotes', () => {
    const report = ['He said “the gunmen  entered\tthe café’s door”.', ...REPORT.slice(1)];
    expect(checkProvenance(withExcerpt('"the gunmen entered the café\'s door"'), textsOf(report))).toEqual([]);
  });

  test('does not ignore a changed letter, a dropped word or changed punctuation', () => {
    expect(findDifference('gunmen enterd', REPORT[0] ?? '')).toEqual({
      differingWord: 'enterd',
      paragraphHas: 'entered the café, witnesses said.',
    });
    expect(findDifference('the café witnesses', REPORT[0] ?? '')).toMatchObject({ differingWord: 'witnesses' });
    expect(findDifference('witnesses said!', REPORT[0] ?? '')).toMatchObject({ differingWord: 'said!' });
  });

  test('reports a paragraph the report does not have, and a report of another length', () => {
    expect(checkProvenance(loadTestTimeline(), textsOf(REPORT.slice(0, 2)))).toEqual([
      {
        kind: 'paragraph-count',
        path: 'documents[0].paragraphCount',
        recordId: 'report',
        document: 'report',
        paragraphs: 2,
        message:
          'the text of document "report" has 2 paragraphs, not 5: is it the document this timeline cites? (REPORT_FILE names the first document\'s text, SOURCES_DIR the folder of the others\')',
      },
      {
        kind: 'missing-paragraph',
        path: 'events[2].sources[0].paragraph',
        recordId: 'denial',
        document: 'report',
        paragraph: 3,
        message: 'paragraph 3 is not in document "report", which has 2',
      },
      expect.objectContaining({ kind: 'missing-paragraph', path: 'entities[1].sources[0].paragraph' }),
    ]);
  });

  test('checks each citation against its own document, and leaves a document without a text unchecked', () => {
    const timeline = loadTestTimeline((raw) => {
      raw.documents.push({ id: 'statement', title: 'A police statement', paragraphCount: 1, furniture: [] });
      Object.assign(raw.events[0]?.sources[0] as object, { document: 'statement', excerpt: 'all hostages freed' });
    });
    expect(checkProvenance(timeline, textsOf(REPORT))).toEqual([]);
    const texts = new Map([...textsOf(REPORT), ['statement', ['Police said all hostages were freed.']]]);
    expect(checkProvenance(timeline, texts)).toEqual([
      expect.objectContaining({
        kind: 'misquote',
        path: 'events[0].sources[0].excerpt',
        document: 'statement',
        differingWord: 'freed',
        message:
          'the excerpt is not verbatim in paragraph 1 of document "statement": it has "freed" where the paragraph has "were freed."',
      }),
    ]);
    texts.set('statement', ['Police said all hostages freed by noon.']);
    expect(checkProvenance(timeline, texts)).toEqual([]);
  });
});

describe('splitReportParagraphs', () => {
  test('makes line n paragraph n, whatever the line endings, without an empty last paragraph', () => {
    expect(splitReportParagraphs('One.\nTwo.\r\nThree.\n')).toEqual(['One.', 'Two.', 'Three.']);
    expect(splitReportParagraphs('One.\n\nThree.')).toEqual(['One.', '', 'Three.']);
  });
});

describe('normaliseForProvenance', () => {
  test('straightens quotes, collapses white space and composes accents', () => {
    expect(normaliseForProvenance('  “Cafe\u0301’s”\n\tdoor ')).toBe('"Café\'s" door');
  });
});
