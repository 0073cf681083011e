/**
 * Which source file each byte of a built chunk came from, read from the chunk's source map: a source map
 * version 3 `mappings` string names, for every stretch of generated code, the source it was generated from.
 */

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUES = new Map(Array.from({ length: BASE64.length }, (_, i) => [BASE64.charAt(i), i]));

/** The source map fields this module reads. */
export interface SourceMapV3 {
  sources: (string | null)[];
  mappings: string;
}

/** Decodes one segment's base64 VLQ fields (relative values, as the map stores them). */
export function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64_VALUES.get(char);
    if (digit === undefined) throw new Error(`"${char}" is not a base64 VLQ digit in "${segment}"`);
    value += (digit & 31) * 2 ** shift;
    shift += 5;
    if ((digit & 32) === 0) {
      values.push(value % 2 === 1 ? -(value - 1) / 2 : value / 2);
      value = 0;
      shift = 0;
    }
  }
  if (shift !== 0) throw new Error(`"${segment}" ends inside a VLQ value`);
  return values;
}

/** One mapped segment: its generated column and the index of its source in `sources`, or -1 for none. */
export interface Segment {
  column: number;
  source: number;
}

/** The segments of each generated line, with columns and source indexes made absolute. */
export function decodeMappings(mappings: string): Segment[][] {
  let source = 0;
  return mappings.split(';').map((line) => {
    let column = 0;
    return line
      .split(',')
      .filter((segment) => segment !== '')
      .map((segment) => {
        const fields = decodeVlq(segment);
        column += fields[0] ?? 0;
        if (fields.length < 4) return { column, source: -1 };
        source += fields[1] ?? 0;
        return { column, source };
      });
  });
}

/**
 * The chunk's code split by source: for each index of `map.sources` (and -1 for code that maps to no source,
 * such as the bundler's runtime and the line breaks), the code generated from it, concatenated.
 */
export function splitCodeBySource(code: string, map: SourceMapV3): Map<number, string> {
  const parts = new Map<number, string[]>();
  const add = (source: number, text: string) => {
    if (text === '') return;
    const list = parts.get(source);
    if (list === undefined) parts.set(source, [text]);
    else list.push(text);
  };
  const lines = code.split('\n');
  const segmentsByLine = decodeMappings(map.mappings);
  lines.forEach((line, i) => {
    const segments = [...(segmentsByLine[i] ?? [])].sort((a, b) => a.column - b.column);
    add(-1, line.slice(0, segments[0]?.column ?? line.length));
    segments.forEach((segment, k) => add(segment.source, line.slice(segment.column, segments[k + 1]?.column)));
    if (i < lines.length - 1) add(-1, '\n');
  });
  return new Map([...parts].map(([source, list]) => [source, list.join('')]));
}
