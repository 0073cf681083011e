/**
 * A strict reader for the text of a timeline file. `JSON.parse` lets the last of two equal keys win silently,
 * turns a byte-order mark or `NaN` into an error with no line, and hands `__proto__` to whoever reads the object
 * next; this reader refuses all of that, locates every syntax error by line and column, and builds its result with
 * `Object.defineProperty`, so no key can ever set a prototype.
 */

/** One step of a JSON path: an object's key or an array's index. */
export type JsonPathStep = string | number;

/** Something wrong in a timeline file's JSON, located in the text and, once past the syntax, in the value. */
export interface JsonProblem {
  /** Where in the value, as keys and indices; empty for the file as a whole (every syntax error). */
  path: readonly JsonPathStep[];
  /** The line of the text, from 1. */
  line: number;
  /** The column of the text, from 1, in UTF-16 code units. */
  column: number;
  /** What is wrong, in a sentence that says where (line and column) when the path alone cannot. */
  message: string;
}

export type ReadTimelineJsonResult =
  { ok: true; value: unknown } | { ok: false; value?: unknown; problems: readonly JsonProblem[] };

/** Keys refused anywhere in a timeline file: each one reaches an object's prototype in some reader. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** How deeply arrays and objects may nest: a timeline needs 6 levels; this keeps a hostile file off the stack. */
export const MAX_JSON_DEPTH = 64;

/** A syntax error: the reader stops at the first one, since nothing after it can be trusted. */
class JsonSyntaxError extends Error {
  /** Where in the text, in UTF-16 code units from 0. */
  readonly offset: number;

  constructor(message: string, offset: number) {
    super(message);
    this.offset = offset;
  }
}

/** The offsets at which the text's lines start; `\r\n`, `\n` and `\r` each end a line. */
function findLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
  }
  return starts;
}

/** Turns offsets into lines and columns; the lines are found once, on the first problem, not for every key. */
function createLocator(text: string): (offset: number) => { line: number; column: number } {
  let starts: number[] | undefined;
  return (offset) => {
    starts ??= findLineStarts(text);
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  };
}

/** The line and column (both from 1, the column in UTF-16 code units) of an offset into the text. */
export function getLineAndColumn(text: string, offset: number): { line: number; column: number } {
  return createLocator(text)(offset);
}

/** A character as a reader would name it: printable ones quoted, others by code point. */
function describeCharacter(text: string, offset: number): string {
  const codePoint = text.codePointAt(offset);
  if (codePoint === undefined) return 'the end of the file';
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  return codePoint > 0x20 && codePoint < 0x7f ? `"${String.fromCodePoint(codePoint)}"` : hex;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** What ends a run of a string's own text: its closing quote, an escape, or a control character JSON refuses. */
// eslint-disable-next-line no-control-regex -- finding the control characters JSON refuses is the point.
const STRING_STOP = /["\\\u0000-\u001F]/g;
/** JSON's number grammar, anchored where the reader stands. */
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** Words that other formats allow and JSON does not, with what to write instead. */
const NOT_JSON_WORDS: readonly (readonly [RegExp, string])[] = [
  [/-?Infinity/y, 'is not JSON: write a finite number'],
  [/NaN/y, 'is not JSON: write a number'],
  [/undefined/y, 'is not JSON: leave the key out'],
];

/** A recursive-descent reader over the text, one instance per file. */
class Reader {
  private offset = 0;
  readonly problems: JsonProblem[] = [];
  private readonly text: string;
  /** The path to the value being read, kept as one stack and copied only for a problem. */
  private readonly path: JsonPathStep[] = [];
  private readonly locate: (offset: number) => { line: number; column: number };

  constructor(text: string) {
    this.text = text;
    this.locate = createLocator(text);
  }

  read(): unknown {
    if (this.text.charCodeAt(0) === 0xfeff) {
      throw new JsonSyntaxError('the file starts with a byte-order mark (U+FEFF); save it as UTF-8 without one', 0);
    }
    this.skipWhitespace();
    const value = this.readValue(0);
    this.skipWhitespace();
    if (this.offset < this.text.length) {
      throw new JsonSyntaxError(
        `unexpected ${describeCharacter(this.text, this.offset)} after the end of the data`,
        this.offset,
      );
    }
    return value;
  }

  private skipWhitespace(): void {
    for (;;) {
      const code = this.text.charCodeAt(this.offset);
      if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) return;
      this.offset += 1;
    }
  }

  private fail(expected: string): never {
    const found = describeCharacter(this.text, this.offset);
    for (const [pattern, advice] of NOT_JSON_WORDS) {
      pattern.lastIndex = this.offset;
      const match = pattern.exec(this.text);
      if (match !== null) throw new JsonSyntaxError(`${match[0]} ${advice}`, this.offset);
    }
    if (found === '"\'"')
      throw new JsonSyntaxError('JSON strings are written in double quotes, not single', this.offset);
    if (found === '"/"') throw new JsonSyntaxError('JSON has no comments', this.offset);
    throw new JsonSyntaxError(`expected ${expected}, found ${found}`, this.offset);
  }

  private readValue(depth: number): unknown {
    const char = this.text[this.offset];
    if (char === '{' || char === '[') {
      if (depth >= MAX_JSON_DEPTH) {
        throw new JsonSyntaxError(`the data nests deeper than ${MAX_JSON_DEPTH} levels`, this.offset);
      }
      return char === '{' ? this.readObject(depth + 1) : this.readArray(depth + 1);
    }
    if (char === '"') return this.readString();
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return this.readNumber();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.text.startsWith(word, this.offset)) {
        this.offset += word.length;
        return value;
      }
    }
    return this.fail('a value');
  }

  private readNumber(): number {
    NUMBER.lastIndex = this.offset;
    const match = NUMBER.exec(this.text);
    if (match === null) return this.fail('a number');
    const value = Number(match[0]);
    if (!Number.isFinite(value)) {
      throw new JsonSyntaxError(`the number ${match[0]} is too large to read exactly`, this.offset);
    }
    this.offset += match[0].length;
    return value;
  }

  private readString(): string {
    const start = this.offset;
    this.offset += 1;
    let result = '';
    for (;;) {
      // Jump to the next quote, backslash or control character: everything before it is the string's own text.
      STRING_STOP.lastIndex = this.offset;
      const stop = STRING_STOP.exec(this.text);
      if (stop === null) throw new JsonSyntaxError('a string is not closed before the end of the file', start);
      result += this.text.slice(this.offset, stop.index);
      this.offset = stop.index;
      const code = this.text.charCodeAt(this.offset);
      if (code === 0x22) {
        this.offset += 1;
        return result;
      }
      if (code === 0x5c) {
        result += this.readEscape();
      } else {
        throw new JsonSyntaxError(
          `${describeCharacter(this.text, this.offset)} must be escaped inside a string (a line break is \\n)`,
          this.offset,
        );
      }
    }
  }

  private readEscape(): string {
    const letter = this.text[this.offset + 1] ?? '';
    const simple = ESCAPES[letter];
    if (simple !== undefined) {
      this.offset += 2;
      return simple;
    }
    if (letter === 'u') {
      const hex = this.text.slice(this.offset + 2, this.offset + 6);
      if (/^[0-9A-Fa-f]{4}$/.test(hex)) {
        this.offset += 6;
        return String.fromCharCode(Number.parseInt(hex, 16));
      }
      throw new JsonSyntaxError('\\u must be followed by four hexadecimal digits', this.offset);
    }
    throw new JsonSyntaxError(`\\${letter} is not a JSON escape`, this.offset);
  }

  private readArray(depth: number): unknown[] {
    this.offset += 1;
    const result: unknown[] = [];
    this.skipWhitespace();
    if (this.text[this.offset] === ']') {
      this.offset += 1;
      return result;
    }
    for (;;) {
      this.skipWhitespace();
      this.path.push(result.length);
      result.push(this.readValue(depth));
      this.path.pop();
      this.skipWhitespace();
      const char = this.text[this.offset];
      if (char === ']') {
        this.offset += 1;
        return result;
      }
      if (char !== ',') this.fail('"," or "]" after an item of a list');
      const comma = this.offset;
      this.offset += 1;
      this.skipWhitespace();
      if (this.text[this.offset] === ']') throw new JsonSyntaxError('a trailing comma before "]" is not JSON', comma);
    }
  }

  private readObject(depth: number): Record<string, unknown> {
    this.offset += 1;
    const result: Record<string, unknown> = {};
    const keyOffsets = new Map<string, number>();
    this.skipWhitespace();
    if (this.text[this.offset] === '}') {
      this.offset += 1;
      return result;
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.offset] !== '"') this.fail('a key in double quotes');
      const keyOffset = this.offset;
      const key = this.readString();
      this.skipWhitespace();
      if (this.text[this.offset] !== ':') this.fail(`":" after the key "${key}"`);
      this.offset += 1;
      this.skipWhitespace();
      this.path.push(key);
      const value = this.readValue(depth);
      this.path.pop();
      this.addMember(result, keyOffsets, key, value, keyOffset);
      this.skipWhitespace();
      const char = this.text[this.offset];
      if (char === '}') {
        this.offset += 1;
        return result;
      }
      if (char !== ',') this.fail('"," or "}" after a value');
      const comma = this.offset;
      this.offset += 1;
      this.skipWhitespace();
      if (this.text[this.offset] === '}') throw new JsonSyntaxError('a trailing comma before "}" is not JSON', comma);
    }
  }

  /** Adds a key, or reports why it cannot be: refused anywhere, or already in this object. */
  private addMember(
    target: Record<string, unknown>,
    keyOffsets: Map<string, number>,
    key: string,
    value: unknown,
    keyOffset: number,
  ): void {
    if (FORBIDDEN_KEYS.has(key)) {
      const { line, column } = this.locate(keyOffset);
      this.problems.push({
        path: [...this.path, key],
        line,
        column,
        message: `the key "${key}" is refused anywhere in a timeline file (line ${line}, column ${column})`,
      });
      return;
    }
    const firstOffset = keyOffsets.get(key);
    if (firstOffset !== undefined) {
      const { line, column } = this.locate(keyOffset);
      const firstLine = this.locate(firstOffset).line;
      this.problems.push({
        path: [...this.path, key],
        line,
        column,
        message: `the key "${key}" appears twice in one object, on lines ${firstLine} and ${line}: keep one`,
      });
      return;
    }
    keyOffsets.set(key, keyOffset);
    // defineProperty, not assignment: even a key that slipped past the list above could not set a prototype.
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  }
}

/**
 * Reads the text of a timeline file as strict JSON (RFC 8259, with no byte-order mark). A syntax error stops the
 * reading and is the only problem; refused and duplicate keys are reported with their paths, and the value (with
 * the first of each duplicate kept and refused keys left out) is handed back for the record ids it holds.
 */
export function readTimelineJson(text: string): ReadTimelineJsonResult {
  const reader = new Reader(text);
  let value: unknown;
  try {
    value = reader.read();
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const { line, column } = getLineAndColumn(text, error.offset);
    return {
      ok: false,
      problems: [{ path: [], line, column, message: `line ${line}, column ${column}: ${error.message}` }],
    };
  }
  return reader.problems.length === 0 ? { ok: true, value } : { ok: false, value, problems: reader.problems };
}
