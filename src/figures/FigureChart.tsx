import type { DeepReadonly } from '../data/deepFreeze.ts';
import type { TimelineIndex } from '../data/indexTimeline.ts';
import type { Figure } from '../data/schema.ts';
import { describeFigureChart, getChartRowLabel, getFigureTone } from './describeLedgerFigure.ts';
import { FigureMarkShape } from './FigureMarkShape.tsx';
import { LABEL_LINE_HEIGHT, layoutFigureChart } from './layoutFigureChart.ts';

interface FigureChartProps {
  /** The measure's heading, which opens the chart's description. */
  heading: string;
  /** One measure's figures, one row each. */
  figures: readonly DeepReadonly<Figure>[];
  index: TimelineIndex;
  /** The width available, px. */
  width: number;
}

const TICK_LENGTH = 5;
const TICK_LABEL_OFFSET = 18;

/** One measure's figures on a shared number line from 0, each on its own row; an image whose name says every figure. */
export function FigureChart({ heading, figures, index, width }: FigureChartProps) {
  const layout = layoutFigureChart(
    figures.map((f) => ({ value: f.value, label: getChartRowLabel(f, index) })),
    width,
  );
  return (
    <svg
      className="figures-ledger-chart"
      role="img"
      aria-label={describeFigureChart(heading, figures, layout.domainMax, index)}
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
    >
      <g className="figures-ledger-grid">
        {layout.ticks.map((tick) => (
          <line key={tick.value} x1={tick.x} x2={tick.x} y1={layout.top} y2={layout.axisY} />
        ))}
      </g>
      {layout.rows.map((row, i) => {
        const figure = figures[i];
        if (figure === undefined) return null;
        return (
          <g key={figure.id}>
            <text className="figures-ledger-chart-label" x={0} y={row.labelY}>
              {row.labelLines.map((line, n) => (
                <tspan key={n} x={0} dy={n === 0 ? 0 : LABEL_LINE_HEIGHT}>
                  {line}
                </tspan>
              ))}
            </text>
            <FigureMarkShape mark={row.mark} y={row.markY} isHollow={getFigureTone(figure, index) === 'claimed'} />
          </g>
        );
      })}
      <g className="figures-ledger-axis">
        <line x1={layout.plotLeft} x2={layout.plotRight} y1={layout.axisY} y2={layout.axisY} />
        {layout.ticks.map((tick) => (
          <line key={tick.value} x1={tick.x} x2={tick.x} y1={layout.axisY} y2={layout.axisY + TICK_LENGTH} />
        ))}
      </g>
      {layout.ticks.map((tick) => (
        <text
          key={tick.value}
          className="figures-ledger-tick-label"
          x={tick.x}
          y={layout.axisY + TICK_LABEL_OFFSET}
          textAnchor="middle"
        >
          {tick.value}
        </text>
      ))}
    </svg>
  );
}
