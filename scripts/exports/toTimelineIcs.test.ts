// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { timeline } from '../../src/data/loadTimeline.ts';
import {
  getCalendarText,
  makeExportTimeline,
  makeUnvalidatedTimeline,
  readIcsEvents,
  unescapeIcsText,
} from './readDownloads.ts';
import { describeCalendarCount, toTimelineIcs } from './toTimelineIcs.ts';

const GENERATED_AT = new Date('2016-11-25T16:40:00+06:00');
const ICS_OPTIONS = { generatedAt: GENERATED_AT, basePath: '/' };
const BST_GLOSS = '“BST” here is British Summer Time, UTC+1.';

function expectWellFormedIcs(text: string) {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
  for (const line of text.split('\r\n').slice(0, -1)) {
    expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    // A lone surrogate would mean a character was cut in two.
    expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  }
}

const getEvent = (events: Map<string, string>[], id: string) =>
  events.find((e) => e.get('UID') === `${id}@holey-artisan-timeline`);

describe('toTimelineIcs on the real timeline', () => {
  const ics = toTimelineIcs(timeline, { ...ICS_OPTIONS, siteUrl: 'https://example.org' });
  const events = readIcsEvents(ics);
  const description = getCalendarText(ics, 'X-WR-CALDESC');

  test('keeps every line within 75 octets, with CRLF line ends only', () => {
    expectWellFormedIcs(ics);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//holey-artisan-timeline//EN\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  test('counts correctly how many events have a stated time, an inferred window or only an order', () => {
    const stated = timeline.events.filter((e) => e.time.kind !== 'order' && e.time.basis === 'stated').length;
    const orderOnly = timeline.events.filter((e) => e.time.kind === 'order').length;
    expect(stated + orderOnly).toBe(timeline.events.length);
    expect(description).toContain(
      `Of the ${timeline.events.length} events, ${stated} has a stated time, none has only an inferred window, and ${orderOnly} have only an order and are not in this calendar.`,
    );
    expect(events.map((e) => e.get('UID'))).toEqual(['gunmen-storm-cafe@holey-artisan-timeline']);
  });

  test('puts the one stated time at its minute with no length, saying its date is added from outside the report', () => {
    const entry = getEvent(events, 'gunmen-storm-cafe');
    expect(entry?.get('DTSTART')).toBe('20160701T152000Z');
    expect(entry?.get('DURATION')).toBe('PT0M');
    expect(entry?.has('DTEND')).toBe(false);
    expect(entry?.get('DTSTAMP')).toBe('20161125T104000Z');
    expect(entry?.get('URL')).toBe('https://example.org/events/gunmen-storm-cafe/');
    expect(entry?.get('CATEGORIES')).toBe('The attack');
    const event = timeline.events.find((e) => e.id === 'gunmen-storm-cafe');
    expect(unescapeIcsText(entry?.get('SUMMARY') ?? '')).toBe(event?.title);
    const text = unescapeIcsText(entry?.get('DESCRIPTION') ?? '');
    expect(text).toContain(
      '\nWhen: 9.20pm local time stated by the report; the date 1 July 2016 is added from outside it.',
    );
    expect(text).not.toContain('Exact time stated');
    expect(text).toContain(`\nHow the time is known: ${event?.time.known ?? ''}\n`);
    expect(text).toContain('\n¶14 (witnesses): Witnesses described');
  });

  test('glosses BST beside the excerpt that says it', () => {
    const text = unescapeIcsText(getEvent(events, 'gunmen-storm-cafe')?.get('DESCRIPTION') ?? '');
    expect(text).toContain(`(4.20pm BST) [${BST_GLOSS}]`);
    for (const line of text.split('\n').filter((l) => /\bBST\b/.test(l) && l.startsWith('¶'))) {
      expect(line).toContain(BST_GLOSS);
    }
  });

  test('names every assumption added from outside the report', () => {
    expect(description).toContain('Added from outside the report:');
    for (const note of timeline.meta.context) expect(description).toContain(`- ${note.statement} ${note.why}`);
  });

  test('says when it was last updated and how many corrections there are', () => {
    expect(timeline.meta.updated).toBe('2026-12-03');
    expect(description).toContain(`Last updated 3 December 2026. ${timeline.corrections.length} corrections,`);
  });

  test('names the calendar after the timeline', () => {
    expect(getCalendarText(ics, 'X-WR-CALNAME')).toBe(timeline.meta.title);
  });
});

describe('toTimelineIcs on windows', () => {
  const crafted = makeExportTimeline();
  const ics = toTimelineIcs(crafted, ICS_OPTIONS);
  const events = readIcsEvents(ics);

  test('draws no inferred window as a block of hours: each is zero length at its start, titled “Time not stated”', () => {
    const siege = getEvent(events, 'siege');
    expect(siege?.get('DTSTART')).toBe('20160701T152000Z');
    expect(siege?.get('DURATION')).toBe('PT0M');
    expect(siege?.has('DTEND')).toBe(false);
    expect(unescapeIcsText(siege?.get('SUMMARY') ?? '')).toBe(
      'Time not stated: lasted through a window between 9.20pm Fri 1 Jul 2016 and 8am Sat 2 Jul 2016 (Dhaka, UTC+6): A standoff',
    );
    const denial = getEvent(events, 'denial');
    expect(denial?.get('DTSTART')).toBe('20160701T170000Z');
    expect(denial?.get('DURATION')).toBe('PT0M');
    expect(unescapeIcsText(denial?.get('SUMMARY') ?? '')).toBe(
      'Time not stated: some time between 11pm Fri 1 Jul 2016 and 6am Sat 2 Jul 2016 (Dhaka, UTC+6): Police decline to confirm',
    );
    expect(unescapeIcsText(denial?.get('DESCRIPTION') ?? '')).toContain(
      'The calendar shows it at the start of that window, with no length; the report does not say when it happened.',
    );
    expect(ics).not.toContain('\r\nDTEND:');
  });

  test('counts one stated time, one inferred window of each kind and one order-only event, which it leaves out', () => {
    expect(getCalendarText(ics, 'X-WR-CALDESC')).toContain(
      'Of the 4 events, 1 has a stated time, 2 have only an inferred window, and 1 has only an order and is not in this calendar. An inferred window is shown at its start with no length, titled “Time not stated”.',
    );
    expect(events.map((e) => e.get('UID'))).toEqual([
      'entry@holey-artisan-timeline',
      'siege@holey-artisan-timeline',
      'denial@holey-artisan-timeline',
    ]);
  });

  test('draws a window as a block only when the report states it and the event lasted through it', () => {
    const stated = makeExportTimeline((raw) => {
      const siege = raw.events.find((e) => e.id === 'siege');
      if (siege === undefined) throw new Error('no siege');
      siege.time.basis = 'stated';
    });
    const siege = getEvent(readIcsEvents(toTimelineIcs(stated, ICS_OPTIONS)), 'siege');
    expect(siege?.get('DTEND')).toBe('20160702T020000Z');
    expect(siege?.get('SUMMARY')).toBe('A standoff');
    expect(describeCalendarCount(stated.events)).toBe(
      'Of the 4 events, 2 have a stated time, 1 has only an inferred window, and 1 has only an order and is not in this calendar. An inferred window is shown at its start with no length, titled “Time not stated”.',
    );
  });

  test('names each correction of an event in its description', () => {
    const claim = makeExportTimeline((raw) => {
      const [entry] = raw.events;
      if (entry !== undefined)
        raw.corrections.push({
          id: 'entry-fixed',
          date: '2026-12-02',
          records: [entry.id],
          what: 'Fixed.',
          why: 'Wrong.',
        });
    });
    const entry = getEvent(readIcsEvents(toTimelineIcs(claim, ICS_OPTIONS)), 'entry');
    expect(unescapeIcsText(entry?.get('DESCRIPTION') ?? '')).toContain(
      '\nCorrected: entry-fixed (see the corrections log).\n',
    );
  });
});

describe('toTimelineIcs text', () => {
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
    const crafted = makeUnvalidatedTimeline((raw) => {
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
    const crafted = makeUnvalidatedTimeline((raw) => {
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
