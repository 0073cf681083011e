/**
 * Rewrites a timeline file of the format before `documents` in today's format: its one report becomes the
 * document `report` and every citation names it (src/data/migrateTimeline.ts). The file is written only when the
 * result is valid; a file already in today's format is left alone.
 *
 *   node scripts/migrateTimeline.ts path/to/timeline.json
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { migrateTimeline } from '../src/data/migrateTimeline.ts';
import { formatTimelineProblems, parseTimeline } from '../src/data/parseTimeline.ts';
import { readTimelineJson } from '../src/data/readTimelineJson.ts';

const [file] = process.argv.slice(2);
if (file === undefined) {
  console.error('usage: node scripts/migrateTimeline.ts path/to/timeline.json');
  process.exit(2);
}
const read = readTimelineJson(readFileSync(file, 'utf8'));
if (!read.ok) {
  console.error(`${file}: not valid JSON: ${read.problems.map((p) => p.message).join('; ')}`);
  process.exit(1);
}
const { value, migrated } = migrateTimeline(read.value);
if (!migrated) {
  console.log(`${file} already names its documents: nothing to do`);
  process.exit(0);
}
const parsed = parseTimeline(value);
if (!parsed.ok) {
  console.error(formatTimelineProblems(file, parsed.problems));
  console.error('The file was not changed: fix these, then migrate it again.');
  process.exit(1);
}
// Written beside it, then renamed over it, so a crash never leaves half a file.
writeFileSync(`${file}.migrating`, `${JSON.stringify(value, null, 2)}\n`);
renameSync(`${file}.migrating`, file);
console.log(`${file}: its report is now the document "report", and every citation names it`);
