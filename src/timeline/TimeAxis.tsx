import { AXIS_HEIGHT } from './layoutChart.ts';

/** A tick as the axis draws it. */
export interface AxisTick {
  /** Position along the plot, px. */
  x: number;
  /** What the tick says: a clock time or a day in the display zone, or an event's number in story order. */
  label: string;
  /** A stronger line, for a new day or a dated event in sequence mode. */
  isMajor: boolean;
}

interface TimeAxisProps {
  ticks: readonly AxisTick[];
  /** Full height of the chart, px: grid lines run down through the lanes. */
  height: number;
}

/** Ticks and grid lines; D3 chose the ticks, React draws them. Hidden from screen readers: the marks carry the times. */
export function TimeAxis({ ticks, height }: TimeAxisProps) {
  return (
    <g className="time-axis" aria-hidden="true">
      {ticks.map((tick) => (
        <g key={`${tick.x}:${tick.label}`} className={`time-axis-tick${tick.isMajor ? ' is-major' : ''}`}>
          <line className="time-axis-grid" x1={tick.x} x2={tick.x} y1={AXIS_HEIGHT - 6} y2={height} />
          <text className="time-axis-label" x={tick.x} y={AXIS_HEIGHT - 12} textAnchor="middle">
            {tick.label}
          </text>
        </g>
      ))}
    </g>
  );
}
