import type { TimelineIndex } from '../data/indexTimeline.ts';
import { isKnownZone } from '../time/getReaderZone.ts';
import { getStoryExtent, placeEvents } from '../time/placeEvents.ts';
import type { ParseContext } from '../url/viewState.ts';

/** What reading a link needs to know about this timeline, hosted under `basePath`. */
export function createLinkContext(index: TimelineIndex, basePath: string): ParseContext {
  return {
    basePath,
    hasEvent: index.isEventId,
    hasCategory: (id) => index.timeline.categories.some((c) => c.id === id),
    hasEntity: (id) => index.timeline.entities.some((e) => e.id === id),
    story: getStoryExtent(placeEvents(index.events)),
    isKnownZone,
  };
}
