// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkProvenance, splitReportParagraphs } from './checkProvenance.ts';
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

  const getEvent = (id: string) => {
    const event = timeline.events.find((e) => e.id === id);
    if (event === undefined) throw new Error(`No event ${id} in timeline.json`);
    return event;
  };
  const getEntity = (id: string) => timeline.entities.find((e) => e.id === id);
  const status = (id: string) => getEvent(id).status;

  test('keeps every competing figure once, with its speaker, and never a total', () => {
    const victims = timeline.figures.filter((f) => f.measure === 'killed' || f.measure === 'dead');
    const values = victims.map((f) => [f.measure, f.subject, f.value, f.saidBy ?? 'the report']);
    expect(values).toEqual([
      ['killed', 'people in the restaurant', { qualifier: 'at-least', value: 22 }, 'the report'],
      ['killed', 'victims', { qualifier: 'exactly', value: 24 }, 'the-terrorists'],
      ['dead', 'foreign hostages', { qualifier: 'exactly', value: 20 }, 'military-official'],
      ['dead', 'police officers', { qualifier: 'exactly', value: 2 }, 'police'],
      ['killed', 'Indian hostages', { qualifier: 'at-least', value: 1 }, 'sushma-swaraj'],
    ]);
    const claim = timeline.figures.find((f) => f.id === 'killed-attackers-claim');
    expect(claim?.notConfirmedBy).toEqual(['police']);
    const keys = timeline.figures.map((f) => `${f.measure}|${f.subject}|${f.saidBy ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('counts the six gunmen killed apart from the victims, in the report’s own voice', () => {
    const attackers = timeline.figures.filter((f) => f.measure === 'attackers-killed');
    expect(attackers.map((f) => [f.subject, f.value, f.saidBy, f.event])).toEqual([
      ['gunmen', { qualifier: 'exactly', value: 6 }, undefined, 'gunmen-killed'],
    ]);
    const victims = timeline.figures.filter((f) => f.measure === 'killed' || f.measure === 'dead');
    expect(victims.map((f) => f.subject)).not.toContain('gunmen');
  });

  test('marks the attackers’ casualty claim as not confirmed, not disputed, their statement as claimed and hedged events as not confirmed', () => {
    expect(status('attackers-casualty-claim')).toBe('unconfirmed');
    expect(status('attackers-statement')).toBe('claimed');
    expect(status('italians-believed-killed')).toBe('unconfirmed');
    expect(timeline.events.filter((e) => e.status === 'disputed').map((e) => e.id)).toEqual([]);
  });

  test('has police decline to confirm the attackers’ claim, and no one contradict it', () => {
    const relations = timeline.events.flatMap((e) => (e.relations ?? []).map((r) => ({ from: e.id, ...r })));
    expect(relations.filter((r) => r.event === 'attackers-casualty-claim' && r.kind !== 'describes')).toEqual([
      { from: 'police-casualty-statement', kind: 'declines-to-confirm', event: 'attackers-casualty-claim' },
    ]);
  });

  test('gives the release of the photos in the report’s own voice, with only what they show hedged', () => {
    const photos = getEvent('agency-releases-photos');
    expect(photos.status).toBe('unconfirmed');
    expect(photos.sources.every((s) => s.saidBy === undefined)).toBe(true);
    expect(photos.sources.filter((s) => s.hedged === true).map((s) => s.excerpt)).toEqual([
      'appearing to show the bodies of women and men',
    ]);
  });

  test('attributes the statement to “the group” and the casualty claim to “the terrorists”, both on the attackers’ side', () => {
    expect(getEvent('attackers-statement').sources.map((s) => s.saidBy)).toEqual(['the-group']);
    expect(getEvent('attackers-casualty-claim').sources.map((s) => s.saidBy)).toEqual(['the-terrorists']);
    for (const id of ['the-group', 'the-terrorists', 'isis-agency', 'gunmen']) {
      expect(getEntity(id)?.isPerpetrator, id).toBe(true);
    }
    const saidByAgency = [...timeline.events, ...timeline.figures].flatMap((r) =>
      r.sources.filter((s) => s.saidBy === 'isis-agency').map(() => r.id),
    );
    expect(saidByAgency).toEqual([]);
  });

  test('gives one event a clock time, the 9.20pm entry; every other event is order-only', () => {
    expect(timeline.events.filter((e) => e.time.kind !== 'order').map((e) => e.id)).toEqual(['gunmen-storm-cafe']);
  });

  test('gives the raid no end and no time, only its order and a floor of 11.20pm from “several hours”', () => {
    expect(getEvent('troops-raid-cafe').time).toMatchObject({
      kind: 'order',
      after: ['gunmen-storm-cafe'],
      before: [],
      notBefore: '2016-07-01T23:20:00+06:00',
    });
  });

  test('puts the standoff after the storming and before the raid, with no time of its own', () => {
    const { time } = getEvent('siege-standoff');
    expect(time).toMatchObject({ kind: 'order', after: ['gunmen-storm-cafe'], before: ['troops-raid-cafe'] });
    expect(time).not.toHaveProperty('notBefore');
  });

  test('lists the gunmen’s deaths after the killing of at least 22 people, with no killer or place the report does not give', () => {
    const ids = timeline.events.map((e) => e.id as string);
    expect(ids.indexOf('gunmen-killed')).toBeGreaterThan(ids.indexOf('people-killed'));
    const gunmenKilled = getEvent('gunmen-killed');
    expect(gunmenKilled.time).toMatchObject({ kind: 'order', after: ['people-killed'] });
    expect(gunmenKilled.place).toBeUndefined();
    expect(gunmenKilled.entities).not.toContain('security-forces');
  });

  test('gives no place to events whose place the report does not give', () => {
    for (const id of [
      'police-officers-died',
      'japanese-unaccounted-for',
      'gunmen-killed',
      'italians-believed-killed',
    ]) {
      expect(getEvent(id).place, id).toBeUndefined();
    }
  });

  test('places the café in Dhaka, not in Gulshan, and leaves Gulshan only the medical centre', () => {
    expect(getEntity('holey-artisan-bakery')?.partOf).toBe('dhaka');
    expect(timeline.entities.filter((e) => e.partOf === 'gulshan').map((e) => e.id)).toEqual(['medical-centre']);
    expect(getEntity('gulshan')?.description).not.toMatch(/diplomatic|embass/);
  });

  test('keeps the old id of the police officers’ deaths as an alias of its new one', () => {
    expect(getEvent('police-officers-died').aliases).toEqual(['police-officers-killed']);
    expect(timeline.events.map((e) => e.id)).not.toContain('police-officers-killed');
  });

  test('names the source in the headline of each event that rests on one source’s word', () => {
    for (const id of [
      'police-officers-died',
      'hostages-freed',
      'gunman-captured',
      'security-forces-repelled',
      'guards-spot-gunmen',
    ]) {
      expect(getEvent(id).title, id).toMatch(/, (police|an officer|an adviser) says?$/);
    }
    expect(getEvent('police-hostages-statement').title).toContain('one suspected gunman');
  });

  test('draws no link the report does not make from the military official or Matteo Renzi', () => {
    expect(getEvent('military-official-statement').relations ?? []).toEqual([]);
    expect(getEvent('renzi-statement').relations ?? []).toEqual([]);
  });

  test('is dated by its last change and logs its 14 corrections, each with a date no later than that', () => {
    expect(timeline.meta.updated).toBe('2026-12-03');
    expect(timeline.corrections).toHaveLength(14);
    for (const correction of timeline.corrections) {
      expect(correction.date <= timeline.meta.updated, correction.id).toBe(true);
    }
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

  test.runIf(reportAvailable)('every excerpt is verbatim in the paragraph it cites (the build’s own check)', () => {
    const paragraphs = splitReportParagraphs(readFileSync(REPORT_URL, 'utf8'));
    expect(checkProvenance(loadRealTimeline(), new Map([['report', paragraphs]]))).toEqual([]);
  });

  test.runIf(reportAvailable)('cites every paragraph that carries facts and none of the page furniture', () => {
    const paragraphs = readFileSync(REPORT_URL, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '');
    const timeline = loadRealTimeline();
    const [report, ...others] = timeline.documents;
    expect(others).toEqual([]);
    expect(report?.paragraphCount).toBe(paragraphs.length);
    const furniture: readonly number[] = report?.furniture ?? [];
    expect(paragraphs[7]).toMatch(/newsletter/i);
    expect(paragraphs[12]).toBe('Gunmen');
    const cited = new Set(listCitations(timeline).map(({ source }) => source.paragraph));
    const uncited = paragraphs.map((_, i) => i + 1).filter((n) => !furniture.includes(n) && !cited.has(n));
    expect(uncited).toEqual([]);
    expect(furniture.filter((n) => cited.has(n))).toEqual([]);
  });
});
