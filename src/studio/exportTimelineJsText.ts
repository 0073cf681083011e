import type { LoadedTimeline } from '../data/parseTimeline.ts';
import { toTimelineJs } from './exportTimelineJs.ts';

/** The TimelineJS export as the text of a file. */
export function exportTimelineJsText(timeline: LoadedTimeline, documentTitle?: string): string {
  const json = toTimelineJs(timeline, documentTitle === undefined ? {} : { documentTitle: `“${documentTitle}”` });
  return `${JSON.stringify(json, null, 2)}\n`;
}
