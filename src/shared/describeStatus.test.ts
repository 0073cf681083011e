// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { describeStatus, describeStatusBriefly, STATUS_LABELS } from './describeStatus.ts';
import { indexTimeline, type TimelineIndex } from '../data/indexTimeline.ts';
import { timeline } from '../data/loadTimeline.ts';
import { makeTestTimeline } from '../../tests/support/makeTestTimeline.ts';
import { formatTimelineProblems, parseTimeline } from '../data/parseTimeline.ts';
import type { EventId } from '../data/schema.ts';

const index = indexTimeline(timeline);

/** Both wordings of one event's status. */
function describe2(eventId: string, on: TimelineIndex = index) {
  const event = on.getEvent(eventId as EventId);
  if (event === undefined) throw new Error(`No event ${eventId}`);
  return { status: event.status, full: describeStatus(event, on), brief: describeStatusBriefly(event, on) };
}

/** The small test timeline after `edit`, loaded by the real loader, so every status follows the written rules. */
function makeIndex(edit: (raw: ReturnType<typeof makeTestTimeline>) => void): TimelineIndex {
  const raw = makeTestTimeline();
  edit(raw);
  const result = parseTimeline(raw);
  if (!result.ok) throw new Error(formatTimelineProblems('the test timeline', result.problems));
  return indexTimeline(result.timeline);
}

/** Adds an event in the report's own voice that `relation` points at from the police's "denial" event. */
function withStatedTarget(raw: ReturnType<typeof makeTestTimeline>, relation: 'contradicts' | 'declines-to-confirm') {
  raw.events.push({
    id: 'report-fact',
    title: 'The report states a fact',
    summary: 'A fact in the report’s own words.',
    time: { kind: 'order', after: ['entry'], before: [], basis: 'inferred', known: 'Not given.' },
    category: 'attack',
    status: relation === 'contradicts' ? 'disputed' : 'unconfirmed',
    entities: ['gunmen'],
    sources: [{ document: 'report', paragraph: 1, excerpt: 'gunmen entered' }],
  } as never);
  const denial = raw.events.find((e) => e.id === 'denial');
  denial?.relations?.push({ kind: relation, event: 'report-fact' });
}

describe('STATUS_LABELS', () => {
  test('labels “unconfirmed” as “Not confirmed”, apart from “Disputed”', () => {
    expect(STATUS_LABELS.unconfirmed).toBe('Not confirmed');
    expect(STATUS_LABELS.disputed).toBe('Disputed');
  });
});

describe('describeStatus and describeStatusBriefly', () => {
  test('an event in the report’s own voice is said in its own words', () => {
    expect(describe2('people-killed')).toEqual({
      status: 'stated',
      full: 'The report says this in its own words.',
      brief: 'stated by the report',
    });
  });

  test('an attributed event rests on the word of each speaker, named as in a sentence', () => {
    expect(describe2('gunmen-storm-cafe')).toEqual({
      status: 'attributed',
      full: 'On the word of witnesses and Gowher Rizvi.',
      brief: 'attributed to witnesses and Gowher Rizvi',
    });
  });

  test('a claim only the attackers’ side makes names that side and says no other source confirms it', () => {
    expect(describe2('attackers-statement')).toEqual({
      status: 'claimed',
      full: 'Claimed by the attackers’ side (the group); no other source in the report confirms it.',
      brief: 'claimed by the group',
    });
  });

  test('a claim a source would not confirm names who declined, says no one contradicts it, and whose claim it is', () => {
    expect(describe2('attackers-casualty-claim')).toEqual({
      status: 'unconfirmed',
      full:
        'Bangladeshi police would not confirm it; no source in the report contradicts it. ' +
        'It is a claim from the attackers’ side (the terrorists).',
      brief: 'not confirmed by Bangladeshi police',
    });
  });

  test('a hedged event is not confirmed because the report hedges it, and names no one who declined', () => {
    for (const eventId of ['italians-believed-killed', 'agency-releases-photos']) {
      const { status, full, brief } = describe2(eventId);
      expect(status, eventId).toBe('unconfirmed');
      expect(full, eventId).toMatch(/^The report hedges it\b/);
      expect(full, eventId).not.toMatch(/would not confirm|contradict|claim/);
      expect(brief, eventId).toBe('not confirmed: hedged by the report');
    }
  });

  test('declined and hedged are worded apart though both are “not confirmed”', () => {
    const declined = describe2('attackers-casualty-claim');
    const hedged = describe2('italians-believed-killed');
    expect(declined.status).toBe(hedged.status);
    expect(declined.full).not.toBe(hedged.full);
    expect(declined.brief).not.toBe(hedged.brief);
  });

  test('an event the report states that a source would not confirm is not called a claim', () => {
    const declined = makeIndex((raw) => {
      withStatedTarget(raw, 'declines-to-confirm');
    });
    expect(describe2('report-fact', declined)).toEqual({
      status: 'unconfirmed',
      full: 'Police would not confirm it; no source in the report contradicts it.',
      brief: 'not confirmed by Police',
    });
  });

  test('a refusal in the report’s own voice names the report, and is never taken for a hedge', () => {
    const declined = makeIndex((raw) => {
      withStatedTarget(raw, 'declines-to-confirm');
      const denial = raw.events.find((e) => e.id === 'denial');
      for (const source of denial?.sources ?? []) delete (source as { saidBy?: string }).saidBy;
      Object.assign(denial ?? {}, { status: 'stated' });
    });
    expect(describe2('report-fact', declined)).toMatchObject({
      full: 'The report would not confirm it; no source in the report contradicts it.',
      brief: 'not confirmed by the report',
    });
  });

  test('a disputed event names who contradicted it, and never says only that they would not confirm it', () => {
    const disputed = makeIndex((raw) => {
      withStatedTarget(raw, 'contradicts');
    });
    const { status, full, brief } = describe2('report-fact', disputed);
    expect(status).toBe('disputed');
    expect(full).toBe('Police contradicted it.');
    expect(brief).toBe('disputed by Police');
    expect(full).not.toMatch(/would not confirm/);
  });

  test('a contradiction outranks a refusal to confirm in the words as in the status', () => {
    const both = makeIndex((raw) => {
      withStatedTarget(raw, 'contradicts');
      const denial = raw.events.find((e) => e.id === 'denial');
      denial?.relations?.push({ kind: 'declines-to-confirm', event: 'report-fact' });
    });
    expect(describe2('report-fact', both)).toMatchObject({ status: 'disputed', full: 'Police contradicted it.' });
  });

  test('a sentence that starts with who contradicted it starts with a capital', () => {
    const disputed = makeIndex((raw) => {
      withStatedTarget(raw, 'contradicts');
      raw.entities.push({ ...raw.entities[1], id: 'official', name: 'A military official', kind: 'person' } as never);
      const denial = raw.events.find((e) => e.id === 'denial');
      for (const source of denial?.sources ?? []) Object.assign(source, { saidBy: 'official' });
    });
    expect(describe2('report-fact', disputed).full).toBe('A military official contradicted it.');
  });

  test('every event of the real timeline has both wordings, and only a disputed one speaks of contradicting', () => {
    for (const event of timeline.events) {
      const { status, full, brief } = describe2(event.id);
      expect(full, event.id).toMatch(/^[A-Z“].*\.$/);
      expect(brief, event.id).toMatch(/^[a-z]/);
      if (status !== 'disputed') expect(full, event.id).not.toMatch(/ contradicted it/);
    }
  });
});
