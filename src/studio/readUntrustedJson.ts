import { readTimelineJson } from '../data/readTimelineJson.ts';
import { MAX_TIMELINE_BYTES } from '../data/parseTimeline.ts';

export type ReadUntrustedJsonResult = { ok: true; value: unknown } | { ok: false; problems: string[] };

function formatMegabytes(bytes: number): string {
  return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
}

/** True when a file of this many bytes may be read at all. */
export function isWithinSizeLimit(bytes: number): boolean {
  return bytes <= MAX_TIMELINE_BYTES;
}

/** The message for a file over the limit. */
export function describeOversize(bytes: number): string {
  return `the file is ${formatMegabytes(bytes)}; the studio opens files of at most ${formatMegabytes(MAX_TIMELINE_BYTES)}`;
}

/**
 * Reads an opened or imported file's text as JSON, untrusted: over the size limit it is refused before parsing,
 * and the project's strict reader refuses duplicate keys and `__proto__`, `constructor` and `prototype` anywhere.
 */
export function readUntrustedJson(text: string): ReadUntrustedJsonResult {
  const bytes = new TextEncoder().encode(text).byteLength;
  if (!isWithinSizeLimit(bytes)) return { ok: false, problems: [describeOversize(bytes)] };
  if (text.trim() === '') return { ok: false, problems: ['the file is empty'] };
  const read = readTimelineJson(text);
  if (!read.ok) return { ok: false, problems: read.problems.map((p) => p.message) };
  return { ok: true, value: read.value };
}
