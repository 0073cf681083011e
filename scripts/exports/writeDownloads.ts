/** Writes the data downloads into the built site, under the names the page's footer links to. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOWNLOADS_PATH, getDownloadFiles } from '../../src/data/downloadFiles.ts';
import type { LoadedTimeline } from '../../src/data/parseTimeline.ts';
import { exportTimelineJsText } from '../../src/studio/exportTimelineJsText.ts';
import { toDownloadsReadme } from './toDownloadsReadme.ts';
import { toFiguresCsv } from './toFiguresCsv.ts';
import { toTimelineCsv } from './toTimelineCsv.ts';
import { toTimelineIcs } from './toTimelineIcs.ts';
import { EXPORT_JSON_SCHEMA, toTimelineJson } from './toTimelineJson.ts';

/** The JSON Schema that the JSON download names as its `$schema`. */
const SCHEMA_FILE = new URL('../../src/data/timeline.schema.json', import.meta.url);

/** Where the site is hosted, and when it is built. */
export interface DownloadOptions {
  /** The path the app is hosted under, with leading and trailing slashes. */
  basePath: string;
  /** The site's origin without a trailing slash; without it calendar entries carry no link. */
  siteUrl?: string | undefined;
  /** When the files are made (the calendar's DTSTAMP); by default {@link getBuildTime}. */
  generatedAt?: Date;
}

/** The build's time: `SOURCE_DATE_EPOCH` (seconds) when set, for reproducible files, otherwise now. */
export function getBuildTime(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date();
}

/**
 * The downloads by file name under `DOWNLOADS_PATH`: the JSON and its schema, both CSVs, the calendar, the
 * TimelineJS JSON (the studio's exporter) and the readme.
 */
export function renderDownloads(timeline: LoadedTimeline, options: DownloadOptions): Map<string, string> {
  const { basePath, siteUrl, generatedAt = getBuildTime() } = options;
  const files = getDownloadFiles(timeline);
  return new Map([
    [files.json, toTimelineJson(timeline)],
    [EXPORT_JSON_SCHEMA.replace('./', ''), readFileSync(SCHEMA_FILE, 'utf8')],
    [files.csv, toTimelineCsv(timeline)],
    [files.figuresCsv, toFiguresCsv(timeline)],
    [
      files.ics,
      toTimelineIcs(timeline, siteUrl === undefined ? { generatedAt, basePath } : { generatedAt, basePath, siteUrl }),
    ],
    [files.timelineJs, exportTimelineJsText(timeline)],
    [files.readme, toDownloadsReadme(timeline)],
  ]);
}

/** Writes every download into `<siteDir>/downloads/`; returns the paths written. */
export function writeDownloads(siteDir: string, timeline: LoadedTimeline, options: DownloadOptions): string[] {
  const folder = join(siteDir, DOWNLOADS_PATH);
  mkdirSync(folder, { recursive: true });
  return [...renderDownloads(timeline, options)].map(([name, text]) => {
    const path = join(folder, name);
    writeFileSync(path, text);
    return path;
  });
}
