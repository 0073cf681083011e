import { STATUS_LABELS } from '../shared/describeStatus.ts';
import type { Status } from '../data/schema.ts';
import { STATUSES } from '../view/eventFilters.ts';
import { Swatch } from './ChartKey.tsx';
import type { SwatchKind } from './ChartKey.tsx';

const PRECISIONS: readonly { kind: SwatchKind; label: string; note: string }[] = [
  { kind: 'exact', label: 'Stated time', note: 'a circle: the report gives the minute' },
  {
    kind: 'approximate',
    label: 'Approximate',
    note: 'a circle with whiskers: a best estimate and how far off it may be',
  },
  { kind: 'interval', label: 'Time window', note: 'a bar: happened some time within it' },
  { kind: 'interval-spans', label: 'Lasting', note: 'a fading bar: went on through it, from its start' },
  {
    kind: 'order',
    label: 'Order only',
    note: 'a diamond: no time given; in story steps it sits in the first column after all it is known to follow',
  },
  {
    kind: 'order-clock',
    label: 'Order only, by the clock',
    note: 'a fade from the earliest it can be (or up to the latest): some time after (or before) that line',
  },
];

/** What fills a shape for each status, in words: the key and the legend say the same. */
export const STATUS_FILLS: Readonly<Record<Status, string>> = {
  stated: 'filled',
  attributed: 'half filled',
  claimed: 'empty',
  unconfirmed: 'empty with a dot',
  disputed: 'empty with a slash',
};

/** Explains every encoding of the chart: the shape for how well the time is known, the fill for on whose word. */
export function Legend() {
  return (
    <details className="legend">
      <summary>How to read the chart</summary>
      <div className="legend-columns">
        <div>
          <h3 className="legend-heading">How well the time is known (shape)</h3>
          <ul className="legend-list">
            {PRECISIONS.map((p) => (
              <li key={p.kind}>
                <Swatch kind={p.kind} />
                <span>
                  <strong>{p.label}</strong>: {p.note}
                </span>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3 className="legend-heading">On whose word (what fills the shape)</h3>
          <ul className="legend-list">
            {STATUSES.map((status) => (
              <li key={status}>
                <Swatch kind="exact" status={status} />
                <span>
                  <strong>{STATUS_LABELS[status]}</strong>: {STATUS_FILLS[status]}
                </span>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </details>
  );
}
