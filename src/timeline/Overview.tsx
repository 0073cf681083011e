/**
 * The whole story in a strip, with a d3-brush that shows the visible window.
 * Dragging the brush pans; resizing it zooms. D3 owns the brush's `<g>`; React
 * puts nothing inside it.
 */
import { brushX } from 'd3-brush';
import type { BrushBehavior, D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';
import { useEffect, useRef } from 'react';

/** Height of the overview strip, px. */
export const OVERVIEW_HEIGHT = 44;

interface OverviewProps {
  width: number;
  range: readonly [number, number];
  /** Each event's position at the whole-story zoom, px, and a row to spread them over. */
  marks: readonly { id: string; x: number; row: number; isSelected: boolean }[];
  rows: number;
  /** The visible window in base-scale px. */
  window: readonly [number, number];
  /** Called as a person brushes, with the new window in base-scale px. */
  onBrush: (from: number, to: number) => void;
}

export function Overview({ width, range, marks, rows, window: shown, onBrush }: OverviewProps) {
  const brushRef = useRef<SVGGElement>(null);
  const behaviourRef = useRef<BrushBehavior<unknown> | null>(null);
  const onBrushRef = useRef(onBrush);
  const [r0, r1] = range;
  const [from, to] = shown;
  const shownRef = useRef<[number, number]>([from, to]);
  useEffect(() => {
    onBrushRef.current = onBrush;
    shownRef.current = [Math.max(r0, from), Math.min(r1, Math.max(to, from + 1))];
  });

  useEffect(() => {
    const node = brushRef.current;
    if (node === null) return undefined;
    const selection = select(node);
    const brush = brushX<unknown>()
      .extent([
        [r0, 2],
        [r1, OVERVIEW_HEIGHT - 2],
      ])
      .on('brush end', (event: D3BrushEvent<unknown>) => {
        // Only a person's brushing moves the chart; our own brush.move calls have no source event.
        if (event.sourceEvent == null) return;
        const brushed = event.selection as [number, number] | null;
        // A click outside the window clears d3's selection: put the window back instead.
        if (brushed === null) brush.move(selection, shownRef.current);
        else onBrushRef.current(brushed[0], brushed[1]);
      });
    selection.call(brush);
    // The brush is a pointer control; the chart's buttons and keys do the same by keyboard.
    selection.selectAll('rect').attr('aria-hidden', 'true');
    brush.move(selection, shownRef.current);
    behaviourRef.current = brush;
    return () => {
      selection.on('.brush', null);
      behaviourRef.current = null;
    };
  }, [r0, r1]);

  useEffect(() => {
    const node = brushRef.current;
    if (node === null) return;
    behaviourRef.current?.move(select(node), [Math.max(r0, from), Math.min(r1, Math.max(to, from + 1))]);
  }, [from, to, r0, r1]);

  const rowHeight = (OVERVIEW_HEIGHT - 12) / Math.max(rows, 1);
  return (
    <svg
      className="overview"
      width={width}
      height={OVERVIEW_HEIGHT}
      role="img"
      aria-label="Overview of the whole story; the highlighted window is the part shown in the chart above"
    >
      <rect className="overview-bg" x={r0} y={2} width={Math.max(0, r1 - r0)} height={OVERVIEW_HEIGHT - 4} />
      {marks.map((mark) => (
        <rect
          key={mark.id}
          className={`overview-mark${mark.isSelected ? ' is-selected' : ''}`}
          x={mark.x - 1.5}
          y={6 + mark.row * rowHeight}
          width={3}
          height={Math.max(3, rowHeight - 2)}
        />
      ))}
      <g ref={brushRef} className="overview-brush" />
    </svg>
  );
}
