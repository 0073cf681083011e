import { MARK_RADIUS } from './layoutChart.ts';

interface ChartDefsProps {
  /** The plot's left and right edges, px. */
  range: readonly [number, number];
  /** The chart's height, px. */
  height: number;
}

/** What the chart's marks refer to by id: the plot's clip, and the gradients of spans and fades. */
export function ChartDefs({ range: [r0, r1], height }: ChartDefsProps) {
  return (
    <defs>
      <clipPath id="timeline-clip">
        <rect x={r0 - MARK_RADIUS - 6} y={0} width={r1 - r0 + 2 * MARK_RADIUS + 12} height={height} />
      </clipPath>
      <linearGradient id="timeline-span-fade" x1="0" x2="1" y1="0" y2="0">
        <stop offset="0%" stopColor="currentColor" stopOpacity="0.55" />
        <stop offset="100%" stopColor="currentColor" stopOpacity="0.06" />
      </linearGradient>
      <linearGradient id="timeline-fade-on" x1="0" x2="1" y1="0" y2="0">
        <stop offset="0%" stopColor="currentColor" stopOpacity="0.5" />
        <stop offset="100%" stopColor="currentColor" stopOpacity="0" />
      </linearGradient>
      <linearGradient id="timeline-fade-back" x1="0" x2="1" y1="0" y2="0">
        <stop offset="0%" stopColor="currentColor" stopOpacity="0" />
        <stop offset="100%" stopColor="currentColor" stopOpacity="0.5" />
      </linearGradient>
    </defs>
  );
}
