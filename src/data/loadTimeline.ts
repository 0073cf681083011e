import { deepFreeze } from './deepFreeze.ts';
import type { LoadedTimeline } from './parseTimeline.ts';
import type { Timeline } from './schema.ts';
import raw from './timeline.json';

/**
 * The curated timeline. The build's `timeline-data` plugin validates this file
 * with `parseTimeline` before it is bundled (a malformed file stops the build),
 * so the shipped app carries the data but not the validator.
 */
export const timeline: LoadedTimeline = deepFreeze(raw as unknown as Timeline);
