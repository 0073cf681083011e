import type { Status } from '../data/schema.ts';
import type { PlacementKind } from '../time/placeEvents.ts';

/**
 * A mark's shape and what fills it: the shape says how precisely the time is known (a circle for a stated or
 * estimated minute, a rounded bar for a window, a diamond for order only); the fill says on whose word it rests,
 * one pattern per status, told apart without colour and at phone size: full (stated by the report), lower half
 * (attributed to a named source), empty (claimed), empty with a dot (not confirmed), empty with a slash
 * (disputed). No dashed outlines: a dashed border means "disabled" on the page's buttons.
 */
export function MarkShape({
  kind,
  status,
  cx,
  cy,
  r,
}: {
  kind: PlacementKind;
  status: Status;
  cx: number;
  cy: number;
  /** Half the shape's width, px. */
  r: number;
}) {
  const outline = getOutline(kind, cx, cy, r);
  return (
    <g aria-hidden="true">
      <path className="event-mark-shape" d={outline} />
      <StatusFill kind={kind} status={status} cx={cx} cy={cy} r={r} outline={outline} />
    </g>
  );
}

function getOutline(kind: PlacementKind, cx: number, cy: number, r: number): string {
  if (kind === 'order') return `M${cx},${cy - r - 1}L${cx + r + 1},${cy}L${cx},${cy + r + 1}L${cx - r - 1},${cy}Z`;
  if (kind === 'interval') {
    const h = r / 1.5;
    return `M${cx - r},${cy - h}H${cx + r}V${cy + h}H${cx - r}Z`;
  }
  return `M${cx - r},${cy}A${r},${r} 0 1 0 ${cx + r},${cy}A${r},${r} 0 1 0 ${cx - r},${cy}Z`;
}

/** The lower half of the shape, for "attributed". */
function getLowerHalf(kind: PlacementKind, cx: number, cy: number, r: number): string {
  if (kind === 'order') return `M${cx - r - 1},${cy}H${cx + r + 1}L${cx},${cy + r + 1}Z`;
  if (kind === 'interval') return `M${cx - r},${cy}H${cx + r}V${cy + r / 1.5}H${cx - r}Z`;
  return `M${cx - r},${cy}H${cx + r}A${r},${r} 0 0 1 ${cx - r},${cy}Z`;
}

function StatusFill(props: {
  kind: PlacementKind;
  status: Status;
  cx: number;
  cy: number;
  r: number;
  outline: string;
}) {
  const { kind, status, cx, cy, r } = props;
  switch (status) {
    case 'stated':
      return <path className="event-mark-fill" d={props.outline} />;
    case 'attributed':
      return <path className="event-mark-fill" d={getLowerHalf(kind, cx, cy, r)} />;
    case 'claimed':
      return null;
    case 'unconfirmed':
      return <circle className="event-mark-fill" cx={cx} cy={cy} r={Math.max(1.5, r / 3)} />;
    case 'disputed': {
      const d = r * 0.6;
      return <path className="event-mark-slash" d={`M${cx - d},${cy + d}L${cx + d},${cy - d}`} />;
    }
  }
}
