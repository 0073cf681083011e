import { useLayoutEffect, useRef } from 'react';
import type { KeyboardEvent, MouseEvent } from 'react';
import type { Status } from '../data/schema.ts';
import type { ScaleMode } from '../time/createBaseScale.ts';
import type { Placement } from '../time/placeEvents.ts';
import { FADE_PX, getLabelStart, getPosition, LABEL_OFFSET, LINE_HEIGHT, MARK_RADIUS } from './layoutChart.ts';
import type { LabelSide } from './layoutChart.ts';
import { MarkShape } from './MarkShape.tsx';

interface EventMarkProps {
  placement: Placement;
  status: Status;
  mode: ScaleMode;
  /** The visible scale: base scale rescaled by the zoom transform. */
  x: (value: number) => number;
  /** The plot's edges, px: open-ended windows run to them. */
  range: readonly [number, number];
  y: number;
  /** The label's lines, top to bottom. */
  lines: readonly string[];
  labelWidth: number;
  labelSide: LabelSide;
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
 * One event: its shape tells how precisely its time is known (a circle for a stated minute, whiskers for an
 * approximate one, a band for a window or a span, a diamond for order only); its fill tells on whose word it
 * rests (see the key), never its colour alone. On the story-step scale every mark sits at its step. On the clock
 * scale an order-only event draws no point and no line to the story's end: a short fade from the earliest it can
 * be (or up to the latest, when only that is known) says "some time after (before) this".
 */
export function EventMark(props: EventMarkProps) {
  const { placement, status, mode, x, range, y, lines, labelWidth, labelSide, isSelected, isActive } = props;
  const [r0, r1] = range;
  const centre = x(getPosition(mode, placement));
  const showExtent = mode === 'chronological' && placement.kind !== 'exact';
  const from = placement.earliest === undefined ? r0 : x(placement.earliest);
  const to = placement.latest === undefined ? r1 : x(placement.latest);
  const isBand = showExtent && placement.kind === 'interval';
  const isFade = showExtent && placement.kind === 'order';
  // A fade runs forward from the earliest bound, or back from the latest when nothing bounds it below.
  const fadesBack = isFade && placement.earliest === undefined;
  const ownLabelX =
    isBand && labelSide === 'right'
      ? Math.max(from, centre) + LABEL_OFFSET
      : getLabelStart(mode, placement, x, labelSide, labelWidth);
  // A band that runs on past the left edge keeps its label in view while it has room for it.
  const labelX =
    isBand && ownLabelX < r0 + LABEL_OFFSET && to - (r0 + LABEL_OFFSET) >= labelWidth ? r0 + LABEL_OFFSET : ownLabelX;
  const labelHeight = 18 + (lines.length - 1) * LINE_HEIGHT;
  const labelTop = y - labelHeight / 2;
  const ringLeft = Math.min(isBand ? from - MARK_RADIUS : centre - MARK_RADIUS, labelX) - 4;
  const ringRight = Math.max(labelX + labelWidth, isBand ? to : centre + MARK_RADIUS) + 4;
  const ringHeight = Math.max(24, labelHeight + 4);
  // The hit area and the focus ring share one box: mark and label, at least 24 px tall.
  const ring = { x: ringLeft, y: y - ringHeight / 2, width: ringRight - ringLeft, height: ringHeight };

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
      <rect className="event-mark-hit" {...ring} />
      <rect className="event-mark-ring" {...ring} rx={5} aria-hidden="true" />
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
      {/* A band's status shows in a badge at its visible start. */}
      {isBand && (
        <MarkShape kind="interval" status={status} cx={Math.max(from, r0) + MARK_RADIUS} cy={y} r={MARK_RADIUS - 1} />
      )}
      {isFade && (
        <g className="event-mark-fade" aria-hidden="true">
          <rect
            x={fadesBack ? centre - FADE_PX : centre}
            y={y - BAND_HEIGHT / 2}
            width={FADE_PX}
            height={BAND_HEIGHT}
            fill={fadesBack ? 'url(#timeline-fade-back)' : 'url(#timeline-fade-on)'}
          />
          <line className="event-mark-fade-edge" x1={centre} x2={centre} y1={y - 8} y2={y + 8} />
        </g>
      )}
      {!isBand && !isFade && <MarkShape kind={placement.kind} status={status} cx={centre} cy={y} r={MARK_RADIUS - 1} />}
      <rect
        className="event-mark-label-bg"
        x={labelX - 3}
        y={labelTop}
        width={labelWidth + 6}
        height={labelHeight}
        rx={3}
        aria-hidden="true"
      />
      <text className="event-mark-label" x={labelX} y={labelTop + 9} aria-hidden="true">
        {lines.map((line, i) => (
          <tspan key={i} x={labelX} dy={i === 0 ? '0.35em' : LINE_HEIGHT}>
            {/* A space ends every line but the last, so the text reads as the title it wraps (WCAG 2.5.3). */}
            {i < lines.length - 1 ? `${line} ` : line}
          </tspan>
        ))}
      </text>
    </g>
  );
}
