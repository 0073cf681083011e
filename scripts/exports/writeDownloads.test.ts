// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { DOWNLOADS_PATH, getDownloadFiles } from '../../src/data/downloadFiles.ts';
import { timeline } from '../../src/data/loadTimeline.ts';
import { UTF8_BOM } from './csvTable.ts';
import { getBuildTime, writeDownloads } from './writeDownloads.ts';

/** The curated timeline’s download files. */
const downloadFiles = getDownloadFiles(timeline);

describe('writeDownloads', () => {
  const siteDir = mkdtempSync(join(tmpdir(), 'downloads-'));
  afterAll(() => {
    rmSync(siteDir, { recursive: true, force: true });
  });

  test('writes every download under the names the footer links to, with the JSON Schema beside the JSON', () => {
    const written = writeDownloads(siteDir, timeline, { basePath: '/', generatedAt: new Date('2026-12-03T12:00:00Z') });
    const folder = join(siteDir, DOWNLOADS_PATH);
    expect(readdirSync(folder).sort()).toEqual([...Object.values(downloadFiles), 'timeline.schema.json'].sort());
    expect(written).toHaveLength(Object.values(downloadFiles).length + 1);
    expect(downloadFiles.figuresCsv).toBe('holey-artisan-figures.csv');
    expect(readFileSync(join(folder, downloadFiles.csv), 'utf8').startsWith(UTF8_BOM)).toBe(true);
    expect(readFileSync(join(folder, downloadFiles.figuresCsv), 'utf8').startsWith(UTF8_BOM)).toBe(true);
    expect(readFileSync(join(folder, downloadFiles.ics), 'utf8')).toContain('DTSTAMP:20261203T120000Z');
    // TimelineJS's format: a title slide and one slide per event, each with its time in words.
    const timelineJs = JSON.parse(readFileSync(join(folder, downloadFiles.timelineJs), 'utf8')) as {
      events: { display_date?: string; text: { text: string } }[];
    };
    expect(timelineJs.events).toHaveLength(timeline.events.length);
    for (const slide of timelineJs.events) expect(slide.display_date).toMatch(/\S/);
    expect(timelineJs.events[0]?.text.text).toMatch(/Paragraph \d+ of the report: “/);
    const schema = JSON.parse(readFileSync(join(folder, 'timeline.schema.json'), 'utf8')) as { type?: string };
    expect(schema.type).toBe('object');
  });

  test('getBuildTime honours SOURCE_DATE_EPOCH for reproducible files', () => {
    expect(getBuildTime({ SOURCE_DATE_EPOCH: '1480070400' }).toISOString()).toBe('2016-11-25T10:40:00.000Z');
    expect(getBuildTime({ SOURCE_DATE_EPOCH: 'nonsense' }).getTime()).toBeGreaterThan(0);
  });
});
