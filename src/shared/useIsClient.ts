import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

/**
 * False on the server and during hydration, true after: what depends on the
 * browser (canvas text metrics, the reader's zone, a share sheet) waits for it,
 * so the first client render matches the prerendered HTML.
 */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
