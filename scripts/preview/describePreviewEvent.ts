import type { DeepReadonly } from '../../src/data/deepFreeze.ts';
import { describeStatus, STATUS_LABELS } from '../../src/shared/describeStatus.ts';
import type { TimelineIndex } from '../../src/data/indexTimeline.ts';
import type { EventId, EventTime, TimelineEvent, ZoneName } from '../../src/data/schema.ts';
import { assertNever } from '../../src/data/assertNever.ts';
import { describeEventTime } from '../../src/time/describeEventTime.ts';
import { formatClock, formatPartOfDay } from '../../src/time/formatClock.ts';
import { formatShortZonedDay } from './formatPreviewDate.ts';

/**
 * An event's time in words for a preview card, in the panel's wording. An order-only time is worded from its
 * neighbours alone: its `notBefore` floor rests on a reading of vague words ("several hours" as at least two)
 * that only the page's context notes explain, and a card travels without them, so it never shows that clock.
 */
export function describePreviewTime(
  time: DeepReadonly<EventTime>,
  zone: ZoneName,
  getTitle: (id: EventId) => string,
): string {
  if (time.kind !== 'order') return describeEventTime(time, zone, getTitle).text;
  const neighboursOnly: DeepReadonly<EventTime> = {
    kind: 'order',
    after: time.after,
    before: time.before,
    basis: time.basis,
    known: time.known,
  };
  return describeEventTime(neighboursOnly, zone, getTitle).text;
}

/**
 * The short label of a step whose time the report gives, as the sequence strip shows it: "9.20pm, Fri 1 Jul",
 * "about 9pm, Fri 1 Jul", "11.20pm–noon, Fri 1 Jul". Undefined for an order-only step, which gets no label:
 * the strip never puts a clock where the report gives none.
 */
export function getStepTimeLabel(time: DeepReadonly<EventTime>, zone: ZoneName): string | undefined {
  switch (time.kind) {
    case 'exact': {
      const at = new Date(time.at);
      return `${formatClock(at, zone)}, ${formatShortZonedDay(at, zone)}`;
    }
    case 'approximate': {
      const at = new Date(time.at);
      const day = formatShortZonedDay(at, zone);
      if (time.precision === 'hour') return `about ${formatClock(at, zone)}, ${day}`;
      if (time.precision === 'part-of-day') return `${formatPartOfDay(at, zone)}, ${day}`;
      return day;
    }
    case 'interval': {
      const earliest = new Date(time.earliest);
      const latest = new Date(time.latest);
      const [firstDay, lastDay] = [formatShortZonedDay(earliest, zone), formatShortZonedDay(latest, zone)];
      return firstDay === lastDay
        ? `${formatClock(earliest, zone)}–${formatClock(latest, zone)}, ${firstDay}`
        : `${formatClock(earliest, zone)}, ${firstDay} – ${formatClock(latest, zone)}, ${lastDay}`;
    }
    case 'order':
      return undefined;
    default:
      return assertNever(time);
  }
}

/**
 * An event's status in words for a preview card: the panel's sentence, led by the status's name where the
 * sentence does not say it ("Not confirmed. The report hedges it …"), since the card has no badge or legend.
 */
export function describePreviewStatus(event: DeepReadonly<TimelineEvent>, index: TimelineIndex): string {
  const sentence = describeStatus(event, index);
  switch (event.status) {
    case 'stated':
    case 'attributed':
    case 'claimed':
      return sentence;
    case 'unconfirmed':
    case 'disputed':
      return `${STATUS_LABELS[event.status]}. ${sentence}`;
    default:
      return assertNever(event.status);
  }
}
