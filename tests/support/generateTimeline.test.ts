import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTimeline, parseTimelineText } from '../../src/data/parseTimeline.ts';
import { generateTimeline } from './generateTimeline.ts';

const THOUSAND = generateTimeline({ events: 1000 });

describe('generateTimeline', () => {
  it('generates 1,000 events that pass the schema and every cross-check', () => {
    const result = parseTimeline(structuredClone(THOUSAND));
    expect(result.ok ? [] : result.problems.slice(0, 5)).toEqual([]);
    expect(THOUSAND.events).toHaveLength(1000);
  });

  it('gives exactly the number of events asked for, down to one', () => {
    for (const count of [1, 2, 3, 17]) {
      const timeline = generateTimeline({ events: count });
      expect(timeline.events).toHaveLength(count);
      expect(parseTimeline(timeline).ok).toBe(true);
    }
  });

  it('gives the same timeline for the same seed and another for another seed', () => {
    expect(generateTimeline({ events: 1000 })).toEqual(THOUSAND);
    expect(generateTimeline({ events: 200, seed: 7 })).toEqual(generateTimeline({ events: 200, seed: 7 }));
    expect(generateTimeline({ events: 200, seed: 8 })).not.toEqual(generateTimeline({ events: 200, seed: 7 }));
  });

  it('uses the real timeline’s lanes, every kind of time and status, entities and figures', () => {
    const real = parseTimelineText(readFileSync(join(process.cwd(), 'src/data/timeline.json'), 'utf8'));
    if (!real.ok) throw new Error('src/data/timeline.json is invalid');
    expect(THOUSAND.categories.map((c) => c.id)).toEqual(real.timeline.categories.map((c) => c.id));

    const kinds = new Set(THOUSAND.events.map((e) => e.time.kind));
    expect([...kinds].sort()).toEqual(['approximate', 'exact', 'interval', 'order']);
    const statuses = new Set(THOUSAND.events.map((e) => e.status));
    expect([...statuses].sort()).toEqual(['attributed', 'claimed', 'disputed', 'stated', 'unconfirmed']);
    expect(THOUSAND.entities.length).toBeGreaterThanOrEqual(24);
    expect(THOUSAND.figures.length).toBeGreaterThan(0);
  });

  it('spreads events over weeks, with titles of varied length', () => {
    const instants = THOUSAND.events.flatMap((e) => ('at' in e.time ? [Date.parse(e.time.at)] : []));
    const days = (Math.max(...instants) - Math.min(...instants)) / 86_400_000;
    expect(days).toBeGreaterThan(21);
    const lengths = THOUSAND.events.map((e) => e.title.length);
    expect(Math.max(...lengths) - Math.min(...lengths)).toBeGreaterThan(40);
  });

  it('refuses a count below one', () => {
    expect(() => generateTimeline({ events: 0 })).toThrow(/at least 1 event/);
  });
});
