/**
 * Scaffolds a timeline file for another report: the report as its one document (paragraph count from the text,
 * one paragraph a line), the meta to fill in, one category, and no events, entities or figures yet. It is the
 * studio's own new timeline (`createEmptyDraft`), so the studio opens it and the build accepts it as it is.
 *
 *   npm run new -- path/to/report.txt [--out path/to/timeline.json] [--title "What the report is called"] [--zone Asia/Dhaka]
 *
 * The file goes beside the report (`<report name>.timeline.json`) unless `--out` says where; an existing file is
 * never overwritten. The report's text stays where it is: the build reads it from there to check every excerpt.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { isKnownZone } from '../src/data/schema.ts';
import { formatTimelineProblems, parseTimeline } from '../src/data/parseTimeline.ts';
import { slugify } from '../src/studio/slugify.ts';
import { splitParagraphs } from '../src/studio/splitParagraphs.ts';
import { createEmptyDraft, formatTimelineFile, formatToday, toTimelineFile } from '../src/studio/studioModel.ts';

const USAGE =
  'usage: npm run new -- path/to/report.txt [--out path/to/timeline.json] [--title "Report title"] [--zone Area/City]';

/** What `npm run new` is asked for. */
export interface NewTimelineOptions {
  /** The report's text, one paragraph a line. */
  report: string;
  /** Where to write the timeline; `<report name>.timeline.json` beside the report by default. */
  out?: string | undefined;
  /** The report's title; a prompt to fill it in by default. */
  title?: string | undefined;
  /** The zone the events happened in; UTC by default. */
  zone?: string | undefined;
  /** Today, `YYYY-MM-DD` (the meta's "updated"); the author's today by default. */
  today?: string;
}

/** What was written, or why nothing was. */
export type NewTimelineResult =
  { ok: true; file: string; title: string; paragraphCount: number } | { ok: false; message: string };

/** Writes a new timeline for a report, never over an existing file; the file is the studio's new timeline. */
export function writeNewTimeline(options: NewTimelineOptions): NewTimelineResult {
  const reportFile = resolve(options.report);
  if (!existsSync(reportFile)) return { ok: false, message: `${options.report} not found` };
  const split = splitParagraphs(readFileSync(reportFile, 'utf8'));
  if (!split.ok) return { ok: false, message: `${options.report}: ${split.message}` };
  if (split.paragraphs.length === 0) return { ok: false, message: `${options.report} has no paragraphs (one a line)` };

  const stem = basename(reportFile, extname(reportFile));
  const out = resolve(options.out ?? join(dirname(reportFile), `${stem}.timeline.json`));
  if (existsSync(out)) {
    return { ok: false, message: `${relative(process.cwd(), out)} already exists: choose another with --out` };
  }
  const zone = options.zone ?? 'UTC';
  if (!isKnownZone(zone)) return { ok: false, message: `--zone ${zone} is not an IANA time zone such as Asia/Dhaka` };

  // The document's id names its text for the build: the first document's is REPORT_FILE, any other's `<id>.txt`.
  const document = {
    id: slugify(stem, 'report'),
    title: options.title ?? `${stem} (fill in the report’s title)`,
    paragraphCount: split.paragraphs.length,
    furniture: [],
  };
  const draft = createEmptyDraft(document, options.today ?? formatToday(new Date()));
  // The JSON Schema beside the curated timeline, so an editor checks the new file as it is written.
  const schema = relative(dirname(out), fileURLToPath(new URL('../src/data/timeline.schema.json', import.meta.url)));
  const file = toTimelineFile({
    ...draft,
    timeline: { ...draft.timeline, $schema: schema.split(sep).join('/'), meta: { ...draft.timeline.meta, zone } },
  });
  const checked = parseTimeline(file);
  if (!checked.ok) return { ok: false, message: formatTimelineProblems(out, checked.problems) };
  writeFileSync(out, formatTimelineFile(file), { flag: 'wx' });
  return { ok: true, file: out, title: document.title, paragraphCount: document.paragraphCount };
}

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, title: { type: 'string' }, zone: { type: 'string' } },
  });
  const [report] = positionals;
  if (report === undefined || positionals.length > 1) {
    console.error(USAGE);
    process.exit(2);
  }
  const result = writeNewTimeline({ report, out: values.out, title: values.title, zone: values.zone });
  if (!result.ok) {
    console.error(`error: ${result.message}`);
    process.exit(1);
  }
  const shown = (path: string) => relative(process.cwd(), path) || path;
  console.log(`Wrote ${shown(result.file)}: "${result.title}", ${result.paragraphCount} paragraphs, no events yet.`);
  console.log('Next:');
  console.log('  npm run studio                         open it there, mark the page furniture, and cite the report');
  console.log(`  TIMELINE_FILE=${shown(result.file)} REPORT_FILE=${shown(resolve(report))} npm run build`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
