import { STATUS_LABELS } from '../shared/describeStatus.ts';
import type { Status } from '../data/schema.ts';

const PRECISIONS = [
  { kind: 'exact', label: 'Exact time', note: 'the report gives the minute' },
  { kind: 'approximate', label: 'Approximate', note: 'a best estimate, with the range it may be off by' },
  { kind: 'interval', label: 'Time window', note: 'happened some time within the band' },
  { kind: 'interval-spans', label: 'Lasting', note: 'went on through the whole band, from its start to its end' },
  {
    kind: 'order',
    label: 'Order only',
    note: 'no time given: some time along the dotted line; an arrow means no end is known',
  },
] as const;

const STATUSES: readonly Status[] = ['stated', 'attributed', 'claimed', 'unconfirmed', 'disputed'];

const STATUS_NOTES: Readonly<Record<Status, string>> = {
  stated: 'filled, solid outline',
  attributed: 'filled, dashed outline',
  claimed: 'hollow, solid outline',
  unconfirmed: 'hollow, dotted outline',
  disputed: 'hollow, long-dashed outline',
};

function Swatch({ kind, status }: { kind: string; status: Status }) {
  const className = `event-mark event-mark-status-${status}`;
  return (
    <svg className="legend-swatch" width="44" height="20" viewBox="0 0 44 20" aria-hidden="true">
      <g className={className}>
        {kind === 'exact' && <circle className="event-mark-shape" cx="22" cy="10" r="6" />}
        {kind === 'approximate' && (
          <>
            <g className="event-mark-whiskers">
              <line x1="6" x2="38" y1="10" y2="10" />
              <line x1="6" x2="6" y1="5" y2="15" />
              <line x1="38" x2="38" y1="5" y2="15" />
            </g>
            <circle className="event-mark-shape" cx="22" cy="10" r="6" />
          </>
        )}
        {kind === 'interval' && <rect className="event-mark-band" x="4" y="4" width="36" height="12" rx="6" />}
        {kind === 'interval-spans' && (
          <rect className="event-mark-band event-mark-band-spans" x="4" y="4" width="36" height="12" rx="6" />
        )}
        {kind === 'order' && (
          <>
            <g className="event-mark-window">
              <line x1="10" x2="40" y1="10" y2="10" />
              <path d="M33,6 L40,10 L33,14" />
            </g>
            <path className="event-mark-shape" d="M10,3 L17,10 L10,17 L3,10 Z" />
          </>
        )}
      </g>
    </svg>
  );
}

/** Explains every encoding of the chart: shape for how well the time is known, outline for on whose word. */
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
                <Swatch kind={p.kind} status="stated" />
                <span>
                  <strong>{p.label}</strong>: {p.note}
                </span>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3 className="legend-heading">On whose word (outline and fill)</h3>
          <ul className="legend-list">
            {STATUSES.map((status) => (
              <li key={status}>
                <Swatch kind="exact" status={status} />
                <span>
                  <strong>{STATUS_LABELS[status]}</strong>: {STATUS_NOTES[status]}
                </span>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </details>
  );
}
