// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { toDrawableText } from './toDrawableText.ts';

describe('toDrawableText', () => {
  test('replaces control characters, lone surrogates and noncharacters with spaces', () => {
    expect(toDrawableText('a\u0007b\u001bc\u0000d\ud800e\udc00f\ufffeg\uffffh\u0085i')).toBe('a b c d e f g h i');
  });

  test('keeps letters outside the Basic Multilingual Plane, whose surrogates come in pairs', () => {
    expect(toDrawableText('𝐀 café “quoted” — ok')).toBe('𝐀 café “quoted” — ok');
  });

  test('turns line breaks and tabs into single spaces', () => {
    expect(toDrawableText('  one\ttwo\r\nthree  ')).toBe('one two three');
  });
});
