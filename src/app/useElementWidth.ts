import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';

/**
 * The width an element is laid out at, px, kept current with a ResizeObserver; `fallback` until measured.
 * `waitsForWidth`: return `undefined` instead of `fallback` until the first measurement, where one can be taken
 * (the browser has a ResizeObserver). It is measured in a layout effect, so what waits for it is drawn in the
 * same frame: a page built in the browser (no prerendered HTML to match) waits, rather than lay its chart out
 * at a guessed width, throw that away unseen and lay it out again.
 */
export function useElementWidth(
  ref: RefObject<HTMLElement | null>,
  fallback: number,
  { waitsForWidth = false } = {},
): number | undefined {
  const [width, setWidth] = useState(() =>
    waitsForWidth && typeof ResizeObserver !== 'undefined' ? undefined : fallback,
  );
  useLayoutEffect(() => {
    const node = ref.current;
    if (node === null || typeof ResizeObserver === 'undefined') return undefined;
    const measure = () => {
      const measured = Math.floor(node.getBoundingClientRect().width);
      // An element not laid out (hidden, or width 0) keeps the fallback, so nothing waits for it forever.
      setWidth(measured > 0 ? measured : (current) => current ?? fallback);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => {
      observer.disconnect();
    };
  }, [ref, fallback]);
  return width;
}
