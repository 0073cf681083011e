import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { indexTimeline } from '../data/indexTimeline.ts';
import { timeline } from '../data/loadTimeline.ts';
import type { EventId } from '../data/schema.ts';
import { describeFigureValue } from '../shared/describeFigure.ts';
import { FiguresLedger } from './FiguresLedger.tsx';
import { groupFigures } from '../shared/groupFigures.ts';

const index = indexTimeline(timeline);

function renderLedger() {
  const onSelectEvent = vi.fn<(id: EventId) => void>();
  render(<FiguresLedger index={index} onSelectEvent={onSelectEvent} hrefOf={(id) => `/events/${id}/`} />);
  const ledger = screen.getByRole('region', { name: 'What the numbers are' });
  return { ledger, onSelectEvent };
}

/** A table's body rows, each as its header cell and its other cells in column order. */
function getRows(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => ({ row, header: within(row).getByRole('rowheader'), cells: within(row).getAllByRole('cell') }));
}

/** The row whose Figure is `value` and whose Of whom is `subject`; fails unless there is exactly one. */
function getRow(table: HTMLElement, value: string, subject: string) {
  const matches = getRows(table).filter((r) => r.header.textContent === value && r.cells[0]?.textContent === subject);
  expect(matches, `${value} ${subject}`).toHaveLength(1);
  const [match] = matches;
  if (match === undefined) throw new Error(`No row ${value} ${subject}`);
  const [ofWhom, whoGaveIt, claim, source, event] = match.cells;
  if (!ofWhom || !whoGaveIt || !claim || !source || !event) throw new Error('A row has fewer than six cells');
  return { row: match.row, whoGaveIt, claim, source, event };
}

/** "paragraph 1" but not "paragraph 10". */
const paragraph = (n: number) => new RegExp(`paragraph ${n}(?!\\d)`);

describe('FiguresLedger', () => {
  test('is a region named by its heading, with an intro that says figures are never combined', () => {
    const { ledger } = renderLedger();
    expect(within(ledger).getByRole('heading', { level: 2, name: 'What the numbers are' })).toBeInTheDocument();
    expect(ledger).toHaveTextContent('never adds them up, averages them or picks between them');
  });

  test('groups figures by what they count, in a fixed order, with a heading, chart and table each', () => {
    const { ledger } = renderLedger();
    const headings = within(ledger)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(headings).toEqual([
      'Killed or dead',
      'Gunmen killed',
      'Wounded',
      'Freed',
      'Captured',
      'Unaccounted for',
      'Present in the café',
      'Gunmen involved',
    ]);
    for (const heading of headings) {
      expect(
        within(ledger).getByRole('table', { name: `${heading}: each figure as its source gave it` }),
      ).toBeVisible();
      expect(within(ledger).getByRole('img', { name: new RegExp(`^${heading},`) })).toBeVisible();
      expect(within(ledger).getByRole('region', { name: `${heading}: table of figures` })).toHaveAttribute(
        'tabindex',
        '0',
      );
    }
  });

  test('the killed-or-dead table lists every victims’ death toll with its qualifier, speaker, caveats and paragraph', () => {
    renderLedger();
    const table = screen.getByRole('table', { name: /^Killed or dead:/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Figure', 'Of whom', 'Who gave it', 'Claim?', 'Source', 'Event']);

    const report = getRow(table, 'at least 22', 'people in the restaurant');
    expect(report.whoGaveIt).toHaveTextContent('the report itself');
    expect(report.claim).toHaveTextContent('No claim or caveat noted');
    expect(report.source).toHaveTextContent(paragraph(1));
    expect(within(report.source).getByText('murdering at least 22 people in a restaurant').tagName).toBe('Q');

    const claim = getRow(table, '24', 'victims');
    expect(claim.whoGaveIt).toHaveTextContent(/^the terrorists$/);
    expect(claim.claim).toHaveTextContent('Claimed by the attackers.');
    expect(claim.claim).toHaveTextContent('Not confirmed by Bangladeshi police.');
    expect(claim.source).toHaveTextContent(paragraph(5));

    const military = getRow(table, '20', 'foreign hostages');
    expect(military.whoGaveIt).toHaveTextContent('a military official');
    expect(military.claim).not.toHaveTextContent('Claimed');
    expect(military.source).toHaveTextContent(paragraph(5));

    const police = getRow(table, '2', 'police officers');
    expect(police.whoGaveIt).toHaveTextContent('Bangladeshi police');
    expect(police.source).toHaveTextContent(paragraph(5));

    const swaraj = getRow(table, 'at least 1', 'Indian hostages');
    expect(swaraj.whoGaveIt).toHaveTextContent('Sushma Swaraj');
    expect(swaraj.source).toHaveTextContent(paragraph(10));

    expect(getRows(table).map((r) => r.cells[0]?.textContent)).not.toContain('gunmen');
  });

  test('keeps each death in the report’s own verb: the officers “died” and the foreign hostages “were dead”', () => {
    renderLedger();
    const table = screen.getByRole('table', { name: /^Killed or dead:/ });
    expect(
      within(getRow(table, '2', 'police officers').source).getByText('two police officers had died'),
    ).toBeVisible();
    expect(
      within(getRow(table, '20', 'foreign hostages').source).getByText('20 foreign hostages were also dead'),
    ).toBeVisible();
  });

  test('draws the gunmen’s deaths in a group apart from the victims’, never on the same number line', () => {
    const { ledger } = renderLedger();
    const gunmen = screen.getByRole('table', { name: /^Gunmen killed:/ });
    const [only, ...others] = getRows(gunmen);
    expect(others).toHaveLength(0);
    expect(only?.header).toHaveTextContent(/^6$/);
    expect(only?.cells[0]).toHaveTextContent(/^gunmen$/);
    expect(only?.cells[1]).toHaveTextContent('the report itself');
    expect(within(gunmen).getByText('Six ISIS-linked gunmen have been killed').tagName).toBe('Q');

    const victims = within(ledger).getByRole('img', { name: /^Killed or dead,/ });
    expect(victims).not.toHaveAccessibleName(/gunmen/);
    expect(within(ledger).getByRole('img', { name: /^Gunmen killed,/ })).toHaveAccessibleName(
      /^Gunmen killed, each figure on its own row of a number line from 0 to \d+: 6, gunmen \(the report\)\.$/,
    );
  });

  test('shows the paragraph sign to the eye and the word “paragraph” to screen readers', () => {
    renderLedger();
    const table = screen.getByRole('table', { name: /^Killed or dead:/ });
    const { source } = getRow(table, '24', 'victims');
    expect(within(source).getByText('¶5')).toHaveAttribute('aria-hidden', 'true');
    expect(within(source).getByText('paragraph 5')).toHaveClass('visually-hidden');
  });

  test('never shows a sum, total or average of the figures', () => {
    const { ledger } = renderLedger();
    const forbidden = /(?<!\d)(?:48|69|75)(?!\d)|\btotal|\bsum\b|\baverage[ds]?\b(?! them)/i;
    for (const element of [ledger, ...ledger.querySelectorAll('*')]) {
      expect(element.textContent, element.tagName).not.toMatch(forbidden);
      expect(element.getAttribute('aria-label') ?? '', element.tagName).not.toMatch(forbidden);
    }
  });

  test('a figure’s event is a link to its page, and choosing it tells the app which event it is', async () => {
    const user = userEvent.setup();
    const { ledger, onSelectEvent } = renderLedger();
    const table = screen.getByRole('table', { name: /^Killed or dead:/ });
    const { event } = getRow(table, '24', 'victims');
    const claim = within(event).getByRole('link', {
      name: 'A claim from the attackers’ side: 24 killed and 40 wounded',
    });
    expect(claim).toHaveAttribute('href', '/events/attackers-casualty-claim/');
    await user.click(claim);
    expect(onSelectEvent).toHaveBeenCalledExactlyOnceWith('attackers-casualty-claim');

    const present = screen.getByRole('table', { name: /^Present in the café:/ });
    await user.click(within(getRow(present, '15 to 20', 'café staff').event).getByRole('link'));
    expect(onSelectEvent).toHaveBeenLastCalledWith('gunmen-storm-cafe');
    // Nothing in the ledger needs JavaScript to be pressed: it has no buttons at all.
    expect(within(ledger).queryAllByRole('button')).toEqual([]);
  });

  test('every figure in the data appears in exactly one row, with its excerpt', () => {
    const { ledger } = renderLedger();
    const tables = within(ledger).getAllByRole('table');
    const rows = tables.flatMap(getRows);
    expect(rows).toHaveLength(timeline.figures.length);
    for (const figure of timeline.figures) {
      const matching = rows.filter(
        (r) =>
          r.header.textContent === describeFigureValue(figure.value) &&
          r.cells[0]?.textContent === figure.subject &&
          figure.sources.every((s) => within(r.row).queryByText(s.excerpt, { selector: 'q' }) !== null),
      );
      expect(matching, figure.id).toHaveLength(1);
    }
  });

  test('each chart’s accessible name states every figure of its group, with who gave it', () => {
    const { ledger } = renderLedger();
    for (const group of groupFigures(timeline.figures)) {
      const chart = within(ledger).getByRole('img', { name: new RegExp(`^${group.heading},`) });
      const name = chart.getAttribute('aria-label') ?? '';
      for (const figure of group.figures) {
        expect(name, figure.id).toContain(`${describeFigureValue(figure.value)}, ${figure.subject} (`);
      }
    }
    const killed = within(ledger).getByRole('img', { name: /^Killed or dead,/ });
    expect(killed).toHaveAccessibleName(
      'Killed or dead, each figure on its own row of a number line from 0 to 30: ' +
        'at least 22, people in the restaurant (the report); ' +
        '24, victims (claimed by the attackers, the terrorists; not confirmed by Bangladeshi police); ' +
        '20, foreign hostages (a military official); 2, police officers (Bangladeshi police); ' +
        'at least 1, Indian hostages (Sushma Swaraj).',
    );
  });

  test('draws the attackers’ claims in outline and everyone else’s figures filled', () => {
    const { ledger } = renderLedger();
    const killed = within(ledger).getByRole('img', { name: /^Killed or dead,/ });
    const marks = [...killed.querySelectorAll('.figures-ledger-mark')];
    const killedFigures = timeline.figures.filter((f) => f.measure === 'killed' || f.measure === 'dead');
    expect(killedFigures.map((f) => f.id)).toContain('killed-attackers-claim');
    expect(marks).toHaveLength(killedFigures.length);
    expect(marks.map((m) => m.classList.contains('is-hollow'))).toEqual(
      killedFigures.map((f) => f.id === 'killed-attackers-claim'),
    );
  });

  test('draws “around” as a ringed dot, not as a range nobody gave', () => {
    const { ledger } = renderLedger();
    const present = within(ledger).getByRole('img', { name: /^Present in the café,/ });
    const marks = [...present.querySelectorAll('.figures-ledger-mark')];
    const around =
      marks[timeline.figures.filter((f) => f.measure === 'present').findIndex((f) => f.value.qualifier === 'about')];
    if (around === undefined) throw new Error('No “around” mark');
    expect(around.querySelectorAll('circle')).toHaveLength(2);
    expect(around.querySelectorAll('line')).toHaveLength(0);
    expect(ledger).toHaveTextContent('around this many (the ring is not a range: none was given)');
    expect(ledger).not.toHaveTextContent('±');
  });
});
