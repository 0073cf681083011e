import { utcTicks } from 'd3-time';
import type { ZoneName } from '../data/schema.ts';
import { formatClock, formatShortDay, getZoneOffset } from './formatClock.ts';

/** One tick of a time axis, at a round time in the display zone. */
export interface TimeTick {
  /** Epoch milliseconds. */
  at: number;
  /** "9pm" in the report's clock style, or the day ("Sat 2 Jul") for a tick at midnight. */
  label: string;
  /** True for a tick at midnight in the zone: the axis marks a new day. */
  isDayStart: boolean;
}

const MINUTE = 60_000;

function getOffsetMs(zone: ZoneName, at: number): number {
  return getZoneOffset(new Date(at), zone) * MINUTE;
}

/**
 * Ticks on the zone's round hours, minutes and midnights, whatever the browser's
 * own zone. D3 picks round UTC ticks on a domain shifted by the zone's offset
 * (wall-clock time read as UTC); each tick is then shifted back by the offset in
 * force at that tick, so days that change offset still land on round local times.
 */
export function getZonedTicks(start: number, end: number, zone: ZoneName, count: number): TimeTick[] {
  if (!(end > start)) return [];
  const wallStart = start + getOffsetMs(zone, start);
  const wallEnd = end + getOffsetMs(zone, end);
  return utcTicks(new Date(wallStart), new Date(wallEnd), Math.max(2, count))
    .map((wall) => {
      const guess = wall.getTime() - getOffsetMs(zone, wall.getTime());
      const at = wall.getTime() - getOffsetMs(zone, guess);
      const isDayStart = wall.getUTCHours() === 0 && wall.getUTCMinutes() === 0;
      return {
        at,
        label: isDayStart ? formatShortDay(new Date(at), zone) : formatClock(new Date(at), zone),
        isDayStart,
      };
    })
    .filter((tick) => tick.at >= start && tick.at <= end);
}
