import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import timelineJson from '../data/timeline.json';
import { checkDraft } from './checkDraft.ts';
import { addCitation, addEvent, renameEvent } from './draftEdits.ts';
import { createHistory, draftHistoryReducer } from './draftHistory.ts';
import { findChangedRecords } from './proposeCorrection.ts';
import { proposeId, slugify } from './slugify.ts';
import { splitParagraphs } from './splitParagraphs.ts';
import { createEmptyDraft, formatTimelineFile, fromTimelineFile, toTimelineFile } from './studioModel.ts';
import type { TimelineFile } from './studioModel.ts';
import { resolveTimelineFile } from './studioSavePlugin.ts';
import { fromZonedInputValue, toZonedInputValue } from './zonedInput.ts';

const file = timelineJson as unknown as TimelineFile;

describe('the draft model', () => {
  it('opens and writes the curated timeline without changing a single fact', () => {
    const draft = fromTimelineFile(file);
    expect(toTimelineFile(draft)).toEqual(file);
    expect(checkDraft(draft).problems).toEqual([]);
    expect(draft.timeline.events.every((e) => e.sources.every((s) => s.document === 'report'))).toBe(true);
  });

  it('saves a citation of a second document with that document, checked against its text', () => {
    const draft = fromTimelineFile(file, [
      { id: 'report', title: 'Report', paragraphCount: 23, furniture: [8, 13] },
      { id: 'other', title: 'Other', paragraphCount: 1, furniture: [], paragraphs: ['Words here.'] },
    ]);
    const at = `events[0].sources[${file.events[0]?.sources.length ?? 0}]`;
    const cited = addCitation(draft, 'events', 0, { document: 'other', paragraph: 1, excerpt: 'Words here.' });
    expect(checkDraft(cited).problems).toEqual([]);
    const saved = toTimelineFile(cited);
    expect(saved.documents).toEqual([
      file.documents[0],
      { id: 'other', title: 'Other', paragraphCount: 1, furniture: [] },
    ]);
    expect(saved.events[0]?.sources.at(-1)).toEqual({ document: 'other', paragraph: 1, excerpt: 'Words here.' });
    const misquoted = addCitation(draft, 'events', 0, { document: 'other', paragraph: 1, excerpt: 'Words there.' });
    expect(checkDraft(misquoted).problems).toEqual([
      expect.objectContaining<Record<string, unknown>>({
        path: `${at}.excerpt`,
        message: expect.stringMatching(/not verbatim in paragraph 1 of document "other"/),
      }),
    ]);
    const unknown = addCitation(draft, 'events', 0, { document: 'elsewhere', paragraph: 1, excerpt: 'Words here.' });
    expect(checkDraft(unknown).problems).toEqual([
      expect.objectContaining<Record<string, unknown>>({
        path: `${at}.document`,
        message: 'no document has the id "elsewhere"',
      }),
    ]);
  });

  it('reports an excerpt that is not word for word in its paragraph', () => {
    const report = readFileSync(resolve(process.cwd(), 'tests/fixtures/studioReport.txt'), 'utf8');
    const split = splitParagraphs(report);
    if (!split.ok) throw new Error(split.message);
    const document = {
      id: 'report',
      title: 'Fixture',
      paragraphCount: split.paragraphs.length,
      furniture: [3],
      paragraphs: split.paragraphs,
    };
    const { draft } = addEvent(createEmptyDraft(document, '2026-01-01'), 'A fire');
    const cited = addCitation(draft, 'events', 0, {
      document: 'report',
      paragraph: 1,
      excerpt: 'A fire broke out at the Docks',
    });
    expect(checkDraft(cited).problems).toContainEqual(
      expect.objectContaining<Record<string, unknown>>({
        path: 'events[0].sources[0].excerpt',
        message: expect.stringMatching(/not verbatim in paragraph 1 of document "report"/),
      }),
    );
  });

  it('keeps a published id as an alias when an event is renamed, and carries references along', () => {
    const draft = fromTimelineFile(file);
    const published = new Set(file.events.map((e) => e.id));
    const first = file.events[0];
    if (first === undefined) throw new Error('no events');
    const renamed = renameEvent(draft, 0, 'renamed-event', published);
    expect(renamed.timeline.events[0]?.aliases).toContain(first.id);
    const serialised = JSON.stringify(toTimelineFile(renamed));
    expect(serialised).not.toMatch(new RegExp(`"(?:event|after|before)":\\s*\\[?"${first.id}"`));
    expect(findChangedRecords(file, toTimelineFile(renamed))).toEqual(
      expect.arrayContaining([first.id, 'renamed-event']),
    );
  });

  it('flags a new event’s placeholder time to review, under its id as that follows the title, and never saves it', () => {
    const draft = fromTimelineFile(file);
    const { draft: added, index } = addEvent(draft, 'A new event');
    const id = added.timeline.events[index]?.id ?? '';
    expect(added.review[id]).toEqual({ reasons: ['time'], notes: [], origin: 'new' });
    const renamed = renameEvent(added, index, 'a-better-title', new Set());
    expect(renamed.review['a-better-title']).toEqual({ reasons: ['time'], notes: [], origin: 'new' });
    expect(renamed.review[id]).toBeUndefined();
    expect(JSON.stringify(toTimelineFile(renamed))).not.toMatch(/"review"|"origin"/);
  });

  it('writes two-space JSON with a final newline', () => {
    expect(formatTimelineFile(file).endsWith('}\n')).toBe(true);
  });
});

describe('undo and redo', () => {
  it('joins a burst of typing in one field into one step, and steps back and forth', () => {
    const start = fromTimelineFile(file);
    const setTitle = (title: string) => (d: typeof start) => ({
      ...d,
      timeline: { ...d.timeline, meta: { ...d.timeline.meta, title } },
    });
    let history = createHistory(start);
    history = draftHistoryReducer(history, { kind: 'edit', update: setTitle('A'), key: 'meta.title', at: 0 });
    history = draftHistoryReducer(history, { kind: 'edit', update: setTitle('AB'), key: 'meta.title', at: 200 });
    history = draftHistoryReducer(history, { kind: 'edit', update: setTitle('ABC'), key: 'meta.title', at: 5000 });
    expect(history.past).toHaveLength(2);
    history = draftHistoryReducer(history, { kind: 'undo' });
    expect(history.present.timeline.meta.title).toBe('AB');
    history = draftHistoryReducer(history, { kind: 'undo' });
    expect(history.present).toBe(start);
    history = draftHistoryReducer(history, { kind: 'redo' });
    expect(history.present.timeline.meta.title).toBe('AB');
  });
});

describe('ids and times', () => {
  it('proposes slugs from titles, unique among the taken ones', () => {
    expect(slugify('Gunmen enter the café!')).toBe('gunmen-enter-the-cafe');
    expect(slugify('   ')).toBe('record');
    expect(proposeId('Raid', new Set(['raid', 'raid-2']))).toBe('raid-3');
    expect(slugify('word '.repeat(40)).length).toBeLessThanOrEqual(64);
  });

  it('reads and writes wall-clock times in the event’s zone, whatever zone the studio runs in', () => {
    expect(toZonedInputValue('2016-07-01T15:20:00Z', 'Asia/Dhaka')).toBe('2016-07-01T21:20');
    expect(fromZonedInputValue('2016-07-01T21:20', 'Asia/Dhaka')).toBe('2016-07-01T21:20:00+06:00');
    expect(fromZonedInputValue('2016-07-01T16:20', 'Europe/London')).toBe('2016-07-01T16:20:00+01:00');
    expect(fromZonedInputValue('not a time', 'UTC')).toBeUndefined();
  });
});

describe('the dev server’s save endpoint', () => {
  it('writes only .json files inside the project', () => {
    expect(resolveTimelineFile('/project', undefined)).toBe('/project/src/data/timeline.json');
    expect(resolveTimelineFile('/project', 'drafts/other.json')).toBe('/project/drafts/other.json');
    expect(resolveTimelineFile('/project', '../elsewhere.json')).toBeUndefined();
    expect(resolveTimelineFile('/project', '/etc/passwd.json')).toBeUndefined();
    expect(resolveTimelineFile('/project', 'package.js')).toBeUndefined();
    expect(resolveTimelineFile('/project', 'node_modules/x/timeline.json')).toBeUndefined();
  });
});
