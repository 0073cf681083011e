import type { ZoneName } from '../data/schema.ts';
import { prepareZone } from './formatClock.ts';

/**
 * True when the runtime knows the zone, so formatting in it will not throw. It makes the zone's own formatter, which
 * the page keeps for when it formats in the zone, rather than a throwaway in another locale, whose data would be
 * loaded for nothing.
 */
export function isKnownZone(zone: string): zone is ZoneName {
  try {
    prepareZone(zone);
    return true;
  } catch {
    return false;
  }
}

/** The reader's own zone, from the browser, or undefined when it cannot say. */
export function getReaderZone(): ZoneName | undefined {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return typeof zone === 'string' && zone !== '' && isKnownZone(zone) ? zone : undefined;
}
