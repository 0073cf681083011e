/** The font the chart's labels are drawn in; measuring must use the same one. */
export const LABEL_FONT = '13px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
/** Average glyph width used where there is no canvas to measure with (tests, servers). */
const FALLBACK_CHAR_PX = 7;

let context: OffscreenCanvasRenderingContext2D | null | undefined;

/** The width of a label in px, measured with a canvas when the browser has one. */
export function measureLabel(text: string): number {
  if (context === undefined) {
    context = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
    if (context !== null) context.font = LABEL_FONT;
  }
  return context === null ? text.length * FALLBACK_CHAR_PX : context.measureText(text).width;
}

/** The label cut to fit `maxWidth` px, with an ellipsis when it had to be cut. */
export function fitLabel(text: string, maxWidth: number): string {
  if (measureLabel(text) <= maxWidth) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measureLabel(`${text.slice(0, mid).trimEnd()}…`) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return `${text.slice(0, low).trimEnd()}…`;
}
