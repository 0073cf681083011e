// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { getProblemPrefix, makeLargeTimeline, MALFORMED_TIMELINES } from '../../tests/fixtures/malformedTimelines.ts';
import { makeTestTimeline } from './makeTestTimeline.ts';
import { formatTimelineProblems, MAX_EVENTS, parseTimeline, parseTimelineText } from './parseTimeline.ts';
import type { TimelineProblem } from './parseTimeline.ts';

/** How many events the curated timeline has. */
function readEventCount(): number {
  return makeLargeTimeline(0).events.length;
}

function problemsOf(raw: unknown): readonly TimelineProblem[] {
  const result = parseTimeline(raw);
  return result.ok ? [] : result.problems;
}

describe('parseTimeline', () => {
  test('accepts the test timeline and freezes it all the way down', () => {
    const result = parseTimeline(makeTestTimeline());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.isFrozen(result.timeline.events[1]?.time)).toBe(true);
  });

  test('rejects an empty file', () => {
    expect(parseTimelineText('  \n')).toEqual({ ok: false, problems: [{ path: '', message: 'the file is empty' }] });
  });

  test('rejects truncated JSON and says it is not JSON', () => {
    const text = JSON.stringify(makeTestTimeline()).slice(0, 200);
    const result = parseTimelineText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.message).toMatch(/^not valid JSON: /);
  });

  test('rejects a wrong type and names the event and the field', () => {
    const raw = makeTestTimeline();
    Object.assign(raw.events[0] as object, { title: 42 });
    expect(problemsOf(raw)).toEqual([
      { path: 'events[0].title', recordId: 'entry', message: expect.stringMatching(/expected string/i) as string },
    ]);
  });

  test('rejects an unknown category', () => {
    const raw = makeTestTimeline();
    Object.assign(raw.events[1] as object, { category: 'weather' });
    expect(problemsOf(raw)).toEqual([
      { path: 'events[1].category', recordId: 'claim', message: 'no category has the id "weather"' },
    ]);
  });

  test('rejects a dangling reference to an entity', () => {
    const raw = makeTestTimeline();
    Object.assign(raw.events[2] as object, { entities: ['police', 'army'] });
    expect(problemsOf(raw)).toEqual([
      { path: 'events[2].entities[1]', recordId: 'denial', message: 'no entity has the id "army"' },
    ]);
  });

  test('rejects a relation to an event that does not exist', () => {
    const raw = makeTestTimeline();
    Object.assign(raw.events[2] as object, { relations: [{ kind: 'describes', event: 'nothing' }] });
    const problems = problemsOf(raw);
    expect(problems).toContainEqual({
      path: 'events[2].relations[0].event',
      recordId: 'denial',
      message: 'no event has the id "nothing"',
    });
  });

  test('rejects a duplicate id', () => {
    const raw = makeTestTimeline();
    Object.assign(raw.events[2] as object, { id: 'entry' });
    expect(problemsOf(raw)).toContainEqual({
      path: 'events[2].id',
      recordId: 'entry',
      message: 'duplicate id: another record in events has it',
    });
  });

  test('rejects an interval that ends before it starts', () => {
    const raw = makeTestTimeline();
    Object.assign(raw.events[2]?.time as object, { latest: '2016-07-01T22:00:00+06:00' });
    expect(problemsOf(raw)).toContainEqual({
      path: 'events[2].time.latest',
      recordId: 'denial',
      message: 'the interval ends before or when it starts',
    });
  });

  test('rejects an instant without an offset', () => {
    const raw = makeTestTimeline();
    Object.assign(raw.events[0]?.time as object, { at: '2016-07-01T21:20:00' });
    expect(problemsOf(raw)).toEqual([
      {
        path: 'events[0].time.at',
        recordId: 'entry',
        message: 'must be an ISO 8601 instant with an offset, such as 2016-07-01T21:20:00+06:00',
      },
    ]);
  });

  test('rejects markup in a text field', () => {
    const raw = makeTestTimeline();
    Object.assign(raw.events[1] as object, { summary: 'They <script>alert(1)</script> claimed.' });
    expect(problemsOf(raw)).toEqual([
      {
        path: 'events[1].summary',
        recordId: 'claim',
        message: 'must be plain text, without markup or HTML entities',
      },
    ]);
  });

  test('rejects an unknown time kind', () => {
    const raw = makeTestTimeline();
    Object.assign(raw.events[0] as object, { time: { kind: 'sometime', basis: 'stated', known: 'x' } });
    const [problem] = problemsOf(raw);
    expect(problem).toMatchObject({ path: 'events[0].time.kind', recordId: 'entry' });
  });

  test('rejects order constraints that form a cycle', () => {
    const raw = makeTestTimeline();
    Object.assign(raw.events[0] as object, {
      time: { kind: 'order', after: ['claim'], before: [], basis: 'inferred', known: 'x' },
    });
    const messages = problemsOf(raw).map((p) => p.message);
    expect(messages).toContain('the order constraints form a cycle: claim → entry → claim');
  });

  test('rejects events listed out of time order', () => {
    const raw = makeTestTimeline();
    Object.assign(raw.events[0]?.time as object, { at: '2016-07-02T21:20:00+06:00' });
    expect(problemsOf(raw)).toContainEqual({
      path: 'events[2].time',
      recordId: 'denial',
      message: 'it is dated before "entry", which the file lists earlier; list events in time order',
    });
  });

  test('rejects a citation of page furniture or past the last paragraph', () => {
    const raw = makeTestTimeline();
    Object.assign(raw.events[0]?.sources[0] as object, { paragraph: 4 });
    Object.assign(raw.entities[1]?.sources[0] as object, { paragraph: 9 });
    expect(problemsOf(raw)).toEqual([
      {
        path: 'events[0].sources[0].paragraph',
        recordId: 'entry',
        message: 'paragraph 4 is page furniture, not report: cite another',
      },
      {
        path: 'entities[1].sources[0].paragraph',
        recordId: 'police',
        message: "paragraph 9 is past the report's 5 paragraphs",
      },
    ]);
  });

  test('rejects an excerpt longer than a short quotation', () => {
    const raw = makeTestTimeline();
    Object.assign(raw.events[0]?.sources[0] as object, { excerpt: Array.from({ length: 31 }, () => 'word').join(' ') });
    expect(problemsOf(raw)).toEqual([
      {
        path: 'events[0].sources[0].excerpt',
        recordId: 'entry',
        message: 'the excerpt has 31 words; quote at most 30',
      },
    ]);
  });

  test('rejects a status that breaks the status rules', () => {
    const raw = makeTestTimeline();
    Object.assign(raw.events[1] as object, { status: 'stated' });
    expect(problemsOf(raw)).toEqual([
      {
        path: 'events[1].status',
        recordId: 'claim',
        message: 'the status must be "disputed" by the rules in deriveStatus.ts, not "stated"',
      },
    ]);
  });

  test('rejects a figure that points at a missing event', () => {
    const raw = makeTestTimeline();
    Object.assign(raw.figures[0] as object, { event: 'gone' });
    expect(problemsOf(raw)).toEqual([
      { path: 'figures[0].event', recordId: 'claimed-toll', message: 'no event has the id "gone"' },
    ]);
  });

  test('reports a very large file’s problems without giving up', () => {
    const raw = makeTestTimeline();
    const many = Array.from({ length: 5000 }, (_, i) => ({ ...raw.events[0], id: `copy-${i}`, category: 'nope' }));
    raw.events.push(...(many as typeof raw.events));
    const problems = problemsOf(raw);
    expect(problems.filter((p) => p.message === 'no category has the id "nope"')).toHaveLength(5000);
  });

  test('accepts a generated timeline of 10,000 events, some 9 MB', () => {
    const text = JSON.stringify(makeLargeTimeline(10_000 - readEventCount()));
    expect(text.length).toBeGreaterThan(8_000_000);
    const result = parseTimelineText(text);
    expect(result.ok ? result.timeline.events.length : result.problems.slice(0, 3)).toBe(10_000);
  });

  test('refuses a file over 20 MB before reading its JSON', () => {
    const text = `${' '.repeat(21 * 1024 * 1024)}{}`;
    expect(parseTimelineText(text)).toEqual({
      ok: false,
      problems: [{ path: '', message: 'the file is 21 MB; a timeline file may be at most 20 MB' }],
    });
  });

  test('refuses more than 50,000 events before the schema looks at any', () => {
    const raw = { ...makeTestTimeline(), events: Array.from({ length: MAX_EVENTS + 1 }, () => ({})) };
    expect(problemsOf(raw)).toEqual([
      { path: 'events', message: 'the file has 50001 events; a timeline may have at most 50000' },
    ]);
  });

  test.each(MALFORMED_TIMELINES)('rejects $name, naming the path, the record and the reason', (malformed) => {
    const result = parseTimelineText(malformed.makeText());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = formatTimelineProblems('timeline.json', result.problems).split('\n');
    const prefix = getProblemPrefix(malformed, 'timeline.json');
    expect(lines.find((line) => line.includes(prefix))).toContain(malformed.reason);
  });

  test('formats problems with the file, the path, the id and the reason', () => {
    const text = formatTimelineProblems('src/data/timeline.json', [
      { path: 'events[1].category', recordId: 'claim', message: 'no category has the id "weather"' },
    ]);
    expect(text).toBe(
      'The timeline data is invalid (1 problem):\n  src/data/timeline.json: events[1].category (id "claim"): no category has the id "weather"',
    );
  });
});
