/**
 * Imports a CSV in our own columns (the reader's CSV download, `EVENT_COLUMNS` in scripts/exports/toTimelineCsv.ts,
 * or a spreadsheet made to match it). Times keep their kind (exact, approximate, window-moment, window-lasting,
 * order-only) and, for an approximate time, the precision its window implies; every time is flagged to review.
 * The CSV's citations are not trusted: each becomes a note for the author, who cites the passage from the report.
 */
import { RelationKindSchema } from '../data/schema.ts';
import type { ImportedEvent, ImportResult } from './importedTimeline.ts';
import { MAX_IMPORTED_EVENTS } from './importTimelineJs.ts';
import { parseCsv, toRecords } from './parseCsv.ts';
import type { FileEventTime } from './studioModel.ts';
import { toPlainText } from './toPlainText.ts';

/** A cell the export defused with a leading apostrophe, as it was. */
/** The columns this import reads; the download's others (status, wording, corrections) are derived, not read. */
export const OWN_CSV_COLUMNS = [
  'id',
  'title',
  'summary',
  'category',
  'time_kind',
  'time_precision',
  'time_basis',
  'time_known',
  'earliest_utc',
  'latest_utc',
  'best_utc',
  'not_before_utc',
  'after',
  'before',
  'place',
  'entities',
  'sources',
  'related',
] as const;

/** The download's columns that are worked out from the others, so the import passes over them without a word. */
const DERIVED_COLUMNS = ['status', 'status_label', 'status_reason', 'when', 'zone', 'aliases', 'corrected'];

/** The precision an approximate window implies when the CSV does not name it. */
function getImpliedPrecision(earliest: string, latest: string): 'hour' | 'part-of-day' | 'day' {
  const hours = (Date.parse(latest) - Date.parse(earliest)) / 3_600_000;
  return hours <= 1 ? 'hour' : hours <= 12 ? 'part-of-day' : 'day';
}

function undefuse(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

function readInstant(value: string): string | undefined {
  return value !== '' && !Number.isNaN(Date.parse(value)) && /T\d{2}:\d{2}/.test(value) ? value : undefined;
}

function readTime(row: Map<string, string>): FileEventTime | string {
  const basisCell = row.get('time_basis') ?? '';
  const basis = basisCell === 'stated' || basisCell === 'derived' || basisCell === 'inferred' ? basisCell : 'context';
  const known =
    toPlainText(undefuse(row.get('time_known') ?? '')) || 'Imported from a CSV; check it against the report';
  const common = { basis, known } as const;
  const earliest = readInstant(row.get('earliest_utc') ?? '');
  const latest = readInstant(row.get('latest_utc') ?? '');
  const best = readInstant(row.get('best_utc') ?? '');
  const notBefore = readInstant(row.get('not_before_utc') ?? '');
  const precision = row.get('time_precision') ?? '';
  const ids = (cell: string | undefined) => (cell ?? '').split(/\s+/).filter(Boolean);
  switch (row.get('time_kind')) {
    case 'exact': {
      const at = best ?? earliest;
      return at === undefined ? 'an exact time needs best_utc or earliest_utc' : { kind: 'exact', at, ...common };
    }
    case 'approximate':
      if (earliest === undefined || latest === undefined)
        return 'an approximate time needs earliest_utc and latest_utc';
      return {
        kind: 'approximate',
        at: best ?? earliest,
        earliest,
        latest,
        precision:
          precision === 'hour' || precision === 'part-of-day' || precision === 'day'
            ? precision
            : getImpliedPrecision(earliest, latest),
        ...common,
      };
    case 'interval':
    case 'window-moment':
    case 'window-lasting':
      if (earliest === undefined || latest === undefined) return 'a window needs earliest_utc and latest_utc';
      return {
        kind: 'interval',
        earliest,
        latest,
        spans: row.get('time_kind') === 'window-lasting',
        ...(best === undefined ? {} : { best }),
        ...common,
      };
    case 'order':
    case 'order-only':
      return {
        kind: 'order',
        after: ids(row.get('after')),
        before: ids(row.get('before')),
        ...(notBefore === undefined ? {} : { notBefore }),
        ...common,
      };
    default:
      return `"${row.get('time_kind') ?? ''}" is not a kind of time (exact, approximate, window-moment, window-lasting or order-only)`;
  }
}

/** Reads a CSV of our own columns; `id`, `title` and `time_kind` are required, the others optional. */
export function importOwnCsv(text: string): ImportResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const { header, records } = toRecords(parsed.rows);
  const missing = ['id', 'title', 'time_kind'].filter((column) => !header.includes(column));
  if (missing.length > 0) {
    return {
      ok: false,
      message: `this is not a CSV of our columns: it has no ${missing.map((c) => `"${c}"`).join(', ')} column`,
    };
  }
  if (records.length > MAX_IMPORTED_EVENTS) {
    return {
      ok: false,
      message: `the file has ${records.length} rows; an import may have at most ${MAX_IMPORTED_EVENTS}`,
    };
  }
  const unknown = header.filter(
    (column) => !(OWN_CSV_COLUMNS as readonly string[]).includes(column) && !DERIVED_COLUMNS.includes(column),
  );
  const warnings = unknown.length > 0 ? [`Columns left out: ${unknown.join(', ')}`] : [];
  const events: ImportedEvent[] = [];
  records.forEach((row, i) => {
    const title = toPlainText(undefuse(row.get('title') ?? ''));
    const label = `Row ${i + 2} (“${title}”)`;
    const time = readTime(row);
    if (typeof time === 'string') {
      warnings.push(`${label} was left out: ${time}`);
      return;
    }
    const notes: string[] = [];
    const sources = toPlainText(undefuse(row.get('sources') ?? ''));
    if (sources !== '') {
      notes.push(`The CSV cited: ${sources}. Cite each passage from the report to attach it.`);
    }
    const named = [row.get('place'), row.get('entities')]
      .map((cell) => toPlainText(undefuse(cell ?? '')))
      .filter(Boolean);
    if (named.length > 0) notes.push(`The CSV named: ${named.join('; ')}.`);
    const relations = (row.get('related') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .flatMap((pair) => {
        const [kind = '', event = ''] = pair.split(':');
        const parsedKind = RelationKindSchema.safeParse(kind);
        return parsedKind.success && event !== '' ? [{ kind: parsedKind.data, event }] : [];
      });
    const category = toPlainText(undefuse(row.get('category') ?? ''));
    events.push({
      suggestedId: row.get('id') ?? '',
      title,
      summary: toPlainText(undefuse(row.get('summary') ?? '')),
      time,
      notes,
      ...(category === '' ? {} : { group: category }),
      ...(relations.length === 0 ? {} : { relations }),
    });
  });
  return { ok: true, imported: { events, warnings } };
}
