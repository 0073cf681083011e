import { describe, expect, it } from 'vitest';
import { createImportedDraft } from './importedTimeline.ts';
import { importText } from './importText.ts';
import { importTimelineJsCsv, importTimelineJsJson, readClock } from './importTimelineJs.ts';
import { checkDraft } from './checkDraft.ts';
import type { StudioDocument } from './studioModel.ts';

const REPORT: StudioDocument = {
  id: 'report',
  title: 'Report',
  paragraphCount: 3,
  furniture: [],
  paragraphs: ['One.', 'Two.', 'Three.'],
};

function importJson(value: unknown, zone = 'Asia/Dhaka') {
  const result = importTimelineJsJson(value, zone);
  if (!result.ok) throw new Error(result.message);
  return result.imported;
}

describe('importTimelineJsJson', () => {
  it('gives a year alone a window over that year that the event happened somewhere inside', () => {
    const { events } = importJson({ events: [{ start_date: { year: '2016' }, text: { headline: 'A year' } }] });
    expect(events[0]?.time).toMatchObject({
      kind: 'interval',
      earliest: '2016-01-01T00:00:00+06:00',
      latest: '2017-01-01T00:00:00+06:00',
      spans: false,
      basis: 'context',
    });
  });

  it('gives a month a window over the month, a day "some time on" it, an hour "about" it, a minute exactly', () => {
    const { events } = importJson({
      events: [
        { start_date: { year: 2016, month: 7 }, text: { headline: 'Month' } },
        { start_date: { year: 2016, month: 7, day: 1 }, text: { headline: 'Day' } },
        { start_date: { year: 2016, month: 7, day: 1, hour: 21 }, text: { headline: 'Hour' } },
        { start_date: { year: 2016, month: 7, day: 1, hour: 21, minute: 20 }, text: { headline: 'Minute' } },
      ],
    });
    expect(events.map((e) => e.time)).toMatchObject([
      { kind: 'interval', earliest: '2016-07-01T00:00:00+06:00', latest: '2016-08-01T00:00:00+06:00', spans: false },
      {
        kind: 'approximate',
        precision: 'day',
        earliest: '2016-07-01T00:00:00+06:00',
        at: '2016-07-01T12:00:00+06:00',
        latest: '2016-07-02T00:00:00+06:00',
      },
      { kind: 'approximate', precision: 'hour', at: '2016-07-01T21:00:00+06:00', latest: '2016-07-01T22:00:00+06:00' },
      { kind: 'exact', at: '2016-07-01T21:20:00+06:00' },
    ]);
  });

  it('makes a start and an end a window the event lasted through', () => {
    const { events } = importJson({
      events: [
        {
          start_date: { year: 2016, month: 7, day: 1, hour: 21, minute: 20 },
          end_date: { year: 2016, month: 7, day: 2 },
          text: { headline: 'Siege' },
        },
      ],
    });
    expect(events[0]?.time).toMatchObject({
      kind: 'interval',
      earliest: '2016-07-01T21:20:00+06:00',
      latest: '2016-07-03T00:00:00+06:00',
      spans: true,
    });
  });

  it('turns HTML into plain text and keeps a group, leaving out what it cannot date', () => {
    const imported = importJson({
      title: { text: { headline: 'The <b>story</b>', text: '<p>About it</p>' } },
      events: [
        { start_date: { year: 2016 }, text: { headline: 'A &amp; B', text: 'First<br>second' }, group: 'Police' },
        { start_date: { year: 2016, day: 3 }, text: { headline: 'Broken' } },
        { text: { headline: 'No date' } },
      ],
    });
    expect(imported.title).toBe('The story');
    expect(imported.events).toHaveLength(1);
    expect(imported.events[0]).toMatchObject({ title: 'A & B', summary: 'First second', group: 'Police' });
    expect(imported.warnings.join(' ')).toMatch(/gives a day but no month/);
    expect(imported.warnings.join(' ')).toMatch(/no start_date/);
  });

  it('refuses a file without events', () => {
    expect(importTimelineJsJson({ title: {} }, 'UTC')).toEqual({
      ok: false,
      message: 'this is not TimelineJS JSON: it has no "events" list',
    });
  });
});

describe('importTimelineJsCsv', () => {
  const header =
    'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

  it('reads the template: a title row, events with times, an era left out', () => {
    const csv = [
      header,
      ',,,,,,,,,"The story","About, with a comma",,,,,title,,',
      '2016,7,1,9:20 PM,,,,,,Gunmen enter,"They ""entered""",,,,,,Attack,',
      '2016,,,,,,,,,A year,,,,,,,,',
      '2016,7,1,,2016,7,2,,,An era,,,,,,era,,',
    ].join('\r\n');
    const result = importTimelineJsCsv(csv, 'Asia/Dhaka');
    if (!result.ok) throw new Error(result.message);
    const { imported } = result;
    expect(imported.title).toBe('The story');
    expect(imported.description).toBe('About, with a comma');
    expect(imported.events.map((e) => [e.title, e.time.kind, e.group])).toEqual([
      ['Gunmen enter', 'exact', 'Attack'],
      ['A year', 'interval', undefined],
    ]);
    expect(imported.events[0]?.summary).toBe('They "entered"');
    expect(imported.events[0]?.time).toMatchObject({ at: '2016-07-01T21:20:00+06:00' });
    expect(imported.warnings.join(' ')).toMatch(/era/);
  });

  it('reads clock times as the template writes them', () => {
    expect(readClock('21:20')).toEqual({ hour: 21, minute: 20 });
    expect(readClock('9:05 p.m.')).toEqual({ hour: 21, minute: 5 });
    expect(readClock('12 AM')).toEqual({ hour: 0 });
    expect(readClock('21:20:59')).toEqual({ hour: 21, minute: 20 });
    expect(readClock('')).toBeUndefined();
    expect(readClock('noonish')).toMatch(/not one such as/);
  });
});

describe('importText', () => {
  it('refuses prototype-polluting keys before reading anything', () => {
    const result = importText('t.json', '{"events": [], "__proto__": {"polluted": true}}', 'UTC');
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('sends our own timeline files to Open instead', () => {
    expect(importText('t.json', '{"meta": {}}', 'UTC')).toMatchObject({ ok: false, message: /open it/ });
  });

  it('refuses an unknown zone', () => {
    expect(importText('t.json', '{"events": []}', 'Mars/Olympus')).toMatchObject({ ok: false });
  });
});

describe('createImportedDraft', () => {
  it('flags every event to review, cites nothing, and sorts events by time with categories from groups', () => {
    const imported = importJson({
      events: [
        { start_date: { year: 2016, month: 7, day: 2 }, text: { headline: 'Later' }, group: 'Police' },
        { start_date: { year: 2016, month: 7, day: 1 }, text: { headline: 'Earlier' }, unique_id: 'first one' },
      ],
    });
    const draft = createImportedDraft(imported, REPORT, [REPORT], 'Asia/Dhaka', '2026-01-02');
    expect(draft.timeline.events.map((e) => e.id)).toEqual(['first-one', 'later']);
    expect(draft.timeline.events.every((e) => e.sources.length === 0)).toBe(true);
    expect(draft.timeline.categories.map((c) => c.label)).toEqual(['Events', 'Police']);
    expect(draft.review).toEqual({
      'first-one': { reasons: ['time', 'claims'], notes: ['TimelineJS gave the date as 2016-07-01.'] },
      later: { reasons: ['time', 'claims'], notes: ['TimelineJS gave the date as 2016-07-02.'] },
    });
    // Nothing cited: the validator says so for every event.
    const problems = checkDraft(draft).problems.filter((p) => p.path.endsWith('.sources'));
    expect(problems).toHaveLength(2);
  });
});
