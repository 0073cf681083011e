import type { LoadedTimeline } from '../data/parseTimeline.ts';
import { toTimelineJs } from './exportTimelineJs.ts';

/** The TimelineJS export as the text of a file. */
export function exportTimelineJsText(timeline: LoadedTimeline): string {
  const json = toTimelineJs(timeline);
  return `${JSON.stringify(json, null, 2)}\n`;
}
