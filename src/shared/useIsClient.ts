import { useDeferredValue, useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

/**
 * False on the server and during hydration, true after: what depends on the
 * browser (canvas text metrics, the reader's zone, a share sheet) waits for it,
 * so the first client render matches the prerendered HTML.
 *
 * React applies the store's new value after hydration synchronously, in one task
 * (the re-render that measures every label and applies the link's view: some 270 ms
 * on a phone at 4× slowdown). Deferred, that re-render only repeats the hydrated
 * one, and the real change follows as a background render React runs in slices
 * between frames. A page rendered in the browser alone gets `true` at once.
 */
export function useIsClient(): boolean {
  const isClient = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  return useDeferredValue(isClient);
}
