import { AXIS_HEIGHT } from './layoutChart.ts';

/** A tick as the axis draws it. */
export interface AxisTick {
  /** Position along the plot, px: the tick's line. */
  x: number;
  /** What the tick says: a clock time or a day in the display zone, or what is known of a stretch of story steps. */
  label: string;
  /** A stronger line: a new day, or a step whose events share one stated time. */
  isMajor: boolean;
  /** For a stretch of story steps: where its bracket runs, px, within the plot; its label starts at the left. */
  span?: readonly [number, number] | undefined;
  /** The label's row: 1, next to the lanes (the default); 0 above it (the window's date; a stretch's label when
   * neighbouring stretches take turns). */
  row?: number | undefined;
  /** How the label hangs from `x`: centred (the default), or starting or ending there to stay inside the plot. */
  anchor?: 'start' | 'middle' | 'end' | undefined;
  /** False for a label without a tick line: the window's date. */
  hasLine?: boolean | undefined;
}

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
