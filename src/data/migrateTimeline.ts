/**
 * Timeline files written before the schema named its documents held one report: `meta.paragraphCount` and
 * `meta.furniture` described it, and citations quoted it without naming it. Such a file is read as citing one
 * document, `report`, which takes those two fields; nothing else changes. A file that has `documents` is left as
 * it is, so a half-migrated file meets the schema's own message for the field that is out of place.
 */

/** The id the one report of an older file is given, and the first document of a new timeline. */
export const FIRST_DOCUMENT_ID = 'report';

/** The title the one report of an older file is given: such a file never said what it was called. */
export const MIGRATED_DOCUMENT_TITLE = 'The report';

/** The collections whose records carry `sources`. */
const SOURCED = ['events', 'entities', 'figures'] as const;

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** True for a file in the format before `documents`: no documents, and the report described in `meta`. */
export function isOneReportFormat(raw: unknown): raw is JsonObject & { meta: JsonObject } {
  return (
    isObject(raw) && !Object.hasOwn(raw, 'documents') && isObject(raw.meta) && Object.hasOwn(raw.meta, 'paragraphCount')
  );
}

/** A record with every citation naming the one report (a citation that names a document keeps it). */
function citeReport(record: unknown): unknown {
  if (!isObject(record) || !Array.isArray(record.sources)) return record;
  const sources = record.sources.map((source: unknown) =>
    isObject(source) && !Object.hasOwn(source, 'document') ? { document: FIRST_DOCUMENT_ID, ...source } : source,
  );
  return { ...record, sources };
}

/**
 * The file in today's format, and whether it had to be migrated. Only the input's own properties are read, and
 * the output is built of fresh plain objects (the strict reader has already refused `__proto__` keys).
 */
export function migrateTimeline(raw: unknown): { value: unknown; migrated: boolean } {
  if (!isOneReportFormat(raw)) return { value: raw, migrated: false };
  const { paragraphCount, furniture, ...meta } = raw.meta;
  const document = { id: FIRST_DOCUMENT_ID, title: MIGRATED_DOCUMENT_TITLE, paragraphCount, furniture };
  const value: JsonObject = {};
  for (const [key, field] of Object.entries(raw)) {
    if (key === 'meta') {
      value.meta = meta;
      value.documents = [document];
    } else if ((SOURCED as readonly string[]).includes(key) && Array.isArray(field)) {
      value[key] = field.map(citeReport);
    } else value[key] = field;
  }
  return { value, migrated: true };
}
