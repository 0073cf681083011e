// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { indexTimeline } from './indexTimeline.ts';
import { timeline } from './loadTimeline.ts';
import { makeTestTimeline } from '../../tests/support/makeTestTimeline.ts';
import { formatTimelineProblems, parseTimeline } from './parseTimeline.ts';

const index = indexTimeline(timeline);
const correctionIds = (id: string) => index.getCorrections(id).map((c) => c.id);

/** The small test timeline after `edit`, loaded by the real loader. */
function makeIndex(edit: (raw: ReturnType<typeof makeTestTimeline>) => void) {
  const raw = makeTestTimeline();
  edit(raw);
  const result = parseTimeline(raw);
  if (!result.ok) throw new Error(formatTimelineProblems('the test timeline', result.problems));
  return indexTimeline(result.timeline);
}

describe('getSuccessor', () => {
  test('maps an old id to the event that took it over', () => {
    expect(index.getSuccessor('police-officers-killed')).toBe('police-officers-died');
  });

  test('gives nothing for a current id or an id no event ever had', () => {
    expect(index.getSuccessor('police-officers-died')).toBeUndefined();
    expect(index.getSuccessor('gunmen-storm-cafe')).toBeUndefined();
    expect(index.getSuccessor('no-such-event')).toBeUndefined();
  });

  test('maps every alias of an event to it', () => {
    const renamed = makeIndex((raw) => {
      Object.assign(raw.events[1] ?? {}, { aliases: ['toll-claimed', 'attackers-toll'] });
    });
    expect(renamed.getSuccessor('toll-claimed')).toBe('claim');
    expect(renamed.getSuccessor('attackers-toll')).toBe('claim');
  });
});

describe('getCorrections', () => {
  test('lists the corrections that name an event, oldest first as the log keeps them', () => {
    expect(correctionIds('gunmen-killed')).toEqual(['gunmen-killed-after-the-killings', 'places-the-report-gives']);
  });

  test('lists a correction naming an event’s old id for its current event too', () => {
    const renamed = makeIndex((raw) => {
      Object.assign(raw.events[1] ?? {}, { aliases: ['toll-claimed'] });
      raw.corrections.push({
        id: 'renamed-the-claim',
        date: '2026-12-02',
        records: ['toll-claimed'],
        what: 'The claim has a new id.',
        why: 'Its old id said more than the report.',
      });
    });
    expect(renamed.getCorrections('claim').map((c) => c.id)).toEqual(['toll-not-confirmed', 'renamed-the-claim']);
    expect(renamed.getCorrections('toll-claimed').map((c) => c.id)).toEqual(['renamed-the-claim']);
  });

  test('lists a correction that names an event by its old and its current id once', () => {
    expect(correctionIds('police-officers-died')).toEqual([
      'places-the-report-gives',
      'died-not-killed',
      'attributed-headlines',
    ]);
    expect(correctionIds('police-officers-killed')).toEqual(['died-not-killed']);
  });

  test('lists the corrections of entities and figures by their ids', () => {
    expect(correctionIds('gulshan')).toEqual(['gulshan-and-the-cafe']);
    expect(correctionIds('killed-indian-swaraj')).toEqual(['one-indian-at-least']);
  });

  test('gives no correction for a record no correction names', () => {
    expect(index.getCorrections('employee-escapes')).toEqual([]);
    expect(index.getCorrections('no-such-record')).toEqual([]);
  });

  test('gives every correction in the log to each record it names', () => {
    for (const correction of timeline.corrections) {
      for (const record of correction.records) {
        expect(correctionIds(record), `${correction.id} → ${record}`).toContain(correction.id);
      }
    }
  });
});
