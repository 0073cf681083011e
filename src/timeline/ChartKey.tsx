import type { Status } from '../data/schema.ts';
import type { PlacementKind } from '../time/placeEvents.ts';
import { STATUSES } from '../view/eventFilters.ts';
import { MarkShape } from './MarkShape.tsx';

/** What a swatch draws: a placement's shape, or one of the two ways an interval or an order-only time is drawn. */
export type SwatchKind = PlacementKind | 'interval-spans' | 'order-clock';

/** The short words the key beside the chart uses for each status. */
const STATUS_KEY_WORDS: Readonly<Record<Status, string>> = {
  stated: 'the report',
  attributed: 'a named source',
  claimed: 'the attackers',
  unconfirmed: 'not confirmed',
  disputed: 'disputed',
};

/** A mark as the chart draws it, small, for the key and the legend. */
export function Swatch({ kind, status = 'stated' }: { kind: SwatchKind; status?: Status }) {
  return (
    <svg className="legend-swatch" width="36" height="18" viewBox="0 0 36 18" aria-hidden="true">
      <g className={`event-mark event-mark-status-${status}`}>
        {kind === 'approximate' && (
          <g className="event-mark-whiskers">
            <line x1="4" x2="32" y1="9" y2="9" />
            <line x1="4" x2="4" y1="4" y2="14" />
            <line x1="32" x2="32" y1="4" y2="14" />
          </g>
        )}
        {kind === 'interval' && <rect className="event-mark-band" x="3" y="3" width="30" height="12" rx="6" />}
        {kind === 'interval-spans' && (
          <rect className="event-mark-band event-mark-band-spans" x="3" y="3" width="30" height="12" rx="6" />
        )}
        {kind === 'order-clock' && (
          <g className="event-mark-fade">
            <rect x="6" y="3" width="28" height="12" fill="url(#legend-fade-on)" />
            <line className="event-mark-fade-edge" x1="6" x2="6" y1="1" y2="17" />
          </g>
        )}
        {(kind === 'exact' || kind === 'approximate' || kind === 'order') && (
          <MarkShape kind={kind} status={status} cx={18} cy={9} r={6} />
        )}
      </g>
    </svg>
  );
}

/**
 * The compact key beside the chart: the two encodings in a line each, always visible, so a first-time reader
 * need not open the legend. Shapes and fills as drawn; words for each.
 */
export function ChartKey() {
  return (
    <div className="chart-key">
      {/* The fade's gradient, for the swatches here and in the legend. */}
      <svg width="0" height="0" aria-hidden="true" focusable="false" className="chart-key-defs">
        <defs>
          <linearGradient id="legend-fade-on" x1="0" x2="1" y1="0" y2="0">
            <stop offset="0%" stopColor="currentColor" stopOpacity="0.5" />
            <stop offset="100%" stopColor="currentColor" stopOpacity="0" />
          </linearGradient>
        </defs>
      </svg>
      <p className="chart-key-row">
        <span className="chart-key-title">Time:</span>
        <span className="chart-key-item">
          <Swatch kind="exact" /> given
        </span>
        <span className="chart-key-item">
          <Swatch kind="order" /> order only
        </span>
        <span className="chart-key-title chart-key-title-next">On whose word:</span>
        {STATUSES.map((status) => (
          <span key={status} className="chart-key-item">
            <Swatch kind="exact" status={status} /> {STATUS_KEY_WORDS[status]}
          </span>
        ))}
      </p>
    </div>
  );
}
