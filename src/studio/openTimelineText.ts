import { parseTimeline } from '../data/parseTimeline.ts';
import { TimelineSchema } from '../data/schema.ts';
import { readUntrustedJson } from './readUntrustedJson.ts';
import type { TimelineFile } from './studioModel.ts';

export type OpenTimelineResult =
  { ok: true; file: TimelineFile; problems: string[] } | { ok: false; problems: string[] };

/**
 * Opens a timeline file's text: the strict reader first, then the schema. A file that does not have the
 * timeline's shape opens nothing and says why; one whose shape is right but whose cross-checks fail (a reference
 * to a missing record, a status the rules would not give) opens, with those problems listed, to be fixed.
 */
export function openTimelineText(text: string): OpenTimelineResult {
  const read = readUntrustedJson(text);
  if (!read.ok) return read;
  const shaped = TimelineSchema.safeParse(read.value);
  if (!shaped.success) {
    const problems = parseTimeline(read.value);
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
    problems: checked.ok ? [] : checked.problems.map((p) => `${p.path || '(whole file)'}: ${p.message}`),
  };
}
