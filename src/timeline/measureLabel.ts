/** The font the chart's labels are drawn in; measuring must use the same one. */
export const LABEL_FONT = '13px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
/** Average glyph width used where there is no canvas to measure with (tests, servers). */
const FALLBACK_CHAR_PX = 7;

let context: OffscreenCanvasRenderingContext2D | null | undefined;

/**
 * The width of a label in px, measured with a canvas when the browser has one and
 * `isPrecise` is true; estimated otherwise (on the server, and while hydrating, so
 * that the browser's first render matches the prerendered page).
 */
export function measureLabel(text: string, isPrecise = true): number {
  if (!isPrecise) return text.length * FALLBACK_CHAR_PX;
  if (context === undefined) {
    context = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
    if (context !== null) context.font = LABEL_FONT;
  }
  return context === null ? text.length * FALLBACK_CHAR_PX : context.measureText(text).width;
}

/**
 * The label cut to fit `maxWidth` px, with an ellipsis when it had to be cut. It
 * cuts between words, so every word shown is a word of the accessible name
 * (WCAG 2.5.3, label in name).
 */
export function fitLabel(text: string, maxWidth: number, isPrecise = true): string {
  if (measureLabel(text, isPrecise) <= maxWidth) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measureLabel(`${text.slice(0, mid).trimEnd()}…`, isPrecise) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  const cut = text.slice(0, low);
  const isWordEnd = /\s/.test(text.charAt(low));
  const whole = isWordEnd ? cut : cut.slice(0, Math.max(0, cut.lastIndexOf(' ')));
  return `${(whole === '' ? cut : whole).trimEnd().replace(/[\s,;:–—-]+$/, '')}…`;
}
