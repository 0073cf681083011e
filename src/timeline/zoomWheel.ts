/** What a wheel over the chart means: a zoom (with Ctrl or ⌘, or a pinch), a pan (sideways), or the page's scroll. */

/** True for a wheel that asks to zoom: Ctrl or ⌘ held, as maps ask (a trackpad's pinch sends Ctrl itself). */
export function isZoomWheel(event: WheelEvent): boolean {
  return (event.ctrlKey || event.metaKey) && Math.abs(event.deltaY) >= Math.abs(event.deltaX);
}

/** True for a sideways wheel or trackpad swipe: it pans the chart, whatever key is held. */
export function isPanWheel(event: WheelEvent): boolean {
  return Math.abs(event.deltaX) > Math.abs(event.deltaY);
}

/**
 * How far one wheel event zooms, as a power of two: d3-zoom's own rule, except that its tenfold boost for
 * Ctrl (meant for a trackpad's pinch, whose deltas are small) is left off for a mouse wheel's notch, which is
 * not small; Ctrl + a mouse wheel then zooms as a plain wheel used to.
 */
export function getWheelDelta(event: WheelEvent): number {
  const perUnit = event.deltaMode === 1 ? 0.05 : event.deltaMode !== 0 ? 1 : 0.002;
  const isPinch = event.ctrlKey && Math.abs(event.deltaY) < 50;
  return -event.deltaY * perUnit * (isPinch ? 10 : 1);
}
