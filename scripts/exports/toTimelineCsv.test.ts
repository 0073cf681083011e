// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { timeline } from '../../src/data/loadTimeline.ts';
import { UTF8_BOM } from './csvTable.ts';
import {
  makeCraftedTimeline,
  makeUnvalidatedTimeline,
  makeExportTimeline,
  parseCsv,
  readCsvRows,
} from './readDownloads.ts';
import { EVENT_COLUMNS, toTimelineCsv } from './toTimelineCsv.ts';

const BST_GLOSS = '[“BST” here is British Summer Time, UTC+1.]';

describe('toTimelineCsv', () => {
  const csv = toTimelineCsv(timeline);
  const rows = readCsvRows(csv);
  const getRow = (id: string) => rows.find((row) => row.id === id);

  test('starts with a UTF-8 byte-order mark, so Excel opens accented names correctly', () => {
    expect(csv.startsWith(`${UTF8_BOM}id,title,`)).toBe(true);
    expect([...Buffer.from(csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv).toContain('Café staff');
  });

  test('has a header row and one row per event, in reading order, each record ending in CRLF', () => {
    const records = parseCsv(csv);
    expect(records).toHaveLength(timeline.events.length + 1);
    expect(records[0]).toEqual(EVENT_COLUMNS.map((column) => column.name));
    expect(rows.map((row) => row.id)).toEqual(timeline.events.map((e) => e.id));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).not.toMatch(/[^\r]\n/);
  });

  test('time_kind tells a moment inside a window from something that lasted through it', () => {
    const crafted = readCsvRows(toTimelineCsv(makeExportTimeline()));
    expect(Object.fromEntries(crafted.map((row) => [row.id, row.time_kind]))).toEqual({
      entry: 'exact',
      siege: 'window-lasting',
      claim: 'order-only',
      denial: 'window-moment',
    });
    expect(crafted.find((row) => row.id === 'siege')?.when).toMatch(/^Time not stated: lasted through the window from/);
    expect(crafted.find((row) => row.id === 'denial')?.when).toMatch(
      /^Time not stated: at one moment somewhere between 11pm on Friday 1 July 2016 and 6am on Saturday 2 July 2016, local time; it did not last through that window/,
    );
  });

  test('gives an order-only event its not_before floor, and no instants', () => {
    expect(getRow('troops-raid-cafe')).toMatchObject({
      time_kind: 'order-only',
      earliest_utc: '',
      latest_utc: '',
      best_utc: '',
      not_before_utc: '2016-07-01T17:20:00Z',
      after: 'gunmen-storm-cafe',
    });
    expect(getRow('troops-raid-cafe')?.when).toContain(
      'Not before 11.20pm on Friday 1 July 2016, local time (Dhaka, UTC+6): a floor from the report’s words, not a time it happened.',
    );
    expect(getRow('police-casualty-statement')).toMatchObject({
      time_kind: 'order-only',
      not_before_utc: '',
      after: 'attackers-casualty-claim police-officers-died',
      before: 'military-official-statement',
    });
  });

  test('says in the same row that the stated time’s date is added from outside the report', () => {
    expect(getRow('gunmen-storm-cafe')).toMatchObject({
      time_kind: 'exact',
      time_basis: 'stated',
      earliest_utc: '2016-07-01T15:20:00Z',
      zone: 'Asia/Dhaka',
    });
    expect(getRow('gunmen-storm-cafe')?.when).toBe(
      '9.20pm local time stated by the report; the date 1 July 2016 is added from outside it. Local time here is Dhaka, UTC+6.',
    );
  });

  test('carries the BST gloss in the same cell as every excerpt that says “BST”', () => {
    const cells = rows.flatMap((row) => Object.values(row)).filter((cell) => /\bBST\b/.test(cell));
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) {
      for (const citation of cell.split(' | ').filter((part) => /\bBST\b/.test(part))) {
        expect(citation.endsWith(BST_GLOSS)).toBe(true);
      }
    }
    expect(getRow('gunmen-storm-cafe')?.sources).toContain(`(4.20pm BST) ${BST_GLOSS}`);
  });

  test('keeps the citations of each row with their speakers and hedges', () => {
    expect(getRow('gunmen-storm-cafe')?.sources).toMatch(
      /^¶14 \(witnesses\): Witnesses described up to nine gunmen \| ¶14 \(witnesses\): as they burst .* \| ¶18 \(Gowher Rizvi\): /,
    );
    expect(getRow('agency-releases-photos')?.sources).toContain('¶3 (hedged): appearing to show');
  });

  test('names in `corrected` every correction that changed an event, including under an old id', () => {
    const crafted = makeCraftedTimeline((raw) => {
      const [entry] = raw.events;
      if (entry === undefined) throw new Error('no events');
      Object.assign(entry, { aliases: ['gunmen-arrive'] });
      raw.corrections.push({
        id: 'entry-renamed',
        date: '2026-12-02',
        records: ['gunmen-arrive'],
        what: 'Renamed.',
        why: 'Clearer.',
      });
    });
    const [entry, claim, denial] = readCsvRows(toTimelineCsv(crafted));
    expect(entry).toMatchObject({ aliases: 'gunmen-arrive', corrected: 'entry-renamed' });
    expect(claim?.corrected).toBe('toll-not-confirmed');
    expect(denial?.corrected).toBe('');
    const corrected = rows.filter((row) => row.corrected !== '');
    expect(corrected.length).toBeGreaterThan(0);
    for (const row of corrected) {
      for (const id of row.corrected?.split(' ') ?? []) expect(timeline.corrections.map((c) => c.id)).toContain(id);
    }
  });

  test('lists relations as kind:id', () => {
    const withRelations = timeline.events.find((e) => (e.relations ?? []).length > 0);
    const expected = (withRelations?.relations ?? []).map((r) => `${r.kind}:${r.event}`).join(' ');
    expect(getRow(withRelations?.id ?? '')?.related).toBe(expected);
  });

  test('defuses cells a spreadsheet would run as formulas with a leading apostrophe', () => {
    const crafted = makeUnvalidatedTimeline((raw) => {
      const [entry, claim, denial] = raw.events;
      if (entry === undefined || claim === undefined || denial === undefined) throw new Error('no events');
      entry.title = '=HYPERLINK("https://example.org","Click")';
      entry.summary = '+SUM(1,2)';
      entry.time.known = '-2+3';
      claim.title = '@SUM(A1:A2)';
      claim.summary = '\tcmd';
      denial.summary = '\rcmd';
      denial.title = 'A title with = + - @ inside';
      const gunmen = raw.entities[0];
      if (gunmen !== undefined) gunmen.name = '=cmd|"/c calc"!A1';
    });
    const [entry, claim, denial] = readCsvRows(toTimelineCsv(crafted));
    expect(entry).toMatchObject({
      title: `'=HYPERLINK("https://example.org","Click")`,
      summary: `'+SUM(1,2)`,
      time_known: `'-2+3`,
      entities: `'=cmd|"/c calc"!A1`,
    });
    expect(claim).toMatchObject({ title: `'@SUM(A1:A2)`, summary: `'\tcmd` });
    expect(denial).toMatchObject({ summary: `'\rcmd`, title: 'A title with = + - @ inside' });
  });

  test('keeps quotes, commas and line breaks through a round trip', () => {
    const summary = 'He said “stop” and "wait", then left.\nA second line,\r\nand a third; done.';
    const title = 'Quotes "inside", commas';
    const crafted = makeUnvalidatedTimeline((raw) => {
      const entry = raw.events[0];
      if (entry === undefined) throw new Error('no events');
      entry.summary = summary;
      entry.title = title;
    });
    const text = toTimelineCsv(crafted);
    expect(text).toContain('"Quotes ""inside"", commas"');
    expect(readCsvRows(text)[0]).toMatchObject({ id: 'entry', title, summary });
  });
});
