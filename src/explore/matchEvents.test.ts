// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { indexTimeline } from '../data/indexTimeline.ts';
import { timeline } from '../data/loadTimeline.ts';
import type { CategoryId, EntityId, EventId } from '../data/schema.ts';
import { getEntityEvents, getEventPlaces } from '../shared/getEntityEvents.ts';
import { hasFilters, NO_FILTERS, STATUSES } from '../view/eventFilters.ts';
import type { EventFilters } from '../view/eventFilters.ts';
import { countFilterOptions, filterEvents, normaliseForSearch, searchEvents } from './matchEvents.ts';

const index = indexTimeline(timeline);
const ids = (set: ReadonlySet<string> | undefined) => [...(set ?? [])];

describe('searchEvents', () => {
  test('finds nothing to dim for a blank query', () => {
    expect(searchEvents(index, '   ')).toBeUndefined();
  });

  test('matches titles, summaries, excerpts and entity names, whatever the case', () => {
    expect(ids(searchEvents(index, 'RIZVI'))).toEqual(['guards-spot-gunmen', 'gunmen-storm-cafe', 'rizvi-account']);
    expect(ids(searchEvents(index, '4.20PM bst'))).toEqual(['gunmen-storm-cafe']);
    expect(ids(searchEvents(index, 'Japanese'))).toContain('japanese-unaccounted-for');
  });

  test('ignores accents and quote styles on either side', () => {
    expect(ids(searchEvents(index, 'cafe employee'))).toEqual(ids(searchEvents(index, 'café employee')));
    expect(ids(searchEvents(index, 'terrorists’ claim'))).toEqual(ids(searchEvents(index, "terrorists' claim")));
    expect(ids(searchEvents(index, "terrorists' claim"))).toEqual([
      'attackers-casualty-claim',
      'police-casualty-statement',
    ]);
  });

  test('needs every word, in any order', () => {
    expect(ids(searchEvents(index, 'police hostages freed'))).toEqual(['hostages-freed', 'police-hostages-statement']);
    expect(ids(searchEvents(index, 'zebra police'))).toEqual([]);
  });

  test('normalises text the same way for data and query', () => {
    expect(normaliseForSearch('  Café   “Bakery” ')).toBe('cafe "bakery"');
  });
});

describe('filterEvents', () => {
  test('keeps everything without filters', () => {
    expect(filterEvents(index, NO_FILTERS).size).toBe(timeline.events.length);
    expect(hasFilters(NO_FILTERS)).toBe(false);
  });

  test('keeps only what the report states itself', () => {
    const kept = filterEvents(index, { ...NO_FILTERS, statuses: ['stated'] });
    expect([...kept].every((id) => index.getEvent(id)?.status === 'stated')).toBe(true);
    expect(kept.size).toBeGreaterThan(0);
  });

  test('keeps under “not confirmed” both what a source would not confirm and what the report hedges', () => {
    const kept = filterEvents(index, { ...NO_FILTERS, statuses: ['unconfirmed'] });
    expect(ids(kept)).toEqual(['agency-releases-photos', 'italians-believed-killed', 'attackers-casualty-claim']);
    expect(filterEvents(index, { ...NO_FILTERS, statuses: ['disputed'] }).size).toBe(0);
  });

  test('hides the attackers’ claims when every other status is chosen', () => {
    const kept = filterEvents(index, { ...NO_FILTERS, statuses: ['stated', 'attributed', 'unconfirmed', 'disputed'] });
    expect(kept.has('attackers-statement' as never)).toBe(false);
    expect(kept.has('gunmen-storm-cafe' as never)).toBe(true);
  });

  test('combines kinds with AND and options with OR', () => {
    const kept = filterEvents(index, {
      categories: ['claims' as CategoryId],
      statuses: [],
      entities: ['police' as EntityId, 'military-official' as EntityId],
    });
    expect(ids(kept)).toEqual([
      'police-casualty-statement',
      'military-official-statement',
      'police-hostages-statement',
    ]);
  });

  test('counts what each option would keep, given the other filters', () => {
    const counts = countFilterOptions(index, { ...NO_FILTERS, categories: ['claims' as CategoryId] });
    expect(counts.statuses.get('claimed')).toBe(1);
    expect(counts.statuses.get('unconfirmed')).toBe(2);
    expect(counts.statuses.get('disputed')).toBe(0);
    expect(counts.categories.get('attack' as CategoryId)).toBe(2);
    const total = timeline.categories.reduce((n, c) => n + (counts.categories.get(c.id) ?? 0), 0);
    expect(total).toBe(timeline.events.length);
  });

  test('every count is the number of events that option alone would keep, for any filters', () => {
    const someOf = <T>(values: readonly T[]) => fc.subarray([...values], { maxLength: 3 });
    const filters = fc.record<EventFilters>({
      categories: someOf(timeline.categories.map((c) => c.id)),
      statuses: someOf(STATUSES),
      entities: someOf(timeline.entities.map((e) => e.id)),
    });
    fc.assert(
      fc.property(filters, (chosen) => {
        const counts = countFilterOptions(index, chosen);
        const keeps = (patch: Partial<EventFilters>) => filterEvents(index, { ...chosen, ...patch }).size;
        for (const c of timeline.categories) expect(counts.categories.get(c.id)).toBe(keeps({ categories: [c.id] }));
        for (const s of STATUSES) expect(counts.statuses.get(s)).toBe(keeps({ statuses: [s] }));
        for (const e of timeline.entities) expect(counts.entities.get(e.id)).toBe(keeps({ entities: [e.id] }));
      }),
      { numRuns: 200 },
    );
  });
});

describe('a place keeps the events of the places within it, in the filters and in the index alike', () => {
  const idx = indexTimeline(timeline);
  const counts = countFilterOptions(idx, NO_FILTERS);

  test('every entity’s filter count is the events its filter keeps and the events the index lists under it', () => {
    for (const entity of idx.timeline.entities) {
      const kept = filterEvents(idx, { ...NO_FILTERS, entities: [entity.id] });
      expect(counts.entities.get(entity.id), entity.id).toBe(kept.size);
      expect([...kept], entity.id).toEqual(getEntityEvents(idx, entity.id));
    }
  });

  test('Gulshan counts the events at the medical centre inside it, and Dhaka those of the café and of Gulshan', () => {
    const count = (id: string) => counts.entities.get(id as EntityId) ?? 0;
    expect(count('gulshan')).toBeGreaterThanOrEqual(count('medical-centre'));
    expect(count('gulshan')).toBeGreaterThan(0);
    const dhaka = new Set(getEntityEvents(idx, 'dhaka' as EntityId));
    for (const id of ['holey-artisan-bakery', 'gulshan']) {
      for (const eventId of getEntityEvents(idx, id as EntityId)) expect(dhaka.has(eventId), eventId).toBe(true);
    }
  });

  test('the index of places lists each event once, under the most precise place it names', () => {
    const places = getEventPlaces(idx);
    expect(places.get('gunmen-storm-cafe' as EventId)).toBe('holey-artisan-bakery');
    for (const [eventId, placeId] of places) {
      expect(getEntityEvents(idx, placeId), eventId).toContain(eventId);
    }
  });
});
