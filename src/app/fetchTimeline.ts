import { deepFreeze } from '../data/deepFreeze.ts';
import type { LoadedTimeline } from '../data/parseTimeline.ts';
import type { Timeline } from '../data/schema.ts';
import timelineUrl from '../data/timeline.json?url';

/**
 * The timeline's data, fetched as its own file rather than bundled into the script: the engine's code and
 * the report's data are cached apart, and the page preloads the file so both arrive together. The file is the
 * validated data re-serialised by the build (scripts/timelineDataPlugin.ts), never the author's bytes, so it is
 * trusted as it stands.
 */
export async function fetchTimeline(): Promise<LoadedTimeline> {
  const response = await fetch(timelineUrl);
  if (!response.ok) throw new Error(`The timeline's data did not load (${response.status} ${response.statusText}).`);
  return deepFreeze((await response.json()) as Timeline);
}
