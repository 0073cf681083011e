import { scaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';
import type { ZoomTransform } from 'd3-zoom';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Timeline } from '../../src/data/schema.ts';
import { getFloorPoints } from './getFloorPoints.ts';

const WIDTH = 1200;
const LANE_HEIGHT = 40;
const MARGIN = { top: 10, right: 20, bottom: 30, left: 20 };

/**
 * What anyone would write first: React draws every event as a circle under a `transform.rescaleX` of a time
 * scale, ticks from the same scale, and d3-zoom on the svg stores its transform in state on every zoom event.
 */
export function FloorChart({ timeline }: { timeline: Timeline }) {
  const svgRef = useRef<SVGSVGElement>(null);
  const points = useMemo(() => getFloorPoints(timeline), [timeline]);
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const lanes = Math.max(1, ...points.map((p) => p.lane + 1));
  const height = MARGIN.top + lanes * LANE_HEIGHT + MARGIN.bottom;
  const xBase = useMemo(() => {
    const times = points.map((p) => p.at).filter((at) => !Number.isNaN(at));
    return scaleTime()
      .domain([Math.min(...times), Math.max(...times)])
      .range([MARGIN.left, WIDTH - MARGIN.right]);
  }, [points]);
  const x = transform.rescaleX(xBase);
  const ticks = x.ticks(10);
  const formatTick = x.tickFormat();

  useEffect(() => {
    const svg = svgRef.current;
    if (svg === null) return;
    const behaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, 10_000])
      .translateExtent([
        [0, 0],
        [WIDTH, height],
      ])
      .on('zoom', (event: { transform: ZoomTransform }) => setTransform(event.transform));
    select(svg).call(behaviour);
    if (performance.getEntriesByName('timeline-interactive').length === 0) performance.mark('timeline-interactive');
    return () => {
      select(svg).on('.zoom', null);
    };
  }, [height]);

  return (
    <svg ref={svgRef} className="floor-chart" width={WIDTH} height={height} role="img" aria-label="Events over time">
      <g transform={`translate(0,${height - MARGIN.bottom})`} fontSize={10} fontFamily="sans-serif">
        <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} stroke="currentColor" />
        {ticks.map((tick) => (
          <g key={tick.getTime()} transform={`translate(${x(tick)},0)`}>
            <line y2={6} stroke="currentColor" />
            <text y={18} textAnchor="middle">
              {formatTick(tick)}
            </text>
          </g>
        ))}
      </g>
      {points.map((p) => (
        <circle key={p.id} cx={x(p.at)} cy={MARGIN.top + (p.lane + 0.5) * LANE_HEIGHT} r={4} fill="steelblue" />
      ))}
    </svg>
  );
}
