/** The most rows a CSV import may have, checked as it is read. */
export const MAX_CSV_ROWS = 50_000;

export type ParseCsvResult = { ok: true; rows: string[][] } | { ok: false; message: string };

/**
 * Reads RFC 4180 CSV: fields separated by commas, records by CRLF, LF or CR, a field in double quotes may hold
 * commas, line breaks and doubled quotes. A byte-order mark is dropped and blank records are skipped.
 */
export function parseCsv(text: string): ParseCsvResult {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  let quoted = false;
  let line = 1;
  const endRow = () => {
    row.push(field);
    field = '';
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"') {
        if (text.charAt(i + 1) === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      if (c === '\n') line += 1;
      field += c;
      i += 1;
      continue;
    }
    if (c === '"') {
      if (field !== '') return { ok: false, message: `line ${line}: a quote in the middle of an unquoted field` };
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text.charAt(i + 1) === '\n') i += 1;
      endRow();
      line += 1;
      if (rows.length > MAX_CSV_ROWS) return { ok: false, message: `the file has more than ${MAX_CSV_ROWS} rows` };
    } else {
      field += c;
    }
    i += 1;
  }
  if (quoted) return { ok: false, message: `line ${line}: a quoted field is never closed` };
  if (field !== '' || row.length > 0) endRow();
  return { ok: true, rows };
}

/** The rows after the header as objects keyed by the header's names (trimmed, compared without case). */
export function toRecords(rows: readonly string[][]): { header: string[]; records: Map<string, string>[] } {
  const [head = [], ...body] = rows;
  const header = head.map((name) => name.trim().toLowerCase());
  const records = body.map((cells) => new Map(header.map((name, i) => [name, (cells[i] ?? '').trim()])));
  return { header, records };
}
