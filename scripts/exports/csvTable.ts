/**
 * RFC 4180 tables for spreadsheets: a UTF-8 byte-order mark (so Excel reads accented names as UTF-8), a header
 * row, CRLF record ends, quoting where a field needs it, and formula cells defused.
 */

/** The UTF-8 byte-order mark that starts every CSV download; without it Excel reads the file as Windows-1252. */
export const UTF8_BOM = '\uFEFF';

/** One column of a download table: its header, what it holds (for the readme), and how a row fills it. */
export interface CsvColumn<Row> {
  /** The header cell, in snake_case. */
  name: string;
  /** What the column holds, in a phrase, for the readme's column list. */
  about: string;
  /** The cell's text for one row; an empty string for nothing. */
  get: (row: Row) => string;
}

/** A cell's first characters that make a spreadsheet read it as a formula (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: a leading apostrophe defuses a formula, then RFC 4180 quoting where the field needs it. */
export function formatCsvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The table as CSV text: the byte-order mark, the header row, then one record per row, each ending in CRLF. */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const records = [
    columns.map((column) => formatCsvField(column.name)),
    ...rows.map((row) => columns.map((column) => formatCsvField(column.get(row)))),
  ];
  return `${UTF8_BOM}${records.map((record) => `${record.join(',')}\r\n`).join('')}`;
}
