import { startTransition, useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';

/**
 * The width an element is laid out at, px, kept current with a ResizeObserver; `fallback` until measured.
 * `waitsForWidth`: return `undefined` instead of `fallback` until the first measurement, where one can be taken
 * (the browser has a ResizeObserver). It is measured in a layout effect, so what waits for it is drawn in the
 * same frame: a page built in the browser (no prerendered HTML to match) waits, rather than lay its chart out
 * at a guessed width, throw that away unseen and lay it out again. Where `fallback` is drawn first (a hydrating
 * page, whose HTML was built at that width), the first measurement is a transition: the page already shows the
 * fallback's layout, and React renders the new one in slices between frames, not in the hydration's own task.
 */
export function useElementWidth(
  ref: RefObject<HTMLElement | null>,
  fallback: number,
  { waitsForWidth = false } = {},
): number | undefined {
  const [width, setWidth] = useState(() =>
    waitsForWidth && typeof ResizeObserver !== 'undefined' ? undefined : fallback,
  );
  // Whether the first render drew the fallback: asked once, at mount.
  const [drewFallback] = useState(width !== undefined);
  useLayoutEffect(() => {
    const node = ref.current;
    if (node === null || typeof ResizeObserver === 'undefined') return undefined;
    const measure = () => {
      const measured = Math.floor(node.getBoundingClientRect().width);
      // An element not laid out (hidden, or width 0) keeps the fallback, so nothing waits for it forever.
      setWidth(measured > 0 ? measured : (current) => current ?? fallback);
    };
    if (drewFallback) startTransition(measure);
    else measure();
    // Later sizes (a turned phone, a resized window, the observer's own first report) are transitions too: the
    // chart keeps its layout for the frames React takes to render the new one in slices.
    const observer = new ResizeObserver(() => {
      startTransition(measure);
    });
    observer.observe(node);
    return () => {
      observer.disconnect();
    };
  }, [ref, fallback, drewFallback]);
  return width;
}
