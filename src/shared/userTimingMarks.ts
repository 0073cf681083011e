/**
 * The User Timing marks the app sets, for the benchmark, the browser tests and real-user monitoring. Each is set
 * once per page load.
 */

/** The chart answers input: it has hydrated (or rendered) and its handlers are attached. */
export const TIMELINE_INTERACTIVE_MARK = 'timeline-interactive';

/**
 * The page has switched to the browser's values: the toolbar answers, the link's own view is applied and every
 * keyboard shortcut listens. Hydration and that switch run in slices between frames, so input can come before
 * it; browser tests wait for it before they act, as a reader waits for the controls.
 */
export const APP_INTERACTIVE_MARK = 'app-interactive';

/** The worker that loads the runtime's date data off the main thread has done so (src/app/warmDateData.ts). */
export const DATE_DATA_READY_MARK = 'date-data-ready';

/** Sets the mark unless this page load has it already (a remount, or StrictMode's second effect in development). */
export function markOnce(name: string): void {
  if (performance.getEntriesByName(name).length === 0) performance.mark(name);
}
