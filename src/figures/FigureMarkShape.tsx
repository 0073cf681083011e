import { assertNever } from '../data/assertNever.ts';
import { ARROW_HEAD, DOT_RADIUS } from './layoutFigureChart.ts';
import type { MarkGeometry } from './layoutFigureChart.ts';

interface FigureMarkShapeProps {
  mark: MarkGeometry;
  /** The mark's centre line, px from the top of its SVG. */
  y: number;
  /** True for a claim by the attackers: drawn in outline, so the difference does not rest on colour. */
  isHollow: boolean;
}

const BAR_HALF = 4;
const CAP_HALF = 5;

/** A right-pointing arrowhead whose tip is at (x, y). */
function getArrowHead(x: number, y: number): string {
  return `M${x},${y}L${x - ARROW_HEAD},${y - CAP_HALF}V${y + CAP_HALF}Z`;
}

/** One figure on the number line: a dot, an open-ended arrow, a bar from zero, a ringed dot or a range. */
export function FigureMarkShape({ mark, y, isHollow }: FigureMarkShapeProps) {
  const className = `figures-ledger-mark${isHollow ? ' is-hollow' : ''}`;
  switch (mark.kind) {
    case 'exactly':
      return (
        <g className={className}>
          <circle className="figures-ledger-fill" cx={mark.x} cy={y} r={DOT_RADIUS} />
        </g>
      );
    case 'at-least':
      return (
        <g className={className}>
          <line x1={mark.x + DOT_RADIUS} x2={mark.arrowTo - ARROW_HEAD} y1={y} y2={y} />
          <path className="figures-ledger-fill" d={getArrowHead(mark.arrowTo, y)} />
          <circle className="figures-ledger-fill" cx={mark.x} cy={y} r={DOT_RADIUS} />
        </g>
      );
    case 'up-to':
      return (
        <g className={className}>
          <rect
            className="figures-ledger-fill"
            x={mark.from}
            y={y - BAR_HALF}
            width={Math.max(0, mark.to - ARROW_HEAD - mark.from)}
            height={BAR_HALF * 2}
          />
          <path className="figures-ledger-fill" d={getArrowHead(mark.to, y)} />
        </g>
      );
    case 'about':
      return (
        <g className={className}>
          <circle className="figures-ledger-halo" cx={mark.x} cy={y} r={DOT_RADIUS * 2.2} />
          <circle className="figures-ledger-fill" cx={mark.x} cy={y} r={DOT_RADIUS} />
        </g>
      );
    case 'range':
      return (
        <g className={className}>
          <rect
            className="figures-ledger-fill"
            x={mark.from}
            y={y - CAP_HALF}
            width={Math.max(2, mark.to - mark.from)}
            height={CAP_HALF * 2}
          />
        </g>
      );
    default:
      return assertNever(mark);
  }
}
