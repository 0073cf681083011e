import type { DeepReadonly } from '../data/deepFreeze.ts';
import type { TimelineIndex } from '../data/indexTimeline.ts';
import type { Correction } from '../data/schema.ts';
import { formatCalendarDate } from '../time/formatClock.ts';
import { isKnownZone } from '../time/getReaderZone.ts';
import { getZoneCity } from '../time/zones.ts';
import { getStoryExtent, placeEvents } from '../time/placeEvents.ts';
import type { FormerEvent, LinkCorrection, ParseContext } from '../view/viewState.ts';
import { EMBED_FOLDER } from './embedFolder.ts';

/**
 * What became of every id a correction took out of the timeline: the event each alias now belongs to, and the
 * retired ids. Each names the latest correction that lists the old id (the one that took it out), whose entry
 * is read on the full timeline's home page, `siteBasePath` (in a new tab from the embed).
 */
export function getFormerEvents(
  index: TimelineIndex,
  siteBasePath: string,
  isEmbed = false,
): ReadonlyMap<string, FormerEvent> {
  const { events, corrections, retired = [] } = index.timeline;
  const toLinkCorrection = (correction: DeepReadonly<Correction> | undefined): LinkCorrection | undefined =>
    correction === undefined
      ? undefined
      : {
          href: `${siteBasePath}#correction-${correction.id}`,
          opensInNewTab: isEmbed,
          date: formatCalendarDate(correction.date),
          what: correction.what,
        };
  const namingCorrection = (id: string) => [...corrections].reverse().find((c) => c.records.includes(id));
  const former = new Map<string, FormerEvent>();
  for (const event of events) {
    for (const alias of event.aliases ?? []) {
      former.set(alias, {
        kind: 'alias',
        successor: event.id,
        correction: toLinkCorrection(namingCorrection(alias)),
      });
    }
  }
  for (const { id, correction } of retired) {
    former.set(id, {
      kind: 'retired',
      correction: toLinkCorrection(corrections.find((c) => c.id === correction) ?? namingCorrection(id)),
    });
  }
  return former;
}

/** The full timeline's base path for a base path that may be its embed folder's. */
export function getSiteBasePath(basePath: string): string {
  return basePath.endsWith(`/${EMBED_FOLDER}`) ? basePath.slice(0, -EMBED_FOLDER.length) : basePath;
}

/** What reading a link needs to know about this timeline, hosted under `basePath` (the embed's folder or not). */
export function createLinkContext(index: TimelineIndex, basePath: string): ParseContext {
  const siteBasePath = getSiteBasePath(basePath);
  // Built on the first link to an id that is no longer current: most links name none, and the corrections'
  // dates in words cost the page's first date format while it starts.
  let former: ReadonlyMap<string, FormerEvent> | undefined;
  return {
    basePath,
    hasEvent: index.isEventId,
    getFormerEvent: (id) => (former ??= getFormerEvents(index, siteBasePath, siteBasePath !== basePath)).get(id),
    hasCategory: (id) => index.timeline.categories.some((c) => c.id === id),
    hasEntity: (id) => index.timeline.entities.some((e) => e.id === id),
    story: getStoryExtent(placeEvents(index.events)),
    isKnownZone,
    homeZoneName: getZoneCity(index.timeline.meta.zone),
  };
}
