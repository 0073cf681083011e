import type { ZoneName } from '../data/schema.ts';
import { getZoneOffset } from './formatClock.ts';

/** Dhaka, where the curated report's events happened (its `meta.zone`). */
export const DHAKA = 'Asia/Dhaka' as ZoneName;
/** London, where the report's "BST" (British Summer Time, UTC+1) is kept. */
export const LONDON = 'Europe/London' as ZoneName;
export const UTC = 'UTC' as ZoneName;

/** An offset in minutes as readers write it: "UTC+6", "UTC+5:30", "UTC−3", "UTC". */
export function formatUtcOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const sign = offsetMinutes > 0 ? '+' : '−';
  const abs = Math.abs(offsetMinutes);
  const hours = Math.floor(abs / 60);
  const minutes = abs % 60;
  return `UTC${sign}${hours}${minutes === 0 ? '' : `:${String(minutes).padStart(2, '0')}`}`;
}

/** The city part of an IANA name: "America/Los_Angeles" → "Los Angeles". */
export function getZoneCity(zone: ZoneName): string {
  if (zone === UTC) return 'UTC';
  const city = zone.split('/').at(-1) ?? zone;
  return city.replaceAll('_', ' ');
}

/**
 * The zone named with its offset at that instant, never a bare abbreviation:
 * "Dhaka (UTC+6)", "London (UTC+1)", "UTC". A bare "BST" would be read as Bangladesh Standard Time.
 */
export function formatZoneLabel(zone: ZoneName, at: Date): string {
  if (zone === UTC) return 'UTC';
  return `${getZoneCity(zone)} (${formatUtcOffset(getZoneOffset(at, zone))})`;
}
