import { KeyboardHelp } from './KeyboardHelp.tsx';
import { Legend } from './Legend.tsx';

// The key above the chart ships with the help: static markup too, and most of it the legend's swatches.
export { ChartKey } from './ChartKey.tsx';

/**
 * The disclosures under the chart: how to read it, and its keys. Their prerendered markup works on its own (native
 * `<details>`), so the page loads this code only when a reader reaches for them.
 */
export function TimelineHelp() {
  return (
    <>
      <Legend />
      <KeyboardHelp />
    </>
  );
}
