import { describe, expect, it } from 'vitest';
import { decodeMappings, decodeVlq, splitCodeBySource } from './sourceMapBytes.ts';

describe('decodeVlq', () => {
  it('reads single-digit, negative and multi-digit values', () => {
    expect(decodeVlq('AAAA')).toEqual([0, 0, 0, 0]);
    expect(decodeVlq('CADF')).toEqual([1, 0, -1, -2]);
    // 16 needs a continuation digit: 32 = 0b100000 → "gB".
    expect(decodeVlq('gB')).toEqual([16]);
  });

  it('refuses a segment that ends inside a value', () => {
    expect(() => decodeVlq('g')).toThrow(/ends inside/);
  });
});

describe('decodeMappings', () => {
  it('makes columns absolute per line and source indexes absolute across lines', () => {
    expect(decodeMappings('AAAA,ECAA;ADAA')).toEqual([
      [
        { column: 0, source: 0 },
        { column: 2, source: 1 },
      ],
      [{ column: 0, source: 0 }],
    ]);
  });

  it('gives a one-field segment no source', () => {
    expect(decodeMappings('A,EAAA')).toEqual([
      [
        { column: 0, source: -1 },
        { column: 2, source: 0 },
      ],
    ]);
  });
});

describe('splitCodeBySource', () => {
  it('attributes every character of the chunk to the source of its segment', () => {
    const code = 'ab cd\nef';
    const parts = splitCodeBySource(code, { sources: ['a.js', 'b.js'], mappings: 'AAAA,GCAA;ADAA' });
    expect(parts.get(0)).toBe('ab ef');
    expect(parts.get(1)).toBe('cd');
    expect(parts.get(-1)).toBe('\n');
    expect([...parts.values()].join('').length).toBe(code.length);
  });

  it('gives code before the first segment of a line to no source', () => {
    expect(splitCodeBySource('xxab', { sources: ['a.js'], mappings: 'EAAA' }).get(-1)).toBe('xx');
  });
});
