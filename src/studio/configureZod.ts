/**
 * Imported first by the studio's entries, before any schema is built: Zod probes `new Function` when a schema is
 * made unless it is told not to, and the pages' Content-Security-Policy (no evaluated code) reports the probe.
 */
import { z } from 'zod';

z.config({ jitless: true });
