// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { getProblemPrefix, makeLargeTimeline, MALFORMED_TIMELINES } from '../../tests/fixtures/malformedTimelines.ts';
import { makeTestTimeline } from '../../tests/support/makeTestTimeline.ts';
import {
  findPlaceCycles,
  formatTimelineProblems,
  getObjectNoun,
  MAX_EVENTS,
  parseTimeline,
  parseTimelineText,
  suggestKey,
} from './parseTimeline.ts';
import { toTimelineJsonSchema } from './toTimelineJsonSchema.ts';
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
        message: 'paragraph 4 of document "report" is page furniture, not report: cite another',
      },
      {
        path: 'entities[1].sources[0].paragraph',
        recordId: 'police',
        message: 'paragraph 9 is past the 5 paragraphs of document "report"',
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
        message: 'the status must be "unconfirmed" by the rules in deriveStatus.ts, not "stated"',
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

  test('names a misspelt key and the field it most likely meant', () => {
    const raw = makeTestTimeline();
    Object.assign(raw.events[0] as object, { palce: 'gunmen' });
    Object.assign(raw.events[1]?.sources[0] as object, { hedgd: true });
    Object.assign(raw.meta, { Title: 'x' });
    expect(problemsOf(raw)).toEqual([
      { path: 'meta.Title', message: '`Title` is not a field of meta; did you mean `title`?' },
      {
        path: 'events[0].palce',
        recordId: 'entry',
        message: '`palce` is not a field of an event; did you mean `place`?',
      },
      {
        path: 'events[1].sources[0].hedgd',
        recordId: 'claim',
        message: '`hedgd` is not a field of a source; did you mean `hedged`?',
      },
    ]);
  });

  test('lists the known fields when an unknown key is like none of them', () => {
    const raw = makeTestTimeline();
    Object.assign(raw.events[2]?.time as object, { confidence: 'high' });
    expect(problemsOf(raw)).toEqual([
      {
        path: 'events[2].time.confidence',
        recordId: 'denial',
        message:
          "`confidence` is not a field of an event's time; its fields are `kind`, `earliest`, `latest`, `best`, `spans`, `basis`, `known`",
      },
    ]);
  });

  test('suggests a key only when it is a near miss', () => {
    expect(suggestKey('palce', ['id', 'place', 'title'])).toBe('place');
    expect(suggestKey('partof', ['partOf', 'name'])).toBe('partOf');
    expect(suggestKey('xy', ['id', 'kind'])).toBeUndefined();
    expect(suggestKey('weather', ['place', 'title'])).toBeUndefined();
  });

  test('has a name for every kind of object in the schema', () => {
    const nouns = new Set<string>();
    const visit = (node: unknown, path: (string | number)[]) => {
      if (typeof node !== 'object' || node === null) return;
      const record = node as Record<string, unknown>;
      if (record.type === 'object') nouns.add(getObjectNoun(path));
      for (const [key, child] of Object.entries((record.properties ?? {}) as Record<string, unknown>)) {
        visit(child, [...path, key]);
      }
      if (record.items !== undefined) visit(record.items, [...path, 0]);
      for (const variants of [record.oneOf, record.anyOf]) {
        if (Array.isArray(variants)) for (const variant of variants) visit(variant, path);
      }
    };
    visit(JSON.parse(toTimelineJsonSchema()), []);
    expect(nouns).not.toContain('this object');
    expect(nouns.size).toBeGreaterThanOrEqual(12);
  });

  test.each([
    ['a control character', 'Gunmen\u001b[31m enter', 'contains U+001B, a control character, at character 7'],
    ['a line break', 'Gunmen\nenter', 'contains U+000A, a control character, at character 7'],
    ['a C1 control character', 'Gunmen\u0085enter', 'contains U+0085, a control character, at character 7'],
    [
      'a lone high surrogate',
      'Gunmen \ud800',
      'contains U+D800, a lone surrogate (half of a character), at character 8',
    ],
    ['a lone low surrogate', '\udc00 enter', 'contains U+DC00, a lone surrogate (half of a character), at character 1'],
    ['U+FFFE', 'Gunmen \uFFFE', 'contains U+FFFE, a Unicode noncharacter, at character 8'],
    ['U+FDD0', 'Gunmen \uFDD0', 'contains U+FDD0, a Unicode noncharacter, at character 8'],
    ['a plane-end noncharacter', 'Gunmen \u{10FFFF}', 'contains U+10FFFF, a Unicode noncharacter, at character 8'],
  ])('refuses %s in a title, naming the field and the code point', (_name, title, reason) => {
    const raw = makeTestTimeline();
    Object.assign(raw.events[0] as object, { title });
    expect(problemsOf(raw)).toEqual([
      { path: 'events[0].title', recordId: 'entry', message: `${reason}: text is printable characters on one line` },
    ]);
  });

  test('accepts text in any script, emoji and the characters next to the refused ones', () => {
    const raw = makeTestTimeline();
    Object.assign(raw.events[0] as object, { title: 'ঢাকা — “Café” 😀 \uFDCF\uFDF0\uFFFD \u{1FFFD} ~' });
    expect(problemsOf(raw)).toEqual([]);
  });

  test('refuses a zone that the time-zone database does not have', () => {
    const raw = makeTestTimeline();
    Object.assign(raw.meta, { zone: 'Asia/Gotham' });
    expect(problemsOf(raw)).toEqual([
      {
        path: 'meta.zone',
        message: '"Asia/Gotham" is not a time zone in the IANA database; use one such as "Asia/Dhaka"',
      },
    ]);
  });

  test.each(['UTC', 'Europe/London', 'America/Argentina/Buenos_Aires', 'Etc/GMT+6'])('accepts the zone %s', (zone) => {
    const raw = makeTestTimeline();
    Object.assign(raw.meta, { zone });
    expect(problemsOf(raw)).toEqual([]);
  });

  test('rejects a cycle in the places hierarchy, naming the ids around it', () => {
    const raw = makeTestTimeline();
    const place = (id: string, partOf: string) => ({
      id,
      name: id,
      kind: 'place',
      description: 'A place.',
      partOf,
      sources: [{ document: 'report', paragraph: 1, excerpt: 'gunmen' }],
    });
    raw.entities.push(
      ...([place('gulshan', 'dhaka'), place('dhaka', 'bangladesh'), place('bangladesh', 'gulshan')] as never[]),
    );
    expect(problemsOf(raw)).toEqual([
      {
        path: 'entities[2].partOf',
        recordId: 'gulshan',
        message: 'the places form a cycle: gulshan → dhaka → bangladesh → gulshan',
      },
    ]);
  });

  test('finds each cycle of places once, starting from the place listed first', () => {
    const places = [
      { id: 'cafe', partOf: 'b' },
      { id: 'a', partOf: 'b' },
      { id: 'b', partOf: 'a' },
      { id: 'c', partOf: 'c' },
      { id: 'd' },
    ];
    expect(findPlaceCycles(places)).toEqual([['a', 'b', 'a']]);
  });

  test('reads the file strictly: a duplicate key is named with its path, record and both lines', () => {
    const text = JSON.stringify(makeTestTimeline(), null, 2).replace(
      '"title": "Gunmen enter",',
      '"title": "Gunmen enter",\n      "title": "Gunmen leave",',
    );
    const result = parseTimelineText(text);
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: 'events[0].title',
          recordId: 'entry',
          message: expect.stringMatching(
            /^the key "title" appears twice in one object, on lines \d+ and \d+: keep one$/,
          ) as string,
        },
      ],
    });
  });

  test('refuses a __proto__ key by name, and it changes nothing', () => {
    const text = JSON.stringify(makeTestTimeline()).replace(
      '{"id":"entry",',
      '{"id":"entry","__proto__":{"status":"claimed"},',
    );
    const result = parseTimelineText(text);
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: 'events[0].__proto__',
          recordId: 'entry',
          message: expect.stringContaining('the key "__proto__" is refused anywhere in a timeline file') as string,
        },
      ],
    });
  });

  test('locates a JSON syntax error by line and column', () => {
    const text = JSON.stringify(makeTestTimeline(), null, 2).replace('"paragraphCount": 5', '"paragraphCount": NaN');
    expect(parseTimelineText(text)).toEqual({
      ok: false,
      problems: [{ path: '', message: 'not valid JSON: line 14, column 25: NaN is not JSON: write a number' }],
    });
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
