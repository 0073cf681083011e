// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseTimelineText } from './parseTimeline.ts';
import type { LoadedTimeline } from './parseTimeline.ts';
import type { Source } from './schema.ts';
import { toTimelineJsonSchema } from './toTimelineJsonSchema.ts';

// Tests run from the project's root; the report sits in ../shared beside the project.
const TIMELINE_URL = join(process.cwd(), 'src/data/timeline.json');
const SCHEMA_URL = join(process.cwd(), 'src/data/timeline.schema.json');
const REPORT_URL = join(process.cwd(), '../shared/report.txt');

function loadRealTimeline(): LoadedTimeline {
  const result = parseTimelineText(readFileSync(TIMELINE_URL, 'utf8'));
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path} ${p.recordId ?? ''}: ${p.message}`).join('\n'));
  return result.timeline;
}

/** Every citation in the timeline, with where it sits. */
function listCitations(timeline: LoadedTimeline): { where: string; source: Source }[] {
  return [
    ...timeline.events.flatMap((e) => e.sources.map((source) => ({ where: `event ${e.id}`, source }))),
    ...timeline.entities.flatMap((e) => e.sources.map((source) => ({ where: `entity ${e.id}`, source }))),
    ...timeline.figures.flatMap((f) => f.sources.map((source) => ({ where: `figure ${f.id}`, source }))),
  ];
}

/** Compares text up to whitespace and quote style. */
function normalise(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

describe('the curated timeline', () => {
  const timeline = loadRealTimeline();

  test('passes the schema and every cross-check', () => {
    expect(timeline.events.length).toBeGreaterThanOrEqual(20);
    expect(Object.isFrozen(timeline.events[0])).toBe(true);
  });

  test('names the JSON Schema generated from the Zod schema, and that file is up to date', () => {
    const raw: unknown = JSON.parse(readFileSync(TIMELINE_URL, 'utf8'));
    expect(raw).toMatchObject({ $schema: './timeline.schema.json' });
    // A stale file means someone changed schema.ts without running `npm run schema`.
    expect(readFileSync(SCHEMA_URL, 'utf8')).toBe(toTimelineJsonSchema());
  });

  test('puts the 9.20pm Friday entry at 15:20 UTC on 1 July 2016', () => {
    const entry = timeline.events.find((e) => e.id === 'gunmen-storm-cafe');
    expect(entry?.time.kind).toBe('exact');
    if (entry?.time.kind !== 'exact') return;
    expect(new Date(entry.time.at).toISOString()).toBe('2016-07-01T15:20:00.000Z');
  });

  test('keeps every competing figure once, with its speaker, and never a total', () => {
    const killed = timeline.figures.filter((f) => f.measure === 'killed');
    const values = killed.map((f) => [f.subject, f.value, f.saidBy ?? 'the report']);
    expect(values).toContainEqual(['people in the restaurant', { qualifier: 'at-least', value: 22 }, 'the report']);
    expect(values).toContainEqual(['victims', { qualifier: 'exactly', value: 24 }, 'isis-agency']);
    expect(values).toContainEqual(['foreign hostages', { qualifier: 'exactly', value: 20 }, 'military-official']);
    expect(values).toContainEqual(['police officers', { qualifier: 'exactly', value: 2 }, 'police']);
    const claim = timeline.figures.find((f) => f.id === 'killed-attackers-claim');
    expect(claim?.notConfirmedBy).toEqual(['police']);
    const keys = timeline.figures.map((f) => `${f.measure}|${f.subject}|${f.saidBy ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('marks the attackers’ casualty claim as disputed and their statement as claimed', () => {
    const status = (id: string) => timeline.events.find((e) => e.id === id)?.status;
    expect(status('attackers-casualty-claim')).toBe('disputed');
    expect(status('attackers-statement')).toBe('claimed');
    expect(status('italians-believed-killed')).toBe('unconfirmed');
  });
});

const reportAvailable = existsSync(REPORT_URL);
const isCi = process.env.CI === 'true';

describe('provenance against ../shared/report.txt', () => {
  test.runIf(!reportAvailable && !isCi)('is skipped: ../shared/report.txt is not beside the project', () => {
    console.warn('Provenance tests skipped: ../shared/report.txt was not found beside the project.');
  });

  test.runIf(reportAvailable || isCi)('the report is present (a missing report fails under CI)', () => {
    expect(reportAvailable, `../shared/report.txt is missing at ${REPORT_URL}`).toBe(true);
  });

  test.runIf(reportAvailable)('every excerpt is verbatim in the paragraph it cites', () => {
    const paragraphs = readFileSync(REPORT_URL, 'utf8').split('\n');
    const timeline = loadRealTimeline();
    const misquoted = listCitations(timeline)
      .filter(({ source }) => !normalise(paragraphs[source.paragraph - 1] ?? '').includes(normalise(source.excerpt)))
      .map(({ where, source }) => `${where}: paragraph ${source.paragraph} does not contain "${source.excerpt}"`);
    expect(misquoted).toEqual([]);
  });

  test.runIf(reportAvailable)('cites every paragraph that carries facts and none of the page furniture', () => {
    const paragraphs = readFileSync(REPORT_URL, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '');
    const timeline = loadRealTimeline();
    expect(timeline.meta.paragraphCount).toBe(paragraphs.length);
    expect(paragraphs[7]).toMatch(/newsletter/i);
    expect(paragraphs[12]).toBe('Gunmen');
    const cited = new Set(listCitations(timeline).map(({ source }) => source.paragraph));
    const uncited = paragraphs
      .map((_, i) => i + 1)
      .filter((n) => !timeline.meta.furniture.includes(n) && !cited.has(n));
    expect(uncited).toEqual([]);
    expect(timeline.meta.furniture.filter((n) => cited.has(n))).toEqual([]);
  });
});
