import { useLayoutEffect, useRef } from 'react';
import type { KeyboardEvent, MouseEvent } from 'react';
import type { Status } from '../data/schema.ts';
import type { ScaleMode } from '../time/createBaseScale.ts';
import type { Placement } from '../time/placeEvents.ts';
import { getPosition, LABEL_OFFSET, MARK_RADIUS } from './layoutChart.ts';

interface EventMarkProps {
  placement: Placement;
  status: Status;
  mode: ScaleMode;
  /** The visible scale: base scale rescaled by the zoom transform. */
  x: (value: number) => number;
  /** The plot's edges, px: open-ended windows run to them. */
  range: readonly [number, number];
  y: number;
  label: string;
  labelWidth: number;
  /** What a screen reader hears: time and title. */
  accessibleName: string;
  /** The DOM id, for the live region and tests. */
  domId: string;
  /** Its place in time order, from 1, and how many events there are: only some marks are drawn at a time. */
  position: number;
  setSize: number;
  isSelected: boolean;
  /** The one mark of the chart that is in the tab order. */
  isActive: boolean;
  /** Not picked out by a search or highlight. */
  isDimmed?: boolean;
  /** Picked out by a search or highlight. */
  isMatch?: boolean;
  /** Set, and changed, to move keyboard focus to this mark once it is drawn; undefined for no request. */
  focusSerial?: number | undefined;
  onActivate: () => void;
  onFocus: () => void;
  onKeyDown: (event: KeyboardEvent<SVGGElement>) => void;
}

const BAND_HEIGHT = 12;
const WHISKER_CAP = 5;

/**
 * One event: its shape tells how precisely its time is known (point, whiskered
 * point, band, or dotted window with a hollow diamond for order only); its outline
 * tells its status (see the legend), never its colour alone.
 */
export function EventMark(props: EventMarkProps) {
  const { placement, status, mode, x, range, y, label, labelWidth, isSelected, isActive } = props;
  const [r0, r1] = range;
  const centre = x(getPosition(mode, placement));
  const showExtent = mode === 'chronological' && placement.kind !== 'exact';
  const from = placement.earliest === undefined ? r0 : x(placement.earliest);
  const to = placement.latest === undefined ? r1 : x(placement.latest);
  const isBand = showExtent && placement.kind === 'interval';
  const ownLabelX = isBand ? Math.max(from, centre) + LABEL_OFFSET : centre + LABEL_OFFSET;
  // A band or window that runs on past the left edge keeps its label in view while it has room for it.
  const hasExtent = isBand || (showExtent && placement.kind === 'order');
  const labelX =
    hasExtent && ownLabelX < r0 + LABEL_OFFSET && to - (r0 + LABEL_OFFSET) >= labelWidth
      ? r0 + LABEL_OFFSET
      : ownLabelX;
  const ringLeft = Math.min(isBand ? from - MARK_RADIUS : centre - MARK_RADIUS, labelX) - 4;
  const ringRight = Math.max(labelX + labelWidth, isBand ? to : centre + MARK_RADIUS) + 4;

  const nodeRef = useRef<SVGGElement>(null);
  const { focusSerial } = props;
  useLayoutEffect(() => {
    if (focusSerial !== undefined) nodeRef.current?.focus({ preventScroll: true });
  }, [focusSerial]);

  const handleClick = (event: MouseEvent<SVGGElement>) => {
    event.stopPropagation();
    props.onActivate();
  };

  return (
    <g
      ref={nodeRef}
      id={props.domId}
      className={`event-mark event-mark-${placement.kind} event-mark-status-${status}${isSelected ? ' is-selected' : ''}${props.isDimmed === true ? ' is-dimmed' : ''}${props.isMatch === true ? ' is-match' : ''}`}
      role="option"
      aria-selected={isSelected}
      aria-posinset={props.position}
      aria-setsize={props.setSize}
      aria-label={props.accessibleName}
      tabIndex={isActive ? 0 : -1}
      onClick={handleClick}
      onFocus={props.onFocus}
      onKeyDown={props.onKeyDown}
    >
      {/* A transparent hit area at least 24 px tall over mark and label, for pointers and fingers. */}
      <rect className="event-mark-hit" x={ringLeft} y={y - 12} width={ringRight - ringLeft} height={24} />
      <rect
        className="event-mark-ring"
        x={ringLeft}
        y={y - 12}
        width={ringRight - ringLeft}
        height={24}
        rx={5}
        aria-hidden="true"
      />
      {showExtent && placement.kind === 'approximate' && (
        <g className="event-mark-whiskers" aria-hidden="true">
          <line x1={from} x2={to} y1={y} y2={y} />
          <line x1={from} x2={from} y1={y - WHISKER_CAP} y2={y + WHISKER_CAP} />
          <line x1={to} x2={to} y1={y - WHISKER_CAP} y2={y + WHISKER_CAP} />
        </g>
      )}
      {isBand && (
        <rect
          className={`event-mark-band${placement.spans ? ' event-mark-band-spans' : ''}`}
          x={from}
          y={y - BAND_HEIGHT / 2}
          width={Math.max(2, to - from)}
          height={BAND_HEIGHT}
          rx={BAND_HEIGHT / 2}
          aria-hidden="true"
        />
      )}
      {showExtent && placement.kind === 'order' && (
        <g className="event-mark-window" aria-hidden="true">
          <line x1={from} x2={to} y1={y} y2={y} />
          {placement.latest === undefined && <path d={`M${to - 7},${y - 4} L${to},${y} L${to - 7},${y + 4}`} />}
          {placement.earliest === undefined && <path d={`M${from + 7},${y - 4} L${from},${y} L${from + 7},${y + 4}`} />}
        </g>
      )}
      {!isBand && <MarkShape kind={placement.kind} cx={centre} cy={y} />}
      <rect
        className="event-mark-label-bg"
        x={labelX - 3}
        y={y - 9}
        width={labelWidth + 6}
        height={18}
        rx={3}
        aria-hidden="true"
      />
      <text className="event-mark-label" x={labelX} y={y} dy="0.35em" aria-hidden="true">
        {label}
      </text>
    </g>
  );
}

function MarkShape({ kind, cx, cy }: { kind: Placement['kind']; cx: number; cy: number }) {
  const r = MARK_RADIUS - 1;
  if (kind === 'order') {
    return (
      <path
        className="event-mark-shape"
        d={`M${cx},${cy - r - 1} L${cx + r + 1},${cy} L${cx},${cy + r + 1} L${cx - r - 1},${cy} Z`}
        aria-hidden="true"
      />
    );
  }
  if (kind === 'interval') {
    return (
      <rect
        className="event-mark-shape"
        x={cx - r}
        y={cy - r / 1.5}
        width={2 * r}
        height={(2 * r) / 1.5}
        rx={3}
        aria-hidden="true"
      />
    );
  }
  return <circle className="event-mark-shape" cx={cx} cy={cy} r={r} aria-hidden="true" />;
}
