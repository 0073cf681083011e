/**
 * Switching the machine's zone for a test. Node re-reads `TZ` when it is assigned, but only in a process's main
 * thread: the files that call this run in Vitest's `zones` project, in child processes (vite.config.ts).
 */
import { afterEach } from 'vitest';

const ORIGINAL_ZONE = process.env.TZ;

/** Puts the machine in `zone` (an IANA name) for the rest of the test; the zone is restored after each test. */
export function setMachineZone(zone: string): void {
  process.env.TZ = zone;
}

afterEach(() => {
  process.env.TZ = ORIGINAL_ZONE;
});
