import type { ZoneName } from '../data/schema.ts';

/** True when the runtime knows the zone, so formatting in it will not throw. */
export function isKnownZone(zone: string): zone is ZoneName {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
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
