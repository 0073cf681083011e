import { useCallback, useEffect, useState } from 'react';
import { toTrustedScriptUrl } from './trustedScriptUrl.ts';

/** What the offline worker can tell the page. */
export interface ServiceWorkerState {
  /** True when a newer build is installed and waits for the reader's consent to take over. */
  isUpdateReady: boolean;
  /** Lets the waiting build take over, then reloads the page on it. */
  applyUpdate: () => void;
}

/**
 * Registers the offline worker (scripts/offline/writeServiceWorker.ts) on built pages that link a web app
 * manifest, and reports when a newer build waits: the page then offers to reload instead of serving old pages
 * under new ones. The dev server, the unit tests and the benchmark harness (which links no manifest) register
 * nothing.
 */
export function useServiceWorker(): ServiceWorkerState {
  const [waiting, setWaiting] = useState<ServiceWorker | undefined>(undefined);

  useEffect(() => {
    const isBuiltSite = import.meta.env.PROD && document.querySelector('link[rel="manifest"]') !== null;
    if (!isBuiltSite || !('serviceWorker' in navigator)) return;
    let isCancelled = false;
    const base = import.meta.env.BASE_URL;
    const watch = (registration: ServiceWorkerRegistration) => {
      const offer = () => {
        // A first install has no page to replace: only a worker that waits behind an active one is an update.
        if (!isCancelled && registration.waiting !== null && navigator.serviceWorker.controller !== null) {
          setWaiting(registration.waiting);
        }
      };
      offer();
      registration.addEventListener('updatefound', () => {
        registration.installing?.addEventListener('statechange', offer);
      });
    };
    navigator.serviceWorker
      .register(toTrustedScriptUrl('service-worker', `${base}sw.js`), { scope: base })
      .then(watch)
      .catch(() => {
        // Offline reading is an extra: a page that cannot register (a private window, a blocked worker) still works.
      });
    return () => {
      isCancelled = true;
    };
  }, []);

  const applyUpdate = useCallback(() => {
    if (waiting === undefined) return;
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    waiting.postMessage('skip-waiting');
  }, [waiting]);

  return { isUpdateReady: waiting !== undefined, applyUpdate };
}
