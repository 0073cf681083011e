import { isKnownZone } from '../data/schema.ts';
import type { ImportResult } from './importedTimeline.ts';
import { importOwnCsv } from './importOwnCsv.ts';
import { importTimelineJsCsv, importTimelineJsJson } from './importTimelineJs.ts';
import { readUntrustedJson } from './readUntrustedJson.ts';

/**
 * Imports a file's text by what it holds: JSON is TimelineJS's; a CSV with a "Headline" column is TimelineJS's
 * spreadsheet template, one with "time_kind" is ours. The text is untrusted: the JSON goes through the strict
 * reader and the size limit first.
 */
export function importText(name: string, text: string, zone: string): ImportResult {
  if (!isKnownZone(zone)) return { ok: false, message: `"${zone}" is not a time zone in the IANA database` };
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('{') || /\.json$/i.test(name)) {
    const read = readUntrustedJson(text.replace(/^\uFEFF/, ''));
    if (!read.ok) return { ok: false, message: read.problems.join('; ') };
    if (typeof read.value === 'object' && read.value !== null && 'meta' in read.value) {
      return { ok: false, message: 'this is a timeline of ours: open it with “Open a timeline” instead' };
    }
    return importTimelineJsJson(read.value, zone);
  }
  const firstLine = trimmed.split(/\r\n|\n|\r/, 1)[0]?.toLowerCase() ?? '';
  if (/(^|,)\s*"?time_kind"?\s*(,|$)/.test(firstLine)) return importOwnCsv(text);
  if (/(^|,)\s*"?headline"?\s*(,|$)/.test(firstLine)) return importTimelineJsCsv(text, zone);
  return {
    ok: false,
    message:
      'the file is neither TimelineJS JSON nor a CSV with TimelineJS’s columns (Year, Headline…) or ours (id, title, time_kind…)',
  };
}
