import { migrateTimeline } from '../data/migrateTimeline.ts';
import { parseTimeline } from '../data/parseTimeline.ts';
import { TimelineSchema } from '../data/schema.ts';
import { readUntrustedJson } from './readUntrustedJson.ts';
import type { TimelineFile } from './studioModel.ts';

export type OpenTimelineResult =
  | {
      ok: true;
      file: TimelineFile;
      problems: string[];
      /** True when the file was in the format before `documents`: saving writes it in today's. */
      migrated: boolean;
    }
  | { ok: false; problems: string[] };

/**
 * Opens a timeline file's text: the strict reader first, then the schema. A file that does not have the
 * timeline's shape opens nothing and says why; one whose shape is right but whose cross-checks fail (a reference
 * to a missing record, a status the rules would not give) opens, with those problems listed, to be fixed. A file
 * of the format before `documents` opens as citing one document, `report` (src/data/migrateTimeline.ts).
 */
export function openTimelineText(text: string): OpenTimelineResult {
  const read = readUntrustedJson(text);
  if (!read.ok) return read;
  const { value, migrated } = migrateTimeline(read.value);
  const shaped = TimelineSchema.safeParse(value);
  if (!shaped.success) {
    const problems = parseTimeline(value);
    return {
      ok: false,
      problems: problems.ok
        ? ['the file is not a timeline']
        : problems.problems.slice(0, 20).map((p) => `${p.path || '(whole file)'}: ${p.message}`),
    };
  }
  const checked = parseTimeline(shaped.data);
  return {
    ok: true,
    file: shaped.data,
    migrated,
    problems: checked.ok ? [] : checked.problems.map((p) => `${p.path || '(whole file)'}: ${p.message}`),
  };
}
