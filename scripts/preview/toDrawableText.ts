/**
 * Characters an SVG cannot carry or resvg cannot draw: control characters (C0, DEL, C1), lone surrogate halves
 * and noncharacters (U+FFFE, U+FFFF and their kin). XML 1.0 refuses most of them outright, and resvg then fails
 * the whole image with "SVG data parsing failed … non-XML character". With the `u` flag, `\p{Cs}` matches only
 * a surrogate that is not part of a pair, so letters outside the Basic Multilingual Plane survive.
 */
const UNDRAWABLE = /[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]/gu;

/**
 * Text as a preview can draw it: every undrawable character becomes a space, and runs of white space become
 * one. The validator refuses such characters by field; this keeps the renderer from crashing if one slips past.
 */
export function toDrawableText(value: string): string {
  return value.replace(UNDRAWABLE, ' ').replace(/\s+/gu, ' ').trim();
}
