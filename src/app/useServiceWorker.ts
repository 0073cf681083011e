import { useCallback, useEffect, useState } from 'react';

/** What the offline worker can tell the page. */
export interface ServiceWorkerState {
  /** True when a newer build is installed and waits for the reader's consent to take over. */
  isUpdateReady: boolean;
  /** Lets the waiting build take over, then reloads the page on it. */
  applyUpdate: () => void;
}

/** The script URL policy Trusted Types require before `serviceWorker.register` accepts a URL (the CSP enforces them). */
interface ScriptUrlPolicy {
  createScriptURL: (url: string) => unknown;
}
interface TrustedTypesFactory {
  createPolicy: (name: string, rules: { createScriptURL: (url: string) => string }) => ScriptUrlPolicy;
}

/** The worker's URL, made acceptable to Trusted Types when the browser enforces them; only this one URL passes. */
function getWorkerUrl(url: string): string {
  const factory = (window as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (factory === undefined) return url;
  const policy = factory.createPolicy('service-worker', {
    createScriptURL: (candidate) => {
      if (candidate !== url) throw new TypeError(`not the service worker's URL: ${candidate}`);
      return candidate;
    },
  });
  // A TrustedScriptURL is accepted wherever the DOM types say string.
  return policy.createScriptURL(url) as string;
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
      .register(getWorkerUrl(`${base}sw.js`), { scope: base })
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
