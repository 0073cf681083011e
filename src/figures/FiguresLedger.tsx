import { useId, useMemo } from 'react';
import type { TimelineIndex } from '../data/indexTimeline.ts';
import type { EventId } from '../data/schema.ts';
import { describeFigureValue } from '../shared/describeFigure.ts';
import { EventLink } from '../shared/EventLink.tsx';
import { getOtherDocumentSuffix } from '../shared/describeDocument.ts';
import { getFigureCaveats, getFigureSpeaker } from './describeLedgerFigure.ts';
import { FigureChart } from './FigureChart.tsx';
import { FigureMarkShape } from './FigureMarkShape.tsx';
import { groupFigures } from '../shared/groupFigures.ts';
import type { MarkGeometry } from './layoutFigureChart.ts';
import './figuresLedger.css';

interface FiguresLedgerProps {
  index: TimelineIndex;
  /** A reader chose the event a figure belongs to. */
  onSelectEvent: (id: EventId) => void;
  /**
   * The address of an event's own page: each figure's event is a real link to it, so the ledger works without
   * JavaScript (and opens in a new tab when asked); a plain click chooses the event in the page instead.
   */
  hrefOf: (id: EventId) => string;
  /** The width the ledger is laid out at, px, as the page measured it; CSS scales the charts down to fit. */
  width?: number;
}

/** The charts' width before the page is measured (and in the prerendered page), px; CSS scales it down to fit. */
const FALLBACK_WIDTH = 560;
/** The widest a chart gets, px: a longer number line spreads a few marks too thin to compare. */
const MAX_CHART_WIDTH = 720;
/** Where the ledger is at least this wide, px, each group's heading sits in a column of its own beside its chart. */
export const SIDE_HEADING_MIN_WIDTH = 640;
/** That column's width with its gap, px (10rem, as in figuresLedger.css). */
const SIDE_HEADING_WIDTH = 160;
const KEY_WIDTH = 48;
const KEY_HEIGHT = 20;

/** The key's samples, one per way a figure can be qualified, in px inside a `KEY_WIDTH` × `KEY_HEIGHT` box. */
const KEY_ITEMS: readonly { mark: MarkGeometry; isHollow: boolean; text: string }[] = [
  { mark: { kind: 'exactly', x: 24 }, isHollow: false, text: 'exactly this many' },
  { mark: { kind: 'at-least', x: 10, arrowTo: 42 }, isHollow: false, text: 'at least this many; perhaps more' },
  { mark: { kind: 'up-to', from: 4, to: 42 }, isHollow: false, text: 'up to this many' },
  {
    mark: { kind: 'about', x: 24 },
    isHollow: false,
    text: 'around this many (the ring is not a range: none was given)',
  },
  { mark: { kind: 'range', from: 8, to: 40 }, isHollow: false, text: 'somewhere in this range' },
  { mark: { kind: 'exactly', x: 24 }, isHollow: true, text: 'in outline: claimed by the attackers' },
];

/**
 * "What the numbers are": for each quantity the report gives, every figure side by side, as a small chart and
 * a table with who gave it and where the report says it. Figures are never added up, averaged or reconciled.
 */
export function FiguresLedger({ index, onSelectEvent, hrefOf, width = FALLBACK_WIDTH }: FiguresLedgerProps) {
  const idPrefix = useId();
  const headingId = `${idPrefix}-heading`;
  const keyId = `${idPrefix}-key`;
  const groups = useMemo(() => groupFigures(index.timeline.figures), [index]);
  return (
    <section className="figures-ledger" aria-labelledby={headingId}>
      <h2 id={headingId} className="figures-ledger-title">
        What the numbers are
      </h2>
      <p className="figures-ledger-intro">
        Every figure the report gives, as each source gave it, with who gave it and the paragraph it comes from. The
        timeline never adds them up, averages them or picks between them. Where a figure is the attackers’ claim, or a
        source would not confirm it, the table says so.
      </p>
      <p id={keyId} className="figures-ledger-key-title">
        How to read the charts
      </p>
      <ul className="figures-ledger-key" aria-labelledby={keyId}>
        {KEY_ITEMS.map((item) => (
          <li key={item.text} className="figures-ledger-key-item">
            <svg
              className="figures-ledger-key-mark"
              aria-hidden="true"
              width={KEY_WIDTH}
              height={KEY_HEIGHT}
              viewBox={`0 0 ${KEY_WIDTH} ${KEY_HEIGHT}`}
            >
              <FigureMarkShape mark={item.mark} y={KEY_HEIGHT / 2} isHollow={item.isHollow} />
            </svg>
            {item.text}
          </li>
        ))}
      </ul>
      <div className="figures-ledger-body">
        {groups.map((group) => {
          const groupHeadingId = `${idPrefix}-${group.measure}`;
          return (
            <div key={group.measure} className="figures-ledger-group">
              <h3 id={groupHeadingId} className="figures-ledger-group-title">
                {group.heading}
              </h3>
              <FigureChart
                heading={group.heading}
                figures={group.figures}
                index={index}
                width={Math.min(width >= SIDE_HEADING_MIN_WIDTH ? width - SIDE_HEADING_WIDTH : width, MAX_CHART_WIDTH)}
              />
              {/* A named <section> is a region: a scroll box the keyboard can reach and name. */}
              <section className="figures-ledger-scroll" tabIndex={0} aria-label={`${group.heading}: table of figures`}>
                <table className="figures-ledger-table">
                  {/* The group's heading above says what the table holds; the caption names it for assistive technology. */}
                  <caption className="figures-ledger-caption visually-hidden">
                    {group.heading}: each figure as its source gave it
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Figure</th>
                      <th scope="col">Of whom</th>
                      <th scope="col">Who gave it</th>
                      <th scope="col">Claim?</th>
                      <th scope="col">Source</th>
                      <th scope="col">Event</th>
                    </tr>
                  </thead>
                  <tbody>
                    {group.figures.map((figure) => {
                      const caveats = getFigureCaveats(figure, index);
                      const event = index.getEvent(figure.event);
                      return (
                        <tr key={figure.id}>
                          <th scope="row" className="figures-ledger-value">
                            {describeFigureValue(figure.value)}
                          </th>
                          <td>{figure.subject}</td>
                          <td>{getFigureSpeaker(figure, index)}</td>
                          <td>
                            {caveats.length === 0 ? (
                              <>
                                <span aria-hidden="true">—</span>
                                <span className="visually-hidden">No claim or caveat noted</span>
                              </>
                            ) : (
                              caveats.map((caveat) => (
                                <span key={caveat} className="figures-ledger-caveat">
                                  {caveat}.
                                </span>
                              ))
                            )}
                          </td>
                          <td>
                            {figure.sources.map((source, n) => (
                              <p key={n} className="figures-ledger-source">
                                <span aria-hidden="true" className="figures-ledger-paragraph">
                                  ¶{source.paragraph}
                                  {getOtherDocumentSuffix(source.document, index.timeline)}
                                </span>
                                <span className="visually-hidden">
                                  paragraph {source.paragraph}
                                  {getOtherDocumentSuffix(source.document, index.timeline)}
                                </span>{' '}
                                <q>{source.excerpt}</q>
                              </p>
                            ))}
                          </td>
                          <td>
                            {event === undefined ? (
                              figure.event
                            ) : (
                              <EventLink
                                className="figures-ledger-event"
                                href={hrefOf(event.id)}
                                onChoose={() => {
                                  onSelectEvent(event.id);
                                }}
                              >
                                {event.title}
                              </EventLink>
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </section>
            </div>
          );
        })}
      </div>
    </section>
  );
}
