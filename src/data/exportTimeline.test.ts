// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { CSV_COLUMNS, EXPORT_JSON_SCHEMA, toTimelineCsv, toTimelineIcs, toTimelineJson } from './exportTimeline.ts';
import { timeline } from './loadTimeline.ts';
import { makeTestTimeline } from './makeTestTimeline.ts';
import { parseTimeline, parseTimelineText } from './parseTimeline.ts';
import type { LoadedTimeline } from './parseTimeline.ts';

const GENERATED_AT = new Date('2016-11-25T16:40:00+06:00');
const ICS_OPTIONS = { generatedAt: GENERATED_AT, basePath: '/' };

/** A tiny RFC 4180 reader: records end in CRLF, quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    const char = text.charAt(i);
    if (char === '"' && field === '') {
      // A quoted field runs to the next quote that is not doubled.
      i += 1;
      for (;;) {
        const end = text.indexOf('"', i);
        if (end === -1) throw new Error('unterminated quoted field');
        field += text.slice(i, end);
        if (text[end + 1] === '"') {
          field += '"';
          i = end + 2;
        } else {
          i = end + 1;
          break;
        }
      }
      if (i < text.length && text[i] !== ',' && !text.startsWith('\r\n', i)) {
        throw new Error(`text after a quoted field at ${i}`);
      }
    } else if (char === ',') {
      record.push(field);
      field = '';
      i += 1;
    } else if (text.startsWith('\r\n', i)) {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else {
      if (char === '"' || char === '\r' || char === '\n') throw new Error(`bare ${JSON.stringify(char)} at ${i}`);
      field += char;
      i += 1;
    }
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

/** The CSV as objects keyed by the header row. */
function readCsvRows(text: string): Record<string, string>[] {
  const [header = [], ...records] = parseCsv(text);
  return records.map((record) => {
    expect(record).toHaveLength(header.length);
    return Object.fromEntries(header.map((name, i) => [name, record[i] ?? '']));
  });
}

function unfoldIcs(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);
}

function unescapeIcsText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

/** Each VEVENT's properties (none here has parameters), by name. */
function readIcsEvents(text: string): Map<string, string>[] {
  const events: Map<string, string>[] = [];
  let current: Map<string, string> | undefined;
  for (const line of unfoldIcs(text)) {
    if (line === 'BEGIN:VEVENT') current = new Map();
    else if (line === 'END:VEVENT' && current !== undefined) {
      events.push(current);
      current = undefined;
    } else if (current !== undefined) {
      const colon = line.indexOf(':');
      current.set(line.slice(0, colon), line.slice(colon + 1));
    }
  }
  return events;
}

function getCalendarProperty(text: string, name: string): string | undefined {
  const line = unfoldIcs(text).find((l) => l.startsWith(`${name}:`));
  return line?.slice(name.length + 1);
}

function expectWellFormedIcs(text: string) {
  expect(text.endsWith('\r\n')).toBe(true);
  const lines = text.split('\r\n').slice(0, -1);
  for (const line of lines) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    // A lone surrogate would mean a character was cut in two.
    expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  }
}

/** The test timeline with some fields changed; it must still pass the validator. */
function makeCraftedTimeline(edit: (raw: ReturnType<typeof makeTestTimeline>) => void): LoadedTimeline {
  const raw = makeTestTimeline();
  edit(raw);
  const result = parseTimeline(raw);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.timeline;
}

describe('toTimelineCsv', () => {
  const csv = toTimelineCsv(timeline);
  const rows = readCsvRows(csv);
  const getRow = (id: string) => rows.find((row) => row.id === id);

  test('has a header row and one row per event, in reading order, each ending in CRLF', () => {
    const records = parseCsv(csv);
    expect(records).toHaveLength(26);
    expect(records[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.map((row) => row.id)).toEqual(timeline.events.map((e) => e.id));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).not.toMatch(/[^\r]\n/);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
  });

  test('gives the exact entry its UTC instant, category label, place and cited sources', () => {
    expect(getRow('gunmen-storm-cafe')).toMatchObject({
      category: 'The attack',
      status: 'attributed',
      time_kind: 'exact',
      time_precision: 'minute',
      earliest_utc: '2016-07-01T15:20:00Z',
      latest_utc: '2016-07-01T15:20:00Z',
      best_utc: '2016-07-01T15:20:00Z',
      zone: 'Asia/Dhaka',
      time_basis: 'stated',
      place: 'Holey Artisan Bakery',
      entities: 'The gunmen; Witnesses; Customers; Café staff',
    });
    expect(getRow('gunmen-storm-cafe')?.sources).toMatch(
      /^¶14 \(witnesses\): Witnesses described up to nine gunmen .* \| ¶18 \(Gowher Rizvi\): the gunmen ran/,
    );
  });

  test('leaves the instants of an order-only event empty and lists its neighbours', () => {
    expect(getRow('police-casualty-statement')).toMatchObject({
      time_kind: 'order',
      time_precision: 'order',
      earliest_utc: '',
      latest_utc: '',
      best_utc: '',
      after: 'attackers-casualty-claim police-officers-killed',
      before: 'military-official-statement',
    });
  });

  test('gives a window its bounds and no best estimate when the data has none', () => {
    expect(getRow('troops-raid-cafe')).toMatchObject({
      time_kind: 'interval',
      time_precision: 'window',
      earliest_utc: '2016-07-01T17:20:00Z',
      latest_utc: '2016-07-02T06:00:00Z',
      best_utc: '',
    });
  });

  test('lists relations as kind:id', () => {
    const withRelations = timeline.events.find((e) => (e.relations ?? []).length > 0);
    expect(withRelations).toBeDefined();
    const expected = (withRelations?.relations ?? []).map((r) => `${r.kind}:${r.event}`).join(' ');
    expect(getRow(withRelations?.id ?? '')?.related).toBe(expected);
  });

  test('defuses cells a spreadsheet would run as formulas with a leading apostrophe', () => {
    const crafted = makeCraftedTimeline((raw) => {
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
    const crafted = makeCraftedTimeline((raw) => {
      const entry = raw.events[0];
      if (entry === undefined) throw new Error('no events');
      entry.summary = summary;
      entry.title = title;
    });
    const csv = toTimelineCsv(crafted);
    expect(csv).toContain('"Quotes ""inside"", commas"');
    expect(readCsvRows(csv)[0]).toMatchObject({ id: 'entry', title, summary });
  });
});

describe('toTimelineIcs', () => {
  const ics = toTimelineIcs(timeline, { ...ICS_OPTIONS, siteUrl: 'https://example.org' });
  const events = readIcsEvents(ics);
  const timed = timeline.events.filter((e) => e.time.kind !== 'order');

  test('keeps every line within 75 octets, with CRLF line ends only', () => {
    expectWellFormedIcs(ics);
    expect(ics).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//holey-artisan-timeline//EN\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  test('names the calendar and says how many events have no time', () => {
    expect(unescapeIcsText(getCalendarProperty(ics, 'X-WR-CALNAME') ?? '')).toBe(timeline.meta.title);
    const untimed = timeline.events.length - timed.length;
    expect(untimed).toBeGreaterThan(0);
    expect(unescapeIcsText(getCalendarProperty(ics, 'X-WR-CALDESC') ?? '')).toContain(
      `${untimed} of the ${timeline.events.length} events have no stated time`,
    );
    expect(getCalendarProperty(ics, 'CALSCALE')).toBe('GREGORIAN');
  });

  test('has one VEVENT per event with instants, with unique UIDs', () => {
    expect(events).toHaveLength(timed.length);
    expect(ics.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(timed.length);
    const uids = events.map((e) => e.get('UID'));
    expect(uids).toEqual(timed.map((e) => `${e.id}@holey-artisan-timeline`));
    expect(new Set(uids).size).toBe(uids.length);
  });

  test('puts the exact entry at its UTC minute, with its summary, status, sources and link', () => {
    const entry = events.find((e) => e.get('UID') === 'gunmen-storm-cafe@holey-artisan-timeline');
    const event = timeline.events.find((e) => e.id === 'gunmen-storm-cafe');
    expect(entry?.get('DTSTART')).toBe('20160701T152000Z');
    expect(entry?.get('DURATION')).toBe('PT0M');
    expect(entry?.has('DTEND')).toBe(false);
    expect(entry?.get('DTSTAMP')).toBe('20161125T104000Z');
    expect(entry?.get('URL')).toBe('https://example.org/events/gunmen-storm-cafe/');
    expect(entry?.get('CATEGORIES')).toBe('The attack');
    expect(unescapeIcsText(entry?.get('SUMMARY') ?? '')).toBe(event?.title);
    const description = unescapeIcsText(entry?.get('DESCRIPTION') ?? '');
    expect(description.startsWith(`${event?.summary ?? ''}\n\nWhen: Exact time stated by the report.\n`)).toBe(true);
    expect(description).toContain(`\nHow the time is known: ${event?.time.known ?? ''}\n`);
    expect(description).toContain('\nStatus: Attributed to witnesses and Gowher Rizvi.\n');
    expect(description).toContain('\n¶14 (witnesses): Witnesses described');
  });

  test('spans a window from its earliest to its latest instant and says the end is uncertain', () => {
    const siege = events.find((e) => e.get('UID') === 'siege-standoff@holey-artisan-timeline');
    expect(siege?.get('DTSTART')).toBe('20160701T152000Z');
    expect(siege?.get('DTEND')).toBe('20160702T060000Z');
    expect(unescapeIcsText(siege?.get('DESCRIPTION') ?? '')).toContain(
      'When: Lasted through a window whose end is uncertain: from 15:20 on 1 July 2016 to no later than 06:00 on 2 July 2016 (UTC).',
    );
    const raid = events.find((e) => e.get('UID') === 'troops-raid-cafe@holey-artisan-timeline');
    expect(unescapeIcsText(raid?.get('DESCRIPTION') ?? '')).toContain(
      'When: The report gives no exact time: some time between 17:20 on 1 July 2016 and 06:00 on 2 July 2016 (UTC).',
    );
  });

  test('leaves out URLs when no site URL is given, and honours a sub-path', () => {
    expect(toTimelineIcs(timeline, ICS_OPTIONS)).not.toContain('\r\nURL:');
    const hosted = toTimelineIcs(timeline, {
      ...ICS_OPTIONS,
      siteUrl: 'https://example.org',
      basePath: '/holey-artisan-timeline/',
    });
    expect(readIcsEvents(hosted)[0]?.get('URL')).toMatch(/^https:\/\/example\.org\/holey-artisan-timeline\/events\//);
  });

  test('escapes commas, semicolons, backslashes and line breaks in text', () => {
    const crafted = makeCraftedTimeline((raw) => {
      const entry = raw.events[0];
      if (entry === undefined) throw new Error('no events');
      entry.title = 'Claims, counter-claims; denials \\ more';
      entry.summary = 'First line, with a comma;\nsecond line.';
    });
    const [entry] = readIcsEvents(toTimelineIcs(crafted, ICS_OPTIONS));
    expect(entry?.get('SUMMARY')).toBe('Claims\\, counter-claims\\; denials \\\\ more');
    expect(entry?.get('DESCRIPTION')?.startsWith('First line\\, with a comma\\;\\nsecond line.\\n\\nWhen:')).toBe(true);
  });

  test('folds long multi-byte text without splitting a character, and unfolds it back', () => {
    const summary = `${'Café – “naïve” '.repeat(12)}${'😀'.repeat(30)} end.`;
    const crafted = makeCraftedTimeline((raw) => {
      const entry = raw.events[0];
      if (entry === undefined) throw new Error('no events');
      entry.summary = summary;
    });
    const ics = toTimelineIcs(crafted, ICS_OPTIONS);
    expectWellFormedIcs(ics);
    expect(ics.split('\r\n').filter((line) => line.startsWith(' ')).length).toBeGreaterThan(3);
    const [entry] = readIcsEvents(ics);
    expect(unescapeIcsText(entry?.get('DESCRIPTION') ?? '').startsWith(`${summary}\n\nWhen:`)).toBe(true);
  });
});

describe('toTimelineJson', () => {
  const json = toTimelineJson(timeline);

  test('round-trips to the same data, with a $schema beside it', () => {
    expect(JSON.parse(json)).toEqual({ ...timeline, $schema: EXPORT_JSON_SCHEMA });
    expect(EXPORT_JSON_SCHEMA).toBe('./timeline.schema.json');
  });

  test('is pretty-printed with two spaces, starts with $schema and ends with a newline', () => {
    expect(json.startsWith('{\n  "$schema": "./timeline.schema.json",\n  "meta": {\n    "title"')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
  });

  test('passes the validator again', () => {
    expect(parseTimelineText(json).ok).toBe(true);
  });
});
