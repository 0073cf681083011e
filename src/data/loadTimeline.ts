import { deepFreeze } from './deepFreeze.ts';
import type { LoadedTimeline } from './parseTimeline.ts';
import type { Timeline } from './schema.ts';
import raw from './timeline.json';

/**
 * The curated timeline, as the validator left it: the build's `timeline-data` plugin (scripts/timelineDataPlugin.ts)
 * turns this import into `JSON.parse` of the validated, re-serialised data (a malformed file or a misquote stops the
 * build), so the bundle carries the data but neither the validator nor the author's bytes.
 */
export const timeline: LoadedTimeline = deepFreeze(raw as unknown as Timeline);
