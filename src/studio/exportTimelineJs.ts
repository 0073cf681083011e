/**
 * Exports a validated timeline as TimelineJS JSON (its documented format: `title`, `events` of slides with
 * `start_date`, optional `end_date`, `text.headline`, `text.text`, `group`, `display_date`, `unique_id`). Dates
 * give no more than is known, and every slide's `display_date` says the time in our words, so an uncertain time
 * never reads as a precise one. TimelineJS renders `text.text` as HTML: every text of ours is escaped first.
 */
import type { DeepReadonly } from '../data/deepFreeze.ts';
import { getNameInSentence, STATUS_LABELS } from '../shared/describeStatus.ts';
import { indexTimeline } from '../data/indexTimeline.ts';
import type { LoadedTimeline } from '../data/parseTimeline.ts';
import type { EventId, Source, TimelineEvent } from '../data/schema.ts';
import { describeEventTime } from '../time/describeEventTime.ts';
import { placeEvents } from '../time/placeEvents.ts';
import { getZonedParts } from './zonedInput.ts';
import { escapeMarkup } from '../shared/escapeMarkup.ts';
import { describeParagraph } from '../shared/describeDocument.ts';

/** A TimelineJS date object; month from 1. */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  display_date?: string;
}

export interface TimelineJsSlide {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: { headline: string; text: string };
  group?: string;
  display_date?: string;
  unique_id?: string;
}

export interface TimelineJsJson {
  title: { text: { headline: string; text: string } };
  events: TimelineJsSlide[];
}

/** Text made safe to sit in HTML: TimelineJS writes `text.text` and `headline` into the page as markup. */
export const escapeHtml = escapeMarkup;

type Depth = 'day' | 'hour' | 'minute';

function toDate(instant: string | number, zone: string, depth: Depth): TimelineJsDate {
  const iso = typeof instant === 'number' ? new Date(instant).toISOString() : instant;
  const { year, month, day, hour, minute } = getZonedParts(iso, zone);
  if (depth === 'day') return { year, month, day };
  if (depth === 'hour') return { year, month, day, hour };
  return { year, month, day, hour, minute };
}

/** One citation as a slide lists it: "Paragraph 5 of the report: “…” (said by police)", in the page's words. */
function formatCitation(source: DeepReadonly<Source>, speaker: string | undefined, timeline: LoadedTimeline): string {
  const who = [speaker === undefined ? '' : `said by ${speaker}`, source.hedged === true ? 'hedged' : '']
    .filter(Boolean)
    .join(', ');
  return `<li>${escapeHtml(describeParagraph(source, timeline))}: “${escapeHtml(source.excerpt)}”${who === '' ? '' : ` (${escapeHtml(who)})`}</li>`;
}

/** The timeline as TimelineJS JSON, events in reading order, groups from categories. */
export function toTimelineJs(timeline: LoadedTimeline): TimelineJsJson {
  const index = indexTimeline(timeline);
  const zone = timeline.meta.zone;
  const placements = new Map(placeEvents(timeline.events).map((p) => [p.id, p]));
  const getTitle = (id: EventId) => index.getEvent(id)?.title ?? id;
  const events = timeline.events.map((event: DeepReadonly<TimelineEvent>): TimelineJsSlide => {
    const described = describeEventTime(event.time, zone, getTitle);
    const time = event.time;
    let start: TimelineJsDate;
    let end: TimelineJsDate | undefined;
    switch (time.kind) {
      case 'exact':
        start = toDate(time.at, zone, 'minute');
        break;
      case 'approximate':
        start = toDate(time.at, zone, time.precision === 'hour' ? 'hour' : 'day');
        break;
      case 'interval':
        if (time.spans) {
          start = toDate(time.earliest, zone, 'minute');
          end = toDate(time.latest, zone, 'minute');
        } else start = toDate(time.best ?? time.earliest, zone, time.best === undefined ? 'day' : 'hour');
        break;
      case 'order': {
        // TimelineJS needs a date; the chart's own place for the event, to the day, and the words say the rest.
        const anchor = placements.get(event.id)?.anchor ?? Date.parse(time.notBefore ?? new Date(0).toISOString());
        start = toDate(Number.isFinite(anchor) ? anchor : 0, zone, 'day');
        break;
      }
    }
    const category = index.getCategory(event.category);
    const citations = event.sources
      .map((source) => {
        const entity = source.saidBy === undefined ? undefined : index.getEntity(source.saidBy);
        return formatCitation(source, entity === undefined ? source.saidBy : getNameInSentence(entity), timeline);
      })
      .join('');
    const text = [
      `<p>${escapeHtml(event.summary)}</p>`,
      `<p>When: ${escapeHtml(described.text)} (${escapeHtml(described.precision)}).</p>`,
      `<p>Status: ${escapeHtml(STATUS_LABELS[event.status])}.</p>`,
      `<p>Sources:</p><ul>${citations}</ul>`,
    ].join('');
    return {
      start_date: start,
      ...(end === undefined ? {} : { end_date: end }),
      display_date: escapeHtml(described.text),
      text: { headline: escapeHtml(event.title), text },
      ...(category === undefined ? {} : { group: category.label }),
      unique_id: event.id,
    };
  });
  return {
    title: {
      text: { headline: escapeHtml(timeline.meta.title), text: `<p>${escapeHtml(timeline.meta.description)}</p>` },
    },
    events,
  };
}
