// @vitest-environment node
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { CategoryId, EntityId, EventId, ZoneName } from '../data/schema.ts';
import { isKnownZone } from '../time/getReaderZone.ts';
import {
  DEFAULT_VIEW,
  formatViewState,
  LINK_FIELDS,
  LINK_QUERY_KEYS,
  parseViewState,
  UNKNOWN_EVENT_MESSAGE,
} from './viewState.ts';
import type { FormerEvent, ParseContext, ViewState } from './viewState.ts';

const EVENT_IDS = ['gunmen-storm-cafe', 'troops-raid-cafe', 'gunmen-killed'];
const CATEGORY_IDS = ['attack', 'response', 'claims'];
const ENTITY_IDS = ['police', 'gowher-rizvi', 'holey-artisan-bakery'];
const STORY = { start: Date.parse('2016-07-01T15:20:00Z'), end: Date.parse('2016-07-02T06:00:00Z') };
const RUNS = { numRuns: 1000 };
const CORRECTION = {
  href: '/#correction-merged-the-raids',
  opensInNewTab: false,
  date: '3 December 2026',
  what: 'The two raids are one event.',
};
/** Old ids: one merged into a current event, one withdrawn, one renamed with no correction naming it. */
const FORMER_EVENTS = new Map<string, FormerEvent>([
  ['second-raid', { kind: 'alias', successor: 'troops-raid-cafe' as EventId, correction: CORRECTION }],
  ['rumoured-escape', { kind: 'retired', correction: CORRECTION }],
  ['gunmen-die', { kind: 'alias', successor: 'gunmen-killed' as EventId, correction: undefined }],
]);

function contextAt(basePath: string): ParseContext {
  return {
    basePath,
    hasEvent: (id) => EVENT_IDS.includes(id),
    getFormerEvent: (id) => FORMER_EVENTS.get(id),
    hasCategory: (id) => CATEGORY_IDS.includes(id),
    hasEntity: (id) => ENTITY_IDS.includes(id),
    story: STORY,
    isKnownZone,
    homeZoneName: 'Dhaka',
  };
}
const ROOT = contextAt('/');

const parse = (href: string, context = ROOT) => {
  const url = new URL(href, 'https://example.test');
  return parseViewState({ pathname: url.pathname, search: url.search }, context);
};

describe('parseViewState', () => {
  test('opens the whole story in Dhaka time, in story steps, from a bare link', () => {
    expect(parse('/')).toEqual({ view: DEFAULT_VIEW, notices: [] });
    expect(DEFAULT_VIEW.scaleMode).toBe('sequence');
  });

  test('a link made before story steps were the default, with a window of instants and no scale, keeps clock time', () => {
    const { view, notices } = parse('/?from=2016-07-01T15:00:00Z&to=2016-07-01T18:00:00Z');
    expect(notices).toEqual([]);
    expect(view.scaleMode).toBe('chronological');
    expect(view.window).toEqual({
      kind: 'time',
      from: Date.parse('2016-07-01T15:00:00Z'),
      to: Date.parse('2016-07-01T18:00:00Z'),
    });
  });

  test('reads the event from its own path and the rest from the query', () => {
    const { view, notices } = parse(
      '/events/gunmen-storm-cafe/?zone=Europe%2FLondon&from=2016-07-01T15:00:00Z&to=2016-07-01T18:00:00Z',
    );
    expect(notices).toEqual([]);
    expect(view).toEqual({
      ...DEFAULT_VIEW,
      selectedId: 'gunmen-storm-cafe',
      zone: 'Europe/London',
      scaleMode: 'chronological',
      window: { kind: 'time', from: Date.parse('2016-07-01T15:00:00Z'), to: Date.parse('2016-07-01T18:00:00Z') },
    });
  });

  test('reads links under a sub-path', () => {
    const context = contextAt('/holey-artisan-timeline/');
    expect(parse('/holey-artisan-timeline/events/gunmen-killed/', context).view.selectedId).toBe('gunmen-killed');
    expect(parse('/holey-artisan-timeline/', context)).toEqual({ view: DEFAULT_VIEW, notices: [] });
  });

  test('opens the timeline with a notice for an event that no longer exists, keeping the other keys', () => {
    const { view, notices } = parse('/events/old-headline-slug/?zone=UTC');
    expect(view.selectedId).toBeUndefined();
    expect(view.zone).toBe('UTC');
    expect(notices).toEqual([{ key: 'event', message: UNKNOWN_EVENT_MESSAGE }]);
    expect(UNKNOWN_EVENT_MESSAGE).toMatch(/^This event is not in the timeline \(it may have been corrected\)/);
  });

  test('opens the event an old id was merged into, with a notice that links to the correction', () => {
    const { view, notices } = parse('/events/second-raid/?zone=UTC');
    expect(view).toEqual({ ...DEFAULT_VIEW, selectedId: 'troops-raid-cafe', zone: 'UTC' });
    expect(notices).toEqual([
      {
        key: 'event',
        message: 'The event in this link was corrected on 3 December 2026; it is shown as it now stands.',
        link: { href: '/#correction-merged-the-raids', text: 'Read the correction', opensInNewTab: false },
      },
    ]);
  });

  test('opens the event an old id was renamed as, with a notice and no link when no correction names the old id', () => {
    const { view, notices } = parse('/embed/events/gunmen-die/', contextAt('/embed/'));
    expect(view.selectedId).toBe('gunmen-killed');
    expect(notices).toEqual([
      {
        key: 'event',
        message: 'The event in this link was corrected since the link was made; it is shown as it now stands.',
      },
    ]);
  });

  test('opens the whole story for a withdrawn id, naming the correction that withdrew it and what it said', () => {
    const { view, notices } = parse('/events/rumoured-escape/');
    expect(view.selectedId).toBeUndefined();
    expect(notices).toEqual([
      {
        key: 'event',
        message:
          'The event in this link was withdrawn in the correction of 3 December 2026: The two raids are one event.',
        link: { href: '/#correction-merged-the-raids', text: 'Read the correction', opensInNewTab: false },
      },
    ]);
  });

  test('reads a sequence window whose ends are old ids as the events they are now part of', () => {
    const { view, notices } = parse('/?scale=sequence&from=gunmen-storm-cafe&to=second-raid');
    expect(notices).toEqual([]);
    expect(view.window).toEqual({ kind: 'events', from: 'gunmen-storm-cafe', to: 'troops-raid-cafe' });
    expect(parse('/?scale=sequence&from=gunmen-storm-cafe&to=rumoured-escape').view.window).toBeUndefined();
  });

  test('opens no event, with a notice, for an encoded slash or trailing junk after an event', () => {
    for (const link of ['/events/%2Fgunmen-killed/', '/events/gunmen-killed%2F/', '/events/gunmen-killed/junk']) {
      const { view, notices } = parse(link);
      expect(view.selectedId).toBeUndefined();
      expect(notices).toHaveLength(1);
    }
  });

  test('falls back to the whole story for a window that ends before it starts or lies outside the story', () => {
    expect(parse('/?from=2016-07-01T18:00:00Z&to=2016-07-01T15:00:00Z').notices.map((n) => n.key)).toEqual(['window']);
    expect(parse('/?from=2020-01-01T00:00:00Z&to=2020-01-02T00:00:00Z').view.window).toBeUndefined();
  });

  test('falls back to Dhaka for an unknown zone and to true time for an unknown scale, each on its own', () => {
    const { view, notices } = parse('/events/gunmen-killed/?zone=Mars%2FOlympus&scale=spiral');
    expect(view).toEqual({ ...DEFAULT_VIEW, selectedId: 'gunmen-killed' });
    expect(notices.map((n) => n.key)).toEqual(['zone', 'scale']);
    expect(notices[0]?.message).toBe('The time zone in this link is not known, so times are in Dhaka time.');
  });

  test('reads the search, the filters and the highlight, dropping unknown values with a notice', () => {
    const { view, notices } = parse(
      '/?q=police%20said&lane=claims,weather&status=stated,claimed&who=police&hl=gowher-rizvi',
    );
    expect(view.query).toBe('police said');
    expect(view.filters).toEqual({ categories: ['claims'], statuses: ['stated', 'claimed'], entities: ['police'] });
    expect(view.highlight).toBe('gowher-rizvi');
    expect(notices.map((n) => n.key)).toEqual(['filters']);
  });

  test('keeps a search query short and free of control characters', () => {
    const { view } = parse(`/?q=${'a'.repeat(300)}%00b`);
    expect(view.query).toHaveLength(100);
    expect(view.query).not.toMatch(/\p{Cc}/u);
  });

  test('reads the story mode, and falls back to browsing with a notice for a mode it does not know', () => {
    expect(parse('/events/gunmen-killed/?read=story').view).toMatchObject({
      reading: 'story',
      selectedId: 'gunmen-killed',
    });
    const { view, notices } = parse('/?read=slideshow');
    expect(view.reading).toBe('browse');
    expect(notices.map((n) => n.key)).toEqual(['reading']);
  });

  test('reads a sequence window as first and last events', () => {
    const { view } = parse('/?scale=sequence&from=gunmen-storm-cafe&to=gunmen-killed');
    expect(view.window).toEqual({ kind: 'events', from: 'gunmen-storm-cafe', to: 'gunmen-killed' });
  });
});

const viewArbitrary: fc.Arbitrary<ViewState> = fc
  .record({
    selectedId: fc.option(fc.constantFrom(...EVENT_IDS), { nil: undefined }),
    zone: fc.constantFrom('Asia/Dhaka', 'Europe/London', 'UTC', 'America/Los_Angeles', 'Asia/Kolkata'),
    scaleMode: fc.constantFrom('chronological' as const, 'sequence' as const),
    seconds: fc.tuple(
      fc.integer({ min: STORY.start / 1000, max: STORY.end / 1000 }),
      fc.integer({ min: 1, max: 86_400 }),
    ),
    events: fc.tuple(fc.constantFrom(...EVENT_IDS), fc.constantFrom(...EVENT_IDS)),
    hasWindow: fc.boolean(),
    query: fc.oneof(fc.constant(''), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 })),
    categories: fc.uniqueArray(fc.constantFrom(...CATEGORY_IDS)),
    statuses: fc.uniqueArray(fc.constantFrom('stated' as const, 'claimed' as const, 'disputed' as const)),
    entities: fc.uniqueArray(fc.constantFrom(...ENTITY_IDS)),
    highlight: fc.option(fc.constantFrom(...ENTITY_IDS), { nil: undefined }),
    reading: fc.constantFrom('browse' as const, 'story' as const),
  })
  .filter(({ query }) => query === '' || (query.trim() !== '' && !/\p{Cc}/u.test(query)))
  .map(
    ({
      selectedId,
      zone,
      scaleMode,
      seconds,
      events,
      hasWindow,
      query,
      categories,
      statuses,
      entities,
      highlight,
      reading,
    }) => ({
      reading,
      query,
      filters: {
        categories: categories as CategoryId[],
        statuses,
        entities: entities as EntityId[],
      },
      highlight: highlight as EntityId | undefined,
      selectedId: selectedId as EventId | undefined,
      zone: zone as ZoneName,
      scaleMode,
      window: !hasWindow
        ? undefined
        : scaleMode === 'sequence'
          ? { kind: 'events' as const, from: events[0] as EventId, to: events[1] as EventId }
          : { kind: 'time' as const, from: seconds[0] * 1000, to: (seconds[0] + seconds[1]) * 1000 },
    }),
  );

const HOSTILE_PIECES = [
  '__proto__',
  'constructor',
  'prototype',
  '__proto__[x]=1',
  'constructor[prototype][x]=1',
  '__proto__.x=1',
  '%',
  '%E0%A4%A',
  '%ZZ',
  '%00',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '../../etc/passwd',
  '\u202e',
  '😀',
  '&',
  '=',
  '?',
  '#',
  '/',
  'events',
  'zone=',
  'from=',
  'to=',
  'scale=',
];

const hostileString = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.array(fc.constantFrom(...HOSTILE_PIECES), { maxLength: 12 }).map((parts) => parts.join('')),
  fc.string({ minLength: 5000, maxLength: 20_000 }),
);

describe('parseViewState and formatViewState, by property', () => {
  test('round-trip every view through a link, at the root and under a sub-path', () => {
    fc.assert(
      fc.property(viewArbitrary, fc.constantFrom('/', '/holey-artisan-timeline/'), (view, basePath) => {
        const link = formatViewState(view, basePath);
        expect(parse(link, contextAt(basePath))).toEqual({ view, notices: [] });
      }),
      RUNS,
    );
  });

  test('never throw on hostile paths and queries, and only ever return known values', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    fc.assert(
      fc.property(hostileString, hostileString, (path, query) => {
        const { view, notices } = parseViewState({ pathname: `/${path}`, search: `?${query}` }, ROOT);
        expect(view.selectedId === undefined || EVENT_IDS.includes(view.selectedId)).toBe(true);
        expect(view.zone === undefined || isKnownZone(view.zone)).toBe(true);
        expect(['chronological', 'sequence']).toContain(view.scaleMode);
        for (const notice of notices) expect(notice.message).not.toMatch(/[<>]/);
      }),
      RUNS,
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  test('read each key on its own: a hostile key never spoils a good one', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('zone', 'scale', 'from', 'to', '__proto__', 'constructor'),
        hostileString,
        (key, value) => {
          const search = new URLSearchParams([
            [key, value],
            ['zone', 'Europe/London'],
          ]).toString();
          const { view } = parseViewState({ pathname: '/events/gunmen-killed/', search: `?${search}` }, ROOT);
          expect(view.selectedId).toBe('gunmen-killed');
          if (key !== 'zone') expect(view.zone).toBe('Europe/London');
        },
      ),
      RUNS,
    );
  });

  test('never put anything but known ids and validated values into a formatted link', () => {
    fc.assert(
      fc.property(viewArbitrary, (view) => {
        const link = formatViewState(view, '/');
        expect(link).toMatch(/^\/(events\/[a-z0-9-]+\/)?(\?[A-Za-z0-9_=&%.:\-+*~]*)?$/);
      }),
      RUNS,
    );
  });
});

describe('the table of link fields', () => {
  test('has one row for every field of the view, and its defaults are the default view', () => {
    expect(Object.keys(LINK_FIELDS).sort()).toEqual(Object.keys(DEFAULT_VIEW).sort());
    for (const [field, row] of Object.entries(LINK_FIELDS)) {
      expect(row.default).toEqual(DEFAULT_VIEW[field as keyof typeof DEFAULT_VIEW]);
    }
  });

  test('writes the query keys old links use, in their order', () => {
    expect(LINK_QUERY_KEYS).toEqual(['zone', 'scale', 'from', 'to', 'q', 'lane', 'status', 'who', 'hl', 'read']);
  });

  test('docs/links-and-embedding.md names every query key a link may hold', () => {
    const doc = readFileSync(new URL('../../docs/links-and-embedding.md', import.meta.url), 'utf8');
    for (const key of LINK_QUERY_KEYS) expect(doc).toContain(`\`${key}\``);
  });
});
