// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { timeline } from '../../src/data/loadTimeline.ts';
import { UTF8_BOM } from './csvTable.ts';
import { makeCraftedTimeline, makeUnvalidatedTimeline, parseCsv, readCsvRows } from './readDownloads.ts';
import { FIGURE_COLUMNS, REPORT_VOICE, toFiguresCsv } from './toFiguresCsv.ts';

describe('toFiguresCsv', () => {
  const csv = toFiguresCsv(timeline);
  const rows = readCsvRows(csv);
  const getRow = (id: string) => rows.find((row) => row.id === id);

  test('starts with a UTF-8 byte-order mark and the header row', () => {
    expect(csv.startsWith(`${UTF8_BOM}${FIGURE_COLUMNS.map((c) => c.name).join(',')}\r\n`)).toBe(true);
    expect(parseCsv(csv)[0]).toEqual([
      'id',
      'measure',
      'subject',
      'qualifier',
      'value',
      'min',
      'max',
      'as_given',
      'said_by',
      'not_confirmed_by',
      'paragraphs',
      'excerpts',
      'event',
      'event_title',
      'about',
      'corrected',
    ]);
  });

  test('has every figure exactly once, in the data’s order, and no total', () => {
    expect(rows.map((row) => row.id)).toEqual(timeline.figures.map((f) => f.id));
    expect(new Set(rows.map((row) => row.id)).size).toBe(timeline.figures.length);
    for (const row of rows) {
      for (const cell of [row.id, row.measure, row.subject, row.qualifier, row.as_given]) {
        expect(cell).not.toMatch(/total|sum|overall|combined/i);
      }
    }
    const values = rows.map((row) => row.value).filter((v) => v !== '');
    const sum = timeline.figures.reduce((n, f) => n + (f.value.qualifier === 'range' ? 0 : f.value.value), 0);
    expect(values).not.toContain(String(sum));
  });

  test('gives each figure its measure, qualifier, number or range, speaker and who would not confirm it', () => {
    expect(getRow('killed-attackers-claim')).toMatchObject({
      measure: 'killed',
      subject: 'victims',
      qualifier: 'exactly',
      value: '24',
      min: '',
      max: '',
      said_by: 'The terrorists',
      not_confirmed_by: 'Bangladeshi police',
      paragraphs: '5',
      excerpts: 'the terrorists’ claim to have killed 24 victims',
      event: 'attackers-casualty-claim',
    });
    expect(getRow('staff-present-employee')).toMatchObject({
      qualifier: 'range',
      value: '',
      min: '15',
      max: '20',
      as_given: '15 to 20',
    });
    expect(getRow('killed-report')).toMatchObject({
      qualifier: 'at-least',
      as_given: 'at least 22',
      said_by: REPORT_VOICE,
    });
    expect(getRow('gunmen-killed-report')?.measure).toBe('attackers-killed');
  });

  test('glosses BST beside an excerpt that says it, and names corrections', () => {
    const crafted = makeCraftedTimeline((raw) => {
      const [figure] = raw.figures;
      if (figure === undefined) throw new Error('no figures');
      figure.sources = [
        { document: 'report', paragraph: 2, excerpt: 'claimed a toll', saidBy: 'gunmen' },
        { document: 'report', paragraph: 3, excerpt: 'at 4.20pm BST', saidBy: 'gunmen' },
      ];
      raw.corrections.push({
        id: 'figure-fixed',
        date: '2026-12-02',
        records: ['claimed-toll'],
        what: 'Fixed.',
        why: 'Wrong.',
      });
    });
    const [row] = readCsvRows(toFiguresCsv(crafted));
    expect(row).toMatchObject({
      paragraphs: '2; 3',
      excerpts: 'claimed a toll | at 4.20pm BST [“BST” here is British Summer Time, UTC+1.]',
      corrected: 'figure-fixed',
      said_by: 'The gunmen',
      not_confirmed_by: 'Police',
    });
  });

  test('defuses formula cells and keeps quotes, commas and line breaks through a round trip', () => {
    const crafted = makeUnvalidatedTimeline((raw) => {
      const [figure] = raw.figures;
      if (figure === undefined) throw new Error('no figures');
      figure.subject = '=1+1';
      const gunmen = raw.entities[0];
      if (gunmen !== undefined) gunmen.name = 'The "gunmen", as\nnamed';
    });
    const [row] = readCsvRows(toFiguresCsv(crafted));
    expect(row).toMatchObject({ subject: `'=1+1`, said_by: 'The "gunmen", as\nnamed' });
  });
});
