/**
 * Makes the page's date formatter once, off the main thread, says so, and ends. A renderer's first
 * `Intl.DateTimeFormat` loads the runtime's date data (the locale's names and patterns, the zone rules) into
 * ICU's caches, which every thread of the process shares: 40 to 100 ms on a desktop, more on a phone, that the
 * main thread's first formatter then does not spend (docs/performance.md, "Date data off the main thread").
 */
import { FORMATTER_FIELDS, FORMATTER_LOCALE } from '../time/formatClock.ts';

new Intl.DateTimeFormat(FORMATTER_LOCALE, { ...FORMATTER_FIELDS, timeZone: 'UTC' }).formatToParts(0);
// The reader's own zone, which the page asks for too (in the runtime's default locale).
Intl.DateTimeFormat().resolvedOptions();
postMessage('ready');
close();
