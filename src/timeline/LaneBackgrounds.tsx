import { LANE_HEADER_HEIGHT } from './layoutChart.ts';
import type { ChartLane } from './layoutChart.ts';

interface LaneBackgroundsProps {
  lanes: readonly ChartLane[];
  /** The chart's width, px. */
  width: number;
  /** Where the lanes' labels start, px: the plot's left edge. */
  labelX: number;
}

/** Each lane's band, every other one shaded, and its label; hidden from screen readers, whose lanes are groups. */
export function LaneBackgrounds({ lanes, width, labelX }: LaneBackgroundsProps) {
  return (
    <g aria-hidden="true">
      {lanes.map((lane, i) => (
        <g key={lane.id} className={`timeline-lane${i % 2 === 1 ? ' is-alternate' : ''}`}>
          <rect className="timeline-lane-bg" x={0} y={lane.top} width={width} height={lane.height} />
          <text className="timeline-lane-label" x={labelX} y={lane.top + LANE_HEADER_HEIGHT - 7}>
            {lane.label}
          </text>
        </g>
      ))}
    </g>
  );
}
