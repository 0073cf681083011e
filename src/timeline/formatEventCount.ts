/**
 * "1 event", "12 events", "10,000 events": a count of events in words, its thousands grouped as en-GB groups
 * them. Written out rather than asked of `toLocaleString`: the chart says it on its first render, and Intl's
 * first number format there costs more than the rest of the lanes (tens of milliseconds, hundreds on a
 * loaded machine). `count` is a whole number, 0 or more.
 */
export function formatEventCount(count: number): string {
  if (count === 1) return '1 event';
  const grouped = String(count).replace(/\B(?=(\d{3})+$)/gu, ',');
  return `${grouped} events`;
}
