/**
 * Readers for the downloads, for tests only: a strict RFC 4180 reader and an iCalendar unfolder, so each test
 * checks what a spreadsheet or a calendar would read, not the raw text.
 */
import { expect } from 'vitest';
import { deepFreeze } from '../../src/data/deepFreeze.ts';
import { parseTimeline } from '../../src/data/parseTimeline.ts';
import type { LoadedTimeline } from '../../src/data/parseTimeline.ts';
import { makeTestTimeline } from '../../tests/support/makeTestTimeline.ts';
import type { Timeline } from '../../src/data/schema.ts';
import { UTF8_BOM } from './csvTable.ts';

/** Records of a CSV text after its byte-order mark: records end in CRLF; quoted fields may hold commas, "" and line breaks. */
export function parseCsv(text: string): string[][] {
  const body = text.startsWith(UTF8_BOM) ? text.slice(UTF8_BOM.length) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  while (i < body.length) {
    const char = body.charAt(i);
    if (char === '"' && field === '') {
      // A quoted field runs to the next quote that is not doubled.
      i += 1;
      for (;;) {
        const end = body.indexOf('"', i);
        if (end === -1) throw new Error('unterminated quoted field');
        field += body.slice(i, end);
        if (body[end + 1] === '"') {
          field += '"';
          i = end + 2;
        } else {
          i = end + 1;
          break;
        }
      }
      if (i < body.length && body[i] !== ',' && !body.startsWith('\r\n', i)) {
        throw new Error(`text after a quoted field at ${i}`);
      }
    } else if (char === ',') {
      record.push(field);
      field = '';
      i += 1;
    } else if (body.startsWith('\r\n', i)) {
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

/** The CSV as objects keyed by the header row; every record must have as many fields as the header. */
export function readCsvRows(text: string): Record<string, string>[] {
  const [header = [], ...records] = parseCsv(text);
  return records.map((record) => {
    expect(record).toHaveLength(header.length);
    return Object.fromEntries(header.map((name, i) => [name, record[i] ?? '']));
  });
}

/** The content lines of an iCalendar text, unfolded. */
export function unfoldIcs(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);
}

/** A TEXT value with its escapes undone. */
export function unescapeIcsText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

/** Each VEVENT's properties (none here has parameters), by name. */
export function readIcsEvents(text: string): Map<string, string>[] {
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

/** A calendar-level property's unescaped text. */
export function getCalendarText(text: string, name: string): string {
  const line = unfoldIcs(text).find((l) => l.startsWith(`${name}:`));
  return unescapeIcsText(line?.slice(name.length + 1) ?? '');
}

/** The test timeline with some fields changed; it must still pass the validator. */
export function makeCraftedTimeline(edit: (raw: ReturnType<typeof makeTestTimeline>) => void): LoadedTimeline {
  const raw = makeTestTimeline();
  edit(raw);
  const result = parseTimeline(raw);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.timeline;
}

/**
 * The test timeline with fields the validator would refuse (line breaks, control characters): the downloads must
 * stay well formed and safe whatever text reaches them.
 */
export function makeUnvalidatedTimeline(edit: (raw: ReturnType<typeof makeTestTimeline>) => void): LoadedTimeline {
  const raw = makeTestTimeline();
  edit(raw);
  return deepFreeze(raw as unknown as Timeline);
}

/** The test timeline as the downloads see it: its date taken from a context note, and one window of each kind. */
export function makeExportTimeline(edit: (raw: ReturnType<typeof makeTestTimeline>) => void = () => undefined) {
  return makeCraftedTimeline((raw) => {
    // The fixture's literal types know only its own events and an empty context; these are valid additions.
    const context: unknown[] = raw.meta.context;
    context.push(
      { statement: 'The report’s “Friday” is 1 July 2016.', why: 'The report gives a weekday but no date.' },
      { statement: 'The report’s “BST” is British Summer Time, UTC+1.', why: 'Readers take it for Bangladesh time.' },
    );
    const events: unknown[] = raw.events;
    events.splice(1, 0, {
      id: 'siege',
      title: 'A standoff',
      summary: 'Gunfire went on for hours.',
      time: {
        kind: 'interval',
        earliest: '2016-07-01T21:20:00+06:00',
        latest: '2016-07-02T08:00:00+06:00',
        spans: true,
        basis: 'inferred',
        known: 'For several hours.',
      },
      category: 'attack',
      status: 'stated',
      entities: ['gunmen'],
      sources: [{ document: 'report', paragraph: 5, excerpt: 'for several hours' }],
    });
    edit(raw);
  });
}
