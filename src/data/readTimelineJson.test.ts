// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { getLineAndColumn, MAX_JSON_DEPTH, readTimelineJson } from './readTimelineJson.ts';

/** The one problem of a text the reader must refuse. */
function readProblems(text: string) {
  const result = readTimelineJson(text);
  if (result.ok) throw new Error(`the reader accepted ${JSON.stringify(text)}`);
  return result.problems;
}

describe('readTimelineJson', () => {
  test('reads what JSON.parse reads, for any JSON value without a refused key', () => {
    const withoutRefusedKeys = fc
      .jsonValue()
      .filter((value) => !/"(?:__proto__|constructor|prototype)":/.test(JSON.stringify(value)));
    fc.assert(
      fc.property(withoutRefusedKeys, (value) => {
        const text = JSON.stringify(value, null, 1);
        expect(readTimelineJson(text)).toEqual({ ok: true, value: JSON.parse(text) as unknown });
      }),
      { numRuns: 300 },
    );
  });

  test('reads every escape and keeps an escaped lone surrogate for the schema to name', () => {
    const text = String.raw`["\"\\\/\b\f\n\r\t", "\u00e9\ud83d\ude00", "\ud800"]`;
    expect(readTimelineJson(text)).toEqual({ ok: true, value: JSON.parse(text) as unknown });
  });

  test.each([
    ['a byte-order mark', '\uFEFF{}', 1, 1, 'the file starts with a byte-order mark (U+FEFF)'],
    ['NaN', '{\n  "a": NaN\n}', 2, 8, 'NaN is not JSON'],
    ['Infinity', '{\n  "a": -Infinity\n}', 2, 8, '-Infinity is not JSON'],
    ['a trailing comma in a list', '[\n  1,\n  2,\n]', 3, 4, 'a trailing comma before "]" is not JSON'],
    ['a trailing comma in an object', '{ "a": 1, }', 1, 9, 'a trailing comma before "}" is not JSON'],
    ['single quotes', "{ 'a': 1 }", 1, 3, 'JSON strings are written in double quotes'],
    ['a comment', '{ "a": 1 // why\n}', 1, 10, 'JSON has no comments'],
    ['a raw tab inside a string', '{ "a": "x\ty" }', 1, 10, 'U+0009 must be escaped inside a string'],
    ['an unknown escape', String.raw`{ "a": "\x41" }`, 1, 9, '\\x is not a JSON escape'],
    ['a number too large for a double', '[1e400]', 1, 2, 'the number 1e400 is too large'],
    ['an unclosed string', '{ "a": "x }', 1, 8, 'a string is not closed before the end of the file'],
    ['a missing colon', '{\r\n  "a" 1 }', 2, 7, 'expected ":" after the key "a", found "1"'],
    ['data after the end', '{} {}', 1, 4, 'unexpected "{" after the end of the data'],
    ['a truncated file', '{ "a": [1, ', 1, 12, 'expected a value, found the end of the file'],
  ])('locates %s by line and column', (_name, text, line, column, reason) => {
    const [problem, ...rest] = readProblems(text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ path: [], line, column });
    expect(problem?.message.startsWith(`line ${line}, column ${column}: ${reason}`)).toBe(true);
  });

  test('refuses data nested deeper than the limit instead of running out of stack', () => {
    const depth = 100_000;
    const [problem] = readProblems(`${'['.repeat(depth)}${']'.repeat(depth)}`);
    expect(problem?.message).toBe(
      `line 1, column ${MAX_JSON_DEPTH + 1}: the data nests deeper than ${MAX_JSON_DEPTH} levels`,
    );
  });

  test('reports a duplicate key with its path and both lines, and keeps the first value', () => {
    const text = '{\n  "events": [\n    {\n      "id": "a",\n      "id": "b"\n    }\n  ]\n}';
    const result = readTimelineJson(text);
    expect(result).toEqual({
      ok: false,
      value: { events: [{ id: 'a' }] },
      problems: [
        {
          path: ['events', 0, 'id'],
          line: 5,
          column: 7,
          message: 'the key "id" appears twice in one object, on lines 4 and 5: keep one',
        },
      ],
    });
  });

  test.each(['__proto__', 'constructor', 'prototype'])('refuses a %s key anywhere, by its path', (key) => {
    const text = `{ "meta": { "title": "x", "${key}": { "polluted": true } } }`;
    const result = readTimelineJson(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        path: ['meta', key],
        line: 1,
        column: 27,
        message: `the key "${key}" is refused anywhere in a timeline file (line 1, column 27)`,
      },
    ]);
  });

  test('never lets a key set a prototype, even nested in a list', () => {
    const result = readTimelineJson('[{ "__proto__": { "isAdmin": true } }, { "a": { "__proto__": [] } }]');
    const value = result.value as Record<string, unknown>[];
    for (const item of [value[0], value[1]?.a]) {
      expect(Object.getPrototypeOf(item)).toBe(Object.prototype);
      expect(Object.keys(item as object)).toEqual([]);
    }
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  test('counts lines after \\n, \\r\\n and a lone \\r alike', () => {
    expect(getLineAndColumn('a\nb\r\nc\rd', 7)).toEqual({ line: 4, column: 1 });
    expect(getLineAndColumn('a\nb\r\nc\rd', 5)).toEqual({ line: 3, column: 1 });
  });
});
