import type { AxisTick } from '../time/getAxisTicks.ts';
import { AXIS_HEIGHT } from './layoutChart.ts';

interface TimeAxisProps {
  ticks: readonly AxisTick[];
  /** Full height of the chart, px: grid lines run down through the lanes. */
  height: number;
}

/** Vertical room of one row of stretch labels, px. */
const STRETCH_ROW_PX = 13;

/** Ticks and grid lines; D3 chose the ticks, React draws them. Hidden from screen readers: the marks carry the times. */
export function TimeAxis({ ticks, height }: TimeAxisProps) {
  return (
    <g className="time-axis" aria-hidden="true">
      {ticks.map((tick) => {
        const key = `${tick.x}:${tick.label}`;
        const { span } = tick;
        if (span === undefined) {
          return (
            <g key={key} className={`time-axis-tick${tick.isMajor ? ' is-major' : ''}`}>
              {tick.hasLine !== false && (
                <line className="time-axis-grid" x1={tick.x} x2={tick.x} y1={AXIS_HEIGHT - 6} y2={height} />
              )}
              {tick.label !== '' && (
                <text
                  className={`time-axis-label${tick.hasLine === false ? ' time-axis-date' : ''}`}
                  x={tick.x}
                  y={AXIS_HEIGHT - 10 - (tick.row === 0 ? STRETCH_ROW_PX : 0)}
                  textAnchor={tick.anchor ?? 'middle'}
                >
                  {tick.label}
                </text>
              )}
            </g>
          );
        }
        const labelY = AXIS_HEIGHT - 10 - (tick.row === 0 ? STRETCH_ROW_PX : 0);
        return (
          <g key={key} className={`time-axis-tick time-axis-stretch${tick.isMajor ? ' is-major' : ''}`}>
            <line className="time-axis-grid" x1={tick.x} x2={tick.x} y1={AXIS_HEIGHT - 6} y2={height} />
            <path
              className="time-axis-bracket"
              d={`M${span[0] + 2},${AXIS_HEIGHT - 2} V${AXIS_HEIGHT - 6} H${span[1] - 2} V${AXIS_HEIGHT - 2}`}
            />
            {tick.label !== '' && (
              <text
                className="time-axis-label"
                x={tick.anchor === 'end' ? span[1] - 3 : span[0] + 3}
                y={labelY}
                textAnchor={tick.anchor === 'end' ? 'end' : 'start'}
              >
                {tick.label}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
