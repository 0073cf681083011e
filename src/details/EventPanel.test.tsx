import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { indexTimeline } from '../data/indexTimeline.ts';
import { timeline } from '../data/loadTimeline.ts';
import type { EventId, ZoneName } from '../data/schema.ts';
import { EventPanel } from './EventPanel.tsx';

const index = indexTimeline(timeline);
const DHAKA = 'Asia/Dhaka' as ZoneName;
const LONDON = 'Europe/London' as ZoneName;
const id = (value: string) => value as EventId;

function getTitle(eventId: string): string {
  const event = index.getEvent(id(eventId));
  if (event === undefined) throw new Error(`No event ${eventId} in timeline.json`);
  return event.title;
}

function renderPanel(eventId: string, zone: ZoneName = DHAKA, secondZone: ZoneName = LONDON, correctionsHref = '') {
  const onClose = vi.fn<() => void>();
  const onSelect = vi.fn<(next: EventId | undefined) => void>();
  const hrefOf = (event: EventId | undefined) => (event === undefined ? '/' : `/events/${event}/`);
  const order = index.events.map((e) => e.id);
  const props = {
    index,
    zone,
    secondZone,
    correctionsHref,
    onClose,
    onSelect,
    hrefOf,
    closeHref: '/',
    order,
    isStory: false,
  };
  const result = render(<EventPanel {...props} eventId={id(eventId)} />);
  const panel = screen.getByRole('region', { name: getTitle(eventId) });
  const rerender = (next: string) => {
    result.rerender(<EventPanel {...props} eventId={id(next)} />);
  };
  return { panel, onClose, onSelect, rerender };
}

/** The `<dd>` that follows a `<dt>` with this text. */
function getFact(panel: HTMLElement, term: string): HTMLElement {
  const dt = within(panel).getByText(term, { selector: 'dt' });
  const dd = dt.nextElementSibling;
  if (!(dd instanceof HTMLElement) || dd.tagName !== 'DD') throw new Error(`No definition after ${term}`);
  return dd;
}

describe('EventPanel', () => {
  test('is a region named by its heading, the event’s title, which has focus when it opens', () => {
    const { panel } = renderPanel('gunmen-storm-cafe');
    const heading = within(panel).getByRole('heading', {
      level: 2,
      name: 'Gunmen burst into the Holey Artisan Bakery',
    });
    expect(heading).toHaveFocus();
  });

  test('says when in the reader’s zone with its precision, again in the second zone, and how the time is known', () => {
    const { panel } = renderPanel('gunmen-storm-cafe');
    const when = getFact(panel, 'When');
    expect(when).toHaveTextContent('9.20pm, Friday 1 July 2016, Dhaka (UTC+6) (exact time)');
    expect(when).toHaveTextContent('Also: 4.20pm, Friday 1 July 2016, London (UTC+1)');
    expect(when).toHaveTextContent(/How the time is known: The report gives 9\.20pm local time on Friday/);
    for (const time of when.querySelectorAll('time')) {
      expect(time).toHaveAttribute('datetime', '2016-07-01T21:20:00+06:00');
    }
    expect(when.querySelectorAll('time')).toHaveLength(2);
  });

  test('swaps the zones when the reader chooses London', () => {
    const { panel } = renderPanel('gunmen-storm-cafe', LONDON, DHAKA);
    const when = getFact(panel, 'When');
    expect(when).toHaveTextContent(/^4\.20pm, Friday 1 July 2016, London \(UTC\+1\)/);
    expect(when).toHaveTextContent('Also: 9.20pm, Friday 1 July 2016, Dhaka (UTC+6)');
  });

  test('words an order-only time from its neighbours and does not repeat it for the second zone', () => {
    const { panel } = renderPanel('attackers-casualty-claim');
    const when = getFact(panel, 'When');
    expect(when).toHaveTextContent(/Time not given: some time after “Gunmen burst into the Holey Artisan Bakery”/);
    expect(when).toHaveTextContent('(order only)');
    expect(when).not.toHaveTextContent('Also:');
  });

  test('says where, with the larger places the report puts it in, and not Gulshan, which it only implies', () => {
    const { panel } = renderPanel('gunmen-storm-cafe');
    expect(getFact(panel, 'Where')).toHaveTextContent(/^Holey Artisan Bakery, Dhaka, Bangladesh$/);
  });

  test('gives no place for an event whose place the report does not give', () => {
    for (const eventId of [
      'police-officers-died',
      'japanese-unaccounted-for',
      'gunmen-killed',
      'italians-believed-killed',
    ]) {
      const { panel } = renderPanel(eventId);
      expect(getFact(panel, 'Where')).toHaveTextContent(/^The report does not say where\.$/);
      cleanup();
    }
  });

  test('does not repeat a place its own name already gives', () => {
    const { panel } = renderPanel('guards-spot-gunmen');
    expect(getFact(panel, 'Where')).toHaveTextContent(/^A medical centre in Gulshan, Dhaka, Bangladesh$/);
  });

  test('says so when the report does not say where', () => {
    const { panel } = renderPanel('attackers-casualty-claim');
    expect(getFact(panel, 'Where')).toHaveTextContent('The report does not say where.');
  });

  test('says who, with each one’s role where the report gives it', () => {
    const { panel } = renderPanel('gunmen-storm-cafe');
    expect(getFact(panel, 'Who')).toHaveTextContent(/^The gunmen, Witnesses, Customers, Café staff$/);
    const rizvi = renderPanel('rizvi-account').panel;
    expect(getFact(rizvi, 'Who')).toHaveTextContent('Gowher Rizvi (Adviser to Prime Minister Sheikh Hasina)');
  });

  test('gives the summary, the category and the status in words', () => {
    const { panel } = renderPanel('gunmen-storm-cafe');
    const summary = index.getEvent(id('gunmen-storm-cafe'))?.summary ?? '';
    expect(within(panel).getByText(summary)).toBeInTheDocument();
    expect(getFact(panel, 'Category')).toHaveTextContent(/^The attack$/);
    const status = getFact(panel, 'Status');
    expect(status).toHaveTextContent(/^Attributed On the word of witnesses and Gowher Rizvi\.$/);
  });

  test('says who would not confirm an event that is not confirmed, and that no source contradicts it', () => {
    const { panel } = renderPanel('attackers-casualty-claim');
    const status = getFact(panel, 'Status');
    expect(status).toHaveTextContent(
      /^Not confirmed Bangladeshi police would not confirm it; no source in the report contradicts it\. It is a claim from the attackers’ side \(the terrorists\)\.$/,
    );
    expect(status).not.toHaveTextContent(/disputed/i);
  });

  test('says the report hedges an event it does not confirm in its own words', () => {
    const { panel } = renderPanel('italians-believed-killed');
    expect(getFact(panel, 'Status')).toHaveTextContent(
      /^Not confirmed The report hedges it: see the passage marked “hedged by the report”/,
    );
  });

  test('gives the release of the photos in the report’s own voice, not confirmed because what they show is hedged', () => {
    const { panel } = renderPanel('agency-releases-photos');
    expect(getFact(panel, 'Status')).toHaveTextContent(/^Not confirmed The report hedges it/);
    expect(getFact(panel, 'Status')).not.toHaveTextContent(/claim/i);
    expect(within(panel).getByText('Paragraph 3 of the report, in its own words')).toBeInTheDocument();
    expect(
      within(panel).getByText('Paragraph 3 of the report, in its own words (hedged by the report)'),
    ).toBeInTheDocument();
  });

  test('quotes each source with its paragraph number and who gave it', () => {
    const { panel } = renderPanel('gunmen-storm-cafe');
    expect(within(panel).getByRole('heading', { level: 3, name: 'What the report says' })).toBeInTheDocument();
    const event = index.getEvent(id('gunmen-storm-cafe'));
    const sources = event?.sources ?? [];
    expect(sources).toHaveLength(3);
    for (const source of sources) expect(within(panel).getByText(source.excerpt)).toBeInTheDocument();
    expect(within(panel).getAllByText('Paragraph 14 of the report, attributed to witnesses')).toHaveLength(2);
    expect(within(panel).getByText('Paragraph 18 of the report, attributed to Gowher Rizvi')).toBeInTheDocument();
  });

  test('says under the report’s own words with “BST” that it is British Summer Time, and nowhere else', () => {
    const { panel } = renderPanel('gunmen-storm-cafe');
    const gloss = '“BST” here is British Summer Time, UTC+1.';
    const withBst = within(panel).getByText(/\(4\.20pm BST\)$/);
    const item = withBst.closest('li');
    if (item === null) throw new Error('The ¶14 excerpt is not in a list item');
    expect(within(item).getByText(gloss)).toBeInTheDocument();
    expect(item).toHaveTextContent(/Paragraph 14 of the report, attributed to witnesses/);
    expect(within(panel).getAllByText(gloss)).toHaveLength(1);
  });

  test('adds no gloss to excerpts without “BST”', () => {
    const { panel } = renderPanel('attackers-casualty-claim');
    expect(panel).not.toHaveTextContent('British Summer Time');
  });

  test('lists each figure as its speaker gave it, with who would not confirm it, and never a total', () => {
    const { panel } = renderPanel('attackers-casualty-claim');
    expect(within(panel).getByRole('heading', { level: 3, name: 'Figures' })).toBeInTheDocument();
    const figures = within(panel)
      .getAllByRole('listitem')
      .filter((li) => /^\d.*, paragraphs? \d+$/.test(li.textContent));
    expect(figures.map((li) => li.textContent)).toEqual([
      '24 killed (victims), claimed by the terrorists; not confirmed by Bangladeshi police, paragraph 5',
      '40 wounded (people), claimed by the terrorists; not confirmed by Bangladeshi police, paragraph 5',
    ]);
    expect(panel).not.toHaveTextContent(/\b64\b/);
    expect(panel).not.toHaveTextContent(/total/i);
  });

  test('leaves out the figures heading when the event has no figures', () => {
    const { panel } = renderPanel('siege-standoff');
    expect(within(panel).queryByRole('heading', { name: 'Figures' })).not.toBeInTheDocument();
  });

  test('links related events in both directions, and a link selects the event', async () => {
    const user = userEvent.setup();
    const { panel, onSelect } = renderPanel('attackers-casualty-claim');
    expect(within(panel).getByRole('heading', { level: 3, name: 'Related events' })).toBeInTheDocument();
    const describes = within(panel).getByRole('link', { name: 'At least 22 people are killed in the café' });
    expect(describes.closest('li')).toHaveTextContent(/^Describes: At least 22 people are killed in the café$/);
    const police = within(panel).getByRole('link', { name: getTitle('police-casualty-statement') });
    expect(police).toHaveAttribute('href', '/events/police-casualty-statement/');
    expect(police.closest('li')).toHaveTextContent(/^Not confirmed by: Police will not confirm/);

    await user.click(police);
    expect(onSelect).toHaveBeenCalledExactlyOnceWith('police-casualty-statement');
  });

  test('words an outgoing refusal to confirm from the refusing event’s side', () => {
    const { panel } = renderPanel('police-casualty-statement');
    const claim = within(panel).getByRole('link', {
      name: 'A claim from the attackers’ side: 24 killed and 40 wounded',
    });
    expect(claim.closest('li')).toHaveTextContent(/^Would not confirm: /);
  });

  test('leaves out related events when there are none', () => {
    const { panel } = renderPanel('hammond-statement');
    expect(within(panel).queryByRole('heading', { name: 'Related events' })).not.toBeInTheDocument();
  });

  test('lists each correction of a corrected event, dated, with a link to its entry in the corrections log', () => {
    const { panel } = renderPanel('gunmen-killed');
    expect(within(panel).getByRole('heading', { level: 3, name: 'Corrected' })).toBeInTheDocument();
    const links = within(panel).getAllByRole('link', { name: 'Why, in the corrections log' });
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '#correction-gunmen-killed-after-the-killings',
      '#correction-places-the-report-gives',
    ]);
    for (const link of links) expect(link).not.toHaveAttribute('target');
    const first = links[0]?.closest('li');
    expect(first).toHaveTextContent(
      /^3 December 2026: The gunmen’s deaths now follow the killing of at least 22 people/,
    );
    expect(first?.querySelector('time')).toHaveAttribute('datetime', '2026-12-03');
  });

  test('lists a correction that names an event by its old id under the event’s current id, once', () => {
    const { panel } = renderPanel('police-officers-died');
    const hrefs = within(panel)
      .getAllByRole('link', { name: 'Why, in the corrections log' })
      .map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('#correction-died-not-killed');
    expect(hrefs.filter((href) => href === '#correction-died-not-killed')).toHaveLength(1);
  });

  test('from an embed, links a correction to the full timeline’s log in a new tab', () => {
    const { panel } = renderPanel('gunmen-killed', DHAKA, LONDON, '/holey-artisan/');
    const [link] = within(panel).getAllByRole('link', { name: 'Why, in the corrections log' });
    expect(link).toHaveAttribute('href', '/holey-artisan/#correction-gunmen-killed-after-the-killings');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener');
  });

  test('has no corrected section for an event no correction names', () => {
    expect(index.getCorrections('employee-escapes')).toEqual([]);
    const { panel } = renderPanel('employee-escapes');
    expect(within(panel).queryByRole('heading', { name: 'Corrected' })).not.toBeInTheDocument();
    expect(within(panel).queryByRole('link', { name: 'Why, in the corrections log' })).not.toBeInTheDocument();
  });

  test('previous and next are links to the events either side in time order, and select them in the page', async () => {
    const user = userEvent.setup();
    const { panel, onSelect } = renderPanel('gunmen-storm-cafe');
    const previous = within(panel).getByRole('link', { name: `Previous event: ${getTitle('guards-spot-gunmen')}` });
    const next = within(panel).getByRole('link', { name: `Next event: ${getTitle('security-forces-repelled')}` });
    expect(previous).toHaveAttribute('href', '/events/guards-spot-gunmen/');
    expect(next).toHaveAttribute('href', '/events/security-forces-repelled/');
    expect(previous).toHaveTextContent('← Previous');
    expect(next).toHaveTextContent('Next →');

    await user.click(next);
    expect(onSelect).toHaveBeenLastCalledWith('security-forces-repelled');
    await user.click(previous);
    expect(onSelect).toHaveBeenLastCalledWith('guards-spot-gunmen');
    expect(onSelect).toHaveBeenCalledTimes(2);
  });

  test('there is no previous link at the first event and no next link at the last, and each end says so', () => {
    const first = renderPanel(index.events[0]?.id ?? '');
    expect(within(first.panel).queryByRole('link', { name: /^Previous event/ })).toBeNull();
    expect(within(first.panel).getByText(/none, this is the first event/)).toBeInTheDocument();
    expect(within(first.panel).getByRole('link', { name: /^Next event/ })).toBeInTheDocument();

    const last = renderPanel(index.events.at(-1)?.id ?? '');
    expect(within(last.panel).queryByRole('link', { name: /^Next event/ })).toBeNull();
    expect(within(last.panel).getByText(/none, this is the last event/)).toBeInTheDocument();
    expect(within(last.panel).getByRole('link', { name: /^Previous event/ })).toBeInTheDocument();
  });

  test('Escape anywhere inside the panel closes it, and does not reach the page', async () => {
    const user = userEvent.setup();
    const onPageKey = vi.fn<(e: KeyboardEvent) => void>();
    document.addEventListener('keydown', onPageKey);
    try {
      const { panel, onClose } = renderPanel('gunmen-storm-cafe');
      within(panel)
        .getByRole('link', { name: /^Next event/ })
        .focus();
      await user.keyboard('{Escape}');
      expect(onClose).toHaveBeenCalledOnce();
      expect(onPageKey).not.toHaveBeenCalled();
    } finally {
      document.removeEventListener('keydown', onPageKey);
    }
  });

  test('the Close button closes it', async () => {
    const user = userEvent.setup();
    const { panel, onClose } = renderPanel('gunmen-storm-cafe');
    const close = within(panel).getByRole('link', { name: 'Close details' });
    expect(close).toHaveAttribute('href', '/');
    await user.click(close);
    expect(onClose).toHaveBeenCalledOnce();
  });

  test('moves focus to the new heading when the event changes', () => {
    const { rerender } = renderPanel('gunmen-storm-cafe');
    within(screen.getByRole('region'))
      .getByRole('link', { name: /^Next event/ })
      .focus();
    rerender('security-forces-repelled');
    const heading = screen.getByRole('heading', { level: 2, name: getTitle('security-forces-repelled') });
    expect(heading).toHaveFocus();
    expect(screen.getByRole('region', { name: getTitle('security-forces-repelled') })).toBeInTheDocument();
  });
});
