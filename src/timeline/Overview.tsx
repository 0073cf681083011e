/**
 * The whole story in a strip, with a d3-brush that shows the visible window.
 * Dragging the brush pans; resizing it zooms. D3 owns the brush's `<g>`; React
 * puts nothing inside it.
 *
 * Marks are binned into columns a few pixels wide and drawn as one path per row,
 * so the strip costs the same for twenty events or twenty thousand. The brush's
 * code (d3-brush and d3-selection) loads when a pointer comes near the strip:
 * until then React draws the window, and a tap moves it there.
 */
import type { brushX, BrushBehavior, D3BrushEvent } from 'd3-brush';
import type { select } from 'd3-selection';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { AxisTick } from '../time/getAxisTicks.ts';

/** Height of the overview strip, px. */
export const OVERVIEW_HEIGHT = 44;
/** Height of the row of time labels under the strip, px. */
const LABEL_ROW_HEIGHT = 15;
/** Width of one column of the strip, px: events closer than this share a mark. */
const BIN_PX = 3;

interface OverviewMark {
  x: number;
  row: number;
}

interface OverviewProps {
  width: number;
  range: readonly [number, number];
  /** Each event's position at the whole-story zoom, px, and a row to spread them over. */
  marks: readonly OverviewMark[];
  /** The chosen event's mark, drawn on top. */
  selected?: OverviewMark | undefined;
  rows: number;
  /** The visible window in base-scale px. */
  window: readonly [number, number];
  /** Called as a person brushes, with the new window in base-scale px. */
  onBrush: (from: number, to: number) => void;
  /** The whole story's axis labels, at the whole-story zoom: where in time each part of the strip is. */
  ticks: readonly AxisTick[];
}

/** One path per row, a small rectangle per occupied column, left to right. */
function getRowPaths(marks: readonly OverviewMark[], rows: number, rowHeight: number): string[] {
  // A flag per row and column, not a set of columns: at 10,000 events the sets were most of this strip's time.
  let columnCount = 0;
  for (const mark of marks) columnCount = Math.max(columnCount, Math.floor(mark.x / BIN_PX) + 1);
  const occupied = new Uint8Array(rows * columnCount);
  for (const mark of marks) {
    const column = Math.floor(mark.x / BIN_PX);
    if (mark.row >= 0 && mark.row < rows && column >= 0) occupied[mark.row * columnCount + column] = 1;
  }
  const height = Math.max(3, rowHeight - 2);
  return Array.from({ length: rows }, (_, row) => {
    const y = 6 + row * rowHeight;
    let path = '';
    for (let column = 0; column < columnCount; column += 1) {
      if (occupied[row * columnCount + column] === 1)
        path += `M${column * BIN_PX} ${y}h${BIN_PX}v${height}h-${BIN_PX}z`;
    }
    return path;
  });
}

/** The brush's code: none of it is in the first view. */
interface BrushCode {
  brushX: typeof brushX;
  select: typeof select;
}

let brushModule: Promise<BrushCode> | undefined;
function loadBrush(): Promise<BrushCode> {
  brushModule ??= Promise.all([import('d3-brush'), import('d3-selection')]).then(([brush, selection]) => ({
    brushX: brush.brushX,
    select: selection.select,
  }));
  return brushModule;
}

export function Overview({ width, range, marks, selected, rows, window: shown, onBrush, ticks }: OverviewProps) {
  const brushRef = useRef<SVGGElement>(null);
  const behaviourRef = useRef<BrushBehavior<unknown> | null>(null);
  const onBrushRef = useRef(onBrush);
  const [brush, setBrush] = useState<BrushCode | undefined>(undefined);
  const [r0, r1] = range;
  const [from, to] = shown;
  const clamped: [number, number] = [Math.max(r0, from), Math.min(r1, Math.max(to, from + 1))];
  const shownRef = useRef(clamped);
  useEffect(() => {
    onBrushRef.current = onBrush;
    shownRef.current = clamped;
  });

  const wantBrush = () => {
    if (brush === undefined) void loadBrush().then(setBrush);
  };

  useEffect(() => {
    const node = brushRef.current;
    if (node === null || brush === undefined) return undefined;
    const selection = brush.select(node);
    const behaviour = brush
      .brushX<unknown>()
      .extent([
        [r0, 2],
        [r1, OVERVIEW_HEIGHT - 2],
      ])
      .on('brush end', (event: D3BrushEvent<unknown>) => {
        // Only a person's brushing moves the chart; our own brush.move calls have no source event.
        if (event.sourceEvent == null) return;
        const brushed = event.selection as [number, number] | null;
        // A click outside the window clears d3's selection: put the window back instead.
        if (brushed === null) behaviour.move(selection, shownRef.current);
        else onBrushRef.current(brushed[0], brushed[1]);
      });
    selection.call(behaviour);
    // The brush is a pointer control; the chart's buttons and keys do the same by keyboard.
    selection.selectAll('rect').attr('aria-hidden', 'true');
    behaviour.move(selection, shownRef.current);
    behaviourRef.current = behaviour;
    return () => {
      selection.on('.brush', null);
      selection.selectAll('*').remove();
      behaviourRef.current = null;
    };
  }, [brush, r0, r1]);

  const [c0, c1] = clamped;
  useEffect(() => {
    const node = brushRef.current;
    if (node === null || brush === undefined) return;
    behaviourRef.current?.move(brush.select(node), [c0, c1]);
  }, [brush, c0, c1]);

  const rowHeight = (OVERVIEW_HEIGHT - 12) / Math.max(rows, 1);
  const rowPaths = useMemo(() => getRowPaths(marks, rows, rowHeight), [marks, rows, rowHeight]);
  return (
    <svg
      className="overview"
      width={width}
      height={OVERVIEW_HEIGHT + LABEL_ROW_HEIGHT}
      role="img"
      aria-label="Overview of the whole story; the highlighted window is the part shown in the chart above"
      onPointerEnter={wantBrush}
      onPointerDown={(event) => {
        if (brush !== undefined) return;
        wantBrush();
        // Before the brush has loaded, a tap moves the window, keeping its width, to where it landed.
        const box = event.currentTarget.getBoundingClientRect();
        const x = event.clientX - box.left;
        const half = (c1 - c0) / 2;
        const start = Math.min(Math.max(r0, x - half), r1 - 2 * half);
        onBrush(start, start + 2 * half);
      }}
    >
      <rect className="overview-bg" x={r0} y={2} width={Math.max(0, r1 - r0)} height={OVERVIEW_HEIGHT - 4} />
      {rowPaths.map((path, row) => (
        <path key={row} className="overview-mark" d={path} />
      ))}
      {selected !== undefined && (
        <rect
          className="overview-mark is-selected"
          x={selected.x - 1.5}
          y={6 + selected.row * rowHeight}
          width={3}
          height={Math.max(3, rowHeight - 2)}
        />
      )}
      {brush === undefined && (
        <rect className="overview-window" x={c0} y={2} width={c1 - c0} height={OVERVIEW_HEIGHT - 4} />
      )}
      <g ref={brushRef} className="overview-brush" />
      <g className="overview-ticks" aria-hidden="true">
        {ticks.map((tick) => {
          const anchor = tick.span !== undefined ? 'start' : (tick.anchor ?? 'middle');
          const at = tick.span !== undefined ? tick.span[0] + 2 : tick.x;
          return (
            <text key={`${tick.x}:${tick.label}`} x={at} y={OVERVIEW_HEIGHT + 11} textAnchor={anchor}>
              {tick.label}
            </text>
          );
        })}
      </g>
    </svg>
  );
}
