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
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isKnownZone } from '../src/data/schema.ts';
import { formatTimelineProblems, parseTimeline } from '../src/data/parseTimeline.ts';
import { slugify } from '../src/studio/slugify.ts';
import { splitParagraphs } from '../src/studio/splitParagraphs.ts';
import { createEmptyDraft, formatTimelineFile, formatToday, toTimelineFile } from '../src/studio/studioModel.ts';

const USAGE =
  'usage: npm run new -- path/to/report.txt [--out path/to/timeline.json] [--title "Report title"] [--zone Area/City]';

function fail(message: string): never {
  console.error(`error: ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, title: { type: 'string' }, zone: { type: 'string' } },
});
const [reportArgument] = positionals;
if (reportArgument === undefined || positionals.length > 1) {
  console.error(USAGE);
  process.exit(2);
}
const reportFile = resolve(reportArgument);
if (!existsSync(reportFile)) fail(`${reportArgument} not found`);
const split = splitParagraphs(readFileSync(reportFile, 'utf8'));
if (!split.ok) fail(`${reportArgument}: ${split.message}`);
if (split.paragraphs.length === 0) fail(`${reportArgument} has no paragraphs (one a line)`);

const stem = basename(reportFile, extname(reportFile));
const out = resolve(values.out ?? join(dirname(reportFile), `${stem}.timeline.json`));
if (existsSync(out)) fail(`${relative(process.cwd(), out)} already exists: choose another with --out`);
const zone = values.zone ?? 'UTC';
if (!isKnownZone(zone)) fail(`--zone ${zone} is not an IANA time zone such as Asia/Dhaka`);

// The document's id names its text for the build: the first document's is REPORT_FILE, any other's `<id>.txt`.
const document = {
  id: slugify(stem, 'report'),
  title: values.title ?? `${stem} (fill in the report’s title)`,
  paragraphCount: split.paragraphs.length,
  furniture: [],
};
const draft = createEmptyDraft(document, formatToday(new Date()));
// The JSON Schema beside the curated timeline, so an editor checks the new file as it is written.
const schema = relative(dirname(out), fileURLToPath(new URL('../src/data/timeline.schema.json', import.meta.url)));
const file = toTimelineFile({
  ...draft,
  timeline: { ...draft.timeline, $schema: schema.split(sep).join('/'), meta: { ...draft.timeline.meta, zone } },
});
const checked = parseTimeline(file);
if (!checked.ok) fail(formatTimelineProblems(out, checked.problems));
writeFileSync(out, formatTimelineFile(file), { flag: 'wx' });

const shown = (path: string) => relative(process.cwd(), path) || path;
console.log(`Wrote ${shown(out)}: "${document.title}", ${document.paragraphCount} paragraphs, no events yet.`);
console.log('Next:');
console.log(`  npm run studio                         open it there, mark the page furniture, and cite the report`);
console.log(`  TIMELINE_FILE=${shown(out)} REPORT_FILE=${shown(reportFile)} npm run build`);
