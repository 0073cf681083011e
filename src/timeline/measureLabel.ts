/** The font the chart's labels are drawn in; measuring must use the same one. */
export const LABEL_FONT = '13px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
/** Average glyph width used where there is no canvas to measure with (tests, servers). */
const FALLBACK_CHAR_PX = 7;
const ELLIPSIS = '…';

let context: OffscreenCanvasRenderingContext2D | null | undefined;
/** Advance width of each character met so far, px. */
const glyphWidths = new Map<string, number>();

function getContext(): OffscreenCanvasRenderingContext2D | null {
  if (context === undefined) {
    context = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
    if (context !== null) context.font = LABEL_FONT;
  }
  return context;
}

/**
 * One character's width, px. Labels are measured as the sum of their characters: a canvas call per
 * character ever seen rather than several per label, which is what lets 10,000 titles lay out in a frame
 * or two. Kerning changes a 250 px label by a pixel or so, well inside the gap kept between labels.
 */
function measureGlyph(glyph: string, isPrecise: boolean): number {
  if (!isPrecise) return FALLBACK_CHAR_PX;
  const known = glyphWidths.get(glyph);
  if (known !== undefined) return known;
  const canvas = getContext();
  const width = canvas === null ? FALLBACK_CHAR_PX : canvas.measureText(glyph).width;
  glyphWidths.set(glyph, width);
  return width;
}

/**
 * The width of a label in px, measured with a canvas when the browser has one and
 * `isPrecise` is true; estimated otherwise (on the server, and while hydrating, so
 * that the browser's first render matches the prerendered page).
 */
export function measureLabel(text: string, isPrecise = true): number {
  let width = 0;
  for (const glyph of text) width += measureGlyph(glyph, isPrecise);
  return width;
}

/**
 * The label cut to fit `maxWidth` px, with an ellipsis when it had to be cut. It
 * cuts between words, so every word shown is a word of the accessible name
 * (WCAG 2.5.3, label in name).
 */
export function fitLabel(text: string, maxWidth: number, isPrecise = true): string {
  const room = maxWidth - measureGlyph(ELLIPSIS, isPrecise);
  let width = 0;
  // Length of the longest prefix that leaves room for the ellipsis.
  let fits = 0;
  for (const glyph of text) {
    width += measureGlyph(glyph, isPrecise);
    if (width <= room) fits += glyph.length;
  }
  if (width <= maxWidth) return text;
  const cut = text.slice(0, fits).trimEnd();
  const isWordEnd = /\s/.test(text.charAt(fits));
  const whole = isWordEnd ? cut : cut.slice(0, Math.max(0, cut.lastIndexOf(' ')));
  return `${(whole === '' ? cut : whole).trimEnd().replace(/[\s,;:–—-]+$/, '')}${ELLIPSIS}`;
}
