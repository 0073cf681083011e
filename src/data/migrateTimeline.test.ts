// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { makeTestTimeline } from '../../tests/support/makeTestTimeline.ts';
import { isOneReportFormat, migrateTimeline } from './migrateTimeline.ts';
import { parseTimeline } from './parseTimeline.ts';

/** The test timeline as a file of the format before `documents`: the report in `meta`, citations unnamed. */
function makeOneReportTimeline() {
  const { documents, ...timeline } = makeTestTimeline();
  const [report] = documents;
  const unname = <T extends { sources: { document: string }[] }>(record: T) => ({
    ...record,
    sources: record.sources.map(({ document: _document, ...source }) => source),
  });
  return {
    ...timeline,
    meta: { ...timeline.meta, paragraphCount: report?.paragraphCount, furniture: report?.furniture },
    events: timeline.events.map(unname),
    entities: timeline.entities.map(unname),
    figures: timeline.figures.map(unname),
  };
}

function problemsOf(raw: unknown) {
  const result = parseTimeline(raw);
  return result.ok ? [] : result.problems;
}

describe('a file of the format before documents', () => {
  test('reads as citing one document, "report", with the same facts', () => {
    const old = makeOneReportTimeline();
    expect(isOneReportFormat(old)).toBe(true);
    const result = parseTimeline(old);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.migrated).toBe(true);
    const today = parseTimeline(makeTestTimeline());
    if (!today.ok) throw new Error(JSON.stringify(today.problems));
    expect(today.migrated).toBe(false);
    // The same timeline but for the document's title, which an older file never gave.
    expect({ ...result.timeline, documents: [] }).toEqual({ ...today.timeline, documents: [] });
    expect(result.timeline.documents).toEqual([
      { id: 'report', title: 'The report', paragraphCount: 5, furniture: [4] },
    ]);
  });

  test('keeps the order of its keys, with the documents after the meta, and leaves the input as it was', () => {
    const old = makeOneReportTimeline();
    const before = JSON.stringify(old);
    const { value } = migrateTimeline(old);
    expect(Object.keys(value as object)).toEqual([
      'meta',
      'documents',
      'categories',
      'events',
      'entities',
      'figures',
      'corrections',
    ]);
    expect(JSON.stringify(old)).toBe(before);
  });

  test('a half-migrated file (documents, and the report still in meta) is refused naming the field', () => {
    const raw = { ...makeTestTimeline() };
    raw.meta = { ...raw.meta, ...{ paragraphCount: 5 } };
    expect(problemsOf(raw)).toEqual([
      {
        path: 'meta.paragraphCount',
        message:
          '`paragraphCount` is not a field of meta; its fields are `title`, `updated`, `description`, `zone`, `otherZones`, `contentNote`, `context`, `downloadName`',
      },
    ]);
  });

  test('a file with neither documents nor the report in meta is refused', () => {
    const { documents: _documents, ...raw } = makeTestTimeline();
    expect(problemsOf(raw)).toEqual([expect.objectContaining({ path: 'documents' })]);
  });
});

describe('documents', () => {
  test('every citation names a document the timeline has', () => {
    const raw = makeTestTimeline();
    Object.assign(raw.events[1]?.sources[0] as object, { document: 'statement' });
    expect(problemsOf(raw)).toEqual([
      { path: 'events[1].sources[0].document', recordId: 'claim', message: 'no document has the id "statement"' },
    ]);
  });

  test('a citation of a second document is checked against that document’s paragraphs and furniture', () => {
    const raw = makeTestTimeline();
    raw.documents.push({ id: 'statement', title: 'A police statement', paragraphCount: 2, furniture: [2] });
    Object.assign(raw.events[1]?.sources[0] as object, { document: 'statement', paragraph: 1 });
    expect(problemsOf(raw)).toEqual([]);
    Object.assign(raw.events[1]?.sources[0] as object, { paragraph: 2 });
    Object.assign(raw.events[2]?.sources[0] as object, { document: 'statement', paragraph: 3 });
    expect(problemsOf(raw)).toEqual([
      {
        path: 'events[1].sources[0].paragraph',
        recordId: 'claim',
        message: 'paragraph 2 of document "statement" is page furniture, not report: cite another',
      },
      {
        path: 'events[2].sources[0].paragraph',
        recordId: 'denial',
        message: 'paragraph 3 is past the 2 paragraphs of document "statement"',
      },
    ]);
  });

  test('ids are unique, furniture lies inside the document, and an address is http or https', () => {
    const raw = makeTestTimeline();
    raw.documents.push({ id: 'report', title: 'Again', paragraphCount: 3, furniture: [4] });
    expect(problemsOf(raw)).toEqual([
      { path: 'documents[1].id', recordId: 'report', message: 'duplicate id: another record in documents has it' },
      {
        path: 'documents[1].furniture[0]',
        recordId: 'report',
        message: "paragraph 4 is past the document's 3 paragraphs",
      },
    ]);
    const linked = makeTestTimeline();
    Object.assign(linked.documents[0] as object, { url: 'javascript:alert(1)' });
    expect(problemsOf(linked)).toEqual([
      expect.objectContaining({ path: 'documents[0].url', message: 'must be an http or https address' }),
    ]);
    Object.assign(linked.documents[0] as object, {
      url: 'https://example.org/report',
      publisher: 'A paper',
      date: '2016-07-02',
    });
    expect(problemsOf(linked)).toEqual([]);
  });
});
