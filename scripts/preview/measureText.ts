import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import opentype from 'opentype.js';
import type { Font, Glyph } from 'opentype.js';

const resolveModule = createRequire(import.meta.url).resolve;

/** The Inter files the previews are drawn and measured with, from the npm package, so every machine agrees. */
export const FONT_FILES = {
  regular: resolveModule('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
  bold: resolveModule('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'),
} as const;

/** A weight of the preview's font. */
export type FontWeight = keyof typeof FONT_FILES;

/** The family name inside those files, which the SVG asks resvg for. */
export const FONT_FAMILY = 'Inter';

const fonts = new Map<FontWeight, Font>();

function getFont(weight: FontWeight): Font {
  let font = fonts.get(weight);
  if (font === undefined) {
    const bytes = readFileSync(FONT_FILES[weight]);
    font = opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    fonts.set(weight, font);
  }
  return font;
}

/**
 * The width of `value` in px at `size`, as resvg sets it: each character's advance, the font's pair kerning,
 * and `letterSpacing` px after every character (SVG's `letter-spacing`).
 *
 * Glyph by glyph rather than `font.getAdvanceWidth`: opentype.js 2.0 throws on Inter's `ccmp` lookup
 * ("lookupType: 6 - substFormat: 2 is not yet supported", opentypejs/opentype.js#861), and Inter's
 * substitutions leave Latin widths alone. opentype.js finds no pair values in Inter's class-based GPOS kerning, so
 * a width here can run a few px wider than resvg's kerned line ("AV"), never narrower: a fitted line stays inside.
 */
export function measureText(value: string, size: number, weight: FontWeight, letterSpacing = 0): number {
  const font = getFont(weight);
  let units = 0;
  let count = 0;
  let previous: Glyph | undefined;
  for (const char of value) {
    const glyph = font.charToGlyph(char);
    units += glyph.advanceWidth ?? 0;
    // The font's default kerning: its GPOS pair adjustments, or its `kern` table when it has no GPOS.
    if (previous !== undefined) units += font.getKerningValue(previous, glyph);
    previous = glyph;
    count += 1;
  }
  return (units / font.unitsPerEm) * size + letterSpacing * count;
}
