/**
 * Structured data for each prerendered page (JSON-LD, schema.org): the home page as an `ItemList` of the
 * timeline's events, an event's page as an `Article` about that event. Times are given as the report gives them:
 * a `startDate` only where the report states the time (the date it rests on is in `meta.context`), the rest in
 * words, never as an instant nobody gave.
 */
import type { LoadedTimeline } from '../src/data/parseTimeline.ts';
import type { EventId } from '../src/data/schema.ts';
import { describeEventTime } from '../src/time/describeEventTime.ts';

/** A JSON-LD object: plain JSON values only. */
type JsonLd = { [key: string]: JsonLdValue };
type JsonLdValue = string | number | boolean | JsonLd | JsonLdValue[];

/**
 * JSON for a `<script type="application/ld+json">` element: `<` is escaped so no text in the data can close the
 * element (`</script>`) or open a comment; JSON parsers read `\u003c` back as `<`.
 */
export function serialiseJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** The page's structured data: the home page (no event) or an event's page. */
export function getStructuredData(
  timeline: LoadedTimeline,
  eventId: EventId | undefined,
  basePath: string,
  siteUrl: string | undefined,
): JsonLd {
  const { meta, events } = timeline;
  const url = (path: string) => `${siteUrl ?? ''}${basePath}${path}`;
  const event = events.find((e) => e.id === eventId);
  if (event === undefined) {
    return {
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      name: meta.title,
      description: meta.description,
      url: url(''),
      dateModified: meta.updated,
      numberOfItems: events.length,
      itemListOrder: 'https://schema.org/ItemListOrderAscending',
      itemListElement: events.map((e, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        name: e.title,
        url: url(`events/${e.id}/`),
      })),
    };
  }
  const getTitle = (id: EventId) => events.find((e) => e.id === id)?.title ?? id;
  const time = describeEventTime(event.time, meta.zone, getTitle);
  const place = timeline.entities.find((e) => e.id === event.place);
  const about: JsonLd = {
    '@type': 'Event',
    name: event.title,
    description: `${event.summary} When: ${time.text}.`,
    // Only a time the report states is an instant; every other time is in the description, in words.
    ...(event.time.kind === 'exact' ? { startDate: event.time.at } : {}),
    ...(place === undefined ? {} : { location: { '@type': 'Place', name: place.name } }),
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: event.title,
    description: event.summary,
    url: url(`events/${event.id}/`),
    dateModified: meta.updated,
    about,
    isPartOf: { '@type': 'ItemList', name: meta.title, url: url('') },
  };
}

/** The `<script type="application/ld+json">` element for a page's head. */
export function renderStructuredData(
  timeline: LoadedTimeline,
  eventId: EventId | undefined,
  basePath: string,
  siteUrl: string | undefined,
): string {
  return `<script type="application/ld+json">${serialiseJsonLd(getStructuredData(timeline, eventId, basePath, siteUrl))}</script>`;
}
