import workerUrl from './dateData.worker.ts?worker&url';
import { DATE_DATA_READY_MARK, markOnce } from '../shared/userTimingMarks.ts';
import { toTrustedScriptUrl } from './trustedScriptUrl.ts';

/** The longest the start waits for the worker before making its formatters itself, ms. */
export const DATE_DATA_WAIT_MS = 1000;

/**
 * Starts dateData.worker.ts, which loads the runtime's date data on another thread while the page fetches its
 * timeline, so that the first formatter on the main thread finds it ready. Resolves when the worker is done
 * (marking `date-data-ready`), at once where no worker can start (the first formatter then loads the data itself,
 * as it would anyway), when the worker fails, or after a second at most. Never rejects.
 */
export function warmDateData(): Promise<void> {
  if (typeof Worker === 'undefined') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, DATE_DATA_WAIT_MS);
    const settle = () => {
      clearTimeout(timer);
      resolve();
    };
    try {
      const worker = new Worker(toTrustedScriptUrl('date-data-worker', workerUrl));
      worker.addEventListener(
        'message',
        () => {
          markOnce(DATE_DATA_READY_MARK);
          settle();
        },
        { once: true },
      );
      worker.addEventListener('error', settle, { once: true });
    } catch {
      // A blocked worker (a stricter policy, a sandbox) costs only the head start.
      settle();
    }
  });
}
