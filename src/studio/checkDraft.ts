import { parseTimeline } from '../data/parseTimeline.ts';
import type { LoadedTimeline, TimelineProblem } from '../data/parseTimeline.ts';
import { checkProvenance } from '../data/checkProvenance.ts';
import type { Draft } from './studioModel.ts';
import { toTimelineFile } from './studioModel.ts';

export interface DraftCheck {
  /** Every problem: the schema's and cross-checks' first, then the excerpts that are not in their paragraph. */
  problems: TimelineProblem[];
  /** The validated, frozen timeline when there is no problem at all. */
  timeline?: LoadedTimeline;
}

/**
 * Checks a draft exactly as the build will check its file: the schema and cross-checks (`parseTimeline`), then
 * every excerpt against its document's paragraph wherever the author has that document's text open
 * (`checkProvenance`, the build's own check).
 */
export function checkDraft(draft: Draft): DraftCheck {
  const file = toTimelineFile(draft);
  const result = parseTimeline(file);
  const problems: TimelineProblem[] = result.ok ? [] : [...result.problems];
  const texts = new Map(
    draft.documents.flatMap((d) => (d.paragraphs === undefined ? [] : ([[d.id, d.paragraphs]] as const))),
  );
  problems.push(...checkProvenance(file, texts));
  return result.ok && problems.length === 0 ? { problems, timeline: result.timeline } : { problems };
}
