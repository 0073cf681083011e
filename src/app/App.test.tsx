import { render, screen, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { timeline } from '../../tests/support/realTimeline.ts';
import { indexTimeline } from '../data/indexTimeline.ts';
import { App } from './App.tsx';
import { renderApp, renderAppToRead } from '../../tests/support/renderApp.tsx';

describe('the first page', () => {
  // These tests only read the page: one render serves them all.
  let unmount: () => void = () => undefined;
  beforeAll(async () => {
    unmount = await renderAppToRead();
  });
  afterAll(() => {
    unmount();
  });

  test('has a banner, a main region and a footer, with the report’s title as the only h1', () => {
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/Holey Artisan Bakery/);
  });

  test('shows the content note before the chronology', () => {
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent(/people were killed/i);
    expect(note).toHaveTextContent(/no images of victims/);
  });

  test('lists every event, in the data’s time order, as an item headed by its title', () => {
    const list = screen.getByRole('list', { name: 'Chronology of events' });
    const titles = within(list)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(titles).toEqual(timeline.events.map((e) => e.title));
  });

  test('gives the entry its clock time in Dhaka time, with the zone and offset named', () => {
    const item = screen.getByRole('article', { name: 'Gunmen burst into the Holey Artisan Bakery' });
    const time = within(item).getByText('9.20pm, Friday 1 July 2016, Dhaka (UTC+6)');
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('datetime', '2016-07-01T21:20:00+06:00');
    expect(item).toHaveTextContent('exact time');
  });

  test('gives an unknown time in a few words, by the bounds the report allows, never as a clock time', () => {
    const raid = screen.getByRole('article', { name: 'Troops raid the building' });
    // The title leads; the time line is short, and the panel words it in full.
    expect(raid.firstElementChild).toHaveTextContent('Troops raid the building');
    expect(raid).toHaveTextContent('After 11.20pm, Fri 1 Jul · order only');
    expect(raid).not.toHaveTextContent(/noon|Saturday/);
    expect(raid.querySelector('time')).toBeNull();
    const killed = screen.getByRole('article', { name: 'Six gunmen are killed' });
    expect(killed).toHaveTextContent('After 9.20pm, Fri 1 Jul · order only');
    expect(killed.querySelector('time')).toBeNull();
    const entry = screen.getByRole('article', { name: 'Gunmen burst into the Holey Artisan Bakery' });
    expect(entry.querySelector('time')).toHaveAttribute('datetime', '2016-07-01T21:20:00+06:00');
  });

  test('says the chronology’s order is one the report allows, not the order things happened', () => {
    const chronology = screen.getByRole('region', { name: 'Chronology' });
    expect(chronology).toHaveTextContent(
      `All ${timeline.events.length} events, in an order consistent with the report.`,
    );
    expect(chronology).not.toHaveTextContent('in the order they happened');
  });

  test('says once who stands behind each event, in words', () => {
    const claim = screen.getByRole('article', { name: 'A claim from the attackers’ side: 24 killed and 40 wounded' });
    expect(within(claim).getByText(/^Not confirmed by /)).toHaveTextContent('Not confirmed by Bangladeshi police');
    expect(claim).not.toHaveTextContent(/disputed/i);
    const italians = screen.getByRole('article', { name: 'Several Italians are believed to be among the dead' });
    expect(within(italians).getByText('Not confirmed: hedged by the report')).toBeInTheDocument();
    const entry = screen.getByRole('article', { name: 'Gunmen burst into the Holey Artisan Bakery' });
    expect(within(entry).getByText('Attributed to witnesses and Gowher Rizvi')).toBeInTheDocument();
    expect(entry).toHaveTextContent('The attack');
    // Said once: no second sentence repeating the status.
    expect(within(entry).getAllByText(/witnesses and Gowher Rizvi/)).toHaveLength(1);
  });

  test('says when the data last changed, with a link to the corrections log that counts them', () => {
    const banner = screen.getByRole('banner');
    expect(banner).toHaveTextContent('Last updated 3 December 2026 · 14 corrections');
    expect(within(banner).getByText('3 December 2026')).toHaveAttribute('datetime', '2026-12-03');
    const link = within(banner).getByRole('link', { name: '14 corrections' });
    expect(link).toHaveAttribute('href', '#corrections');
    const target = document.getElementById('corrections');
    expect(target).toHaveRole('heading');
    expect(target).toHaveTextContent('Corrections');
  });

  test('the footer’s corrections log lists every correction, newest first, each dated, with what changed and why', () => {
    const footer = screen.getByRole('contentinfo');
    const log = within(footer).getByRole('region', { name: 'Corrections' });
    expect(log).toHaveTextContent('Last updated 3 December 2026.');
    const entries = within(log)
      .getAllByRole('listitem')
      .filter((li) => li.id.startsWith('correction-'));
    expect(entries.map((li) => li.id)).toEqual([...timeline.corrections].reverse().map((c) => `correction-${c.id}`));
    for (const correction of timeline.corrections) {
      const entry = entries.find((li) => li.id === `correction-${correction.id}`);
      if (entry === undefined) throw new Error(`No entry for ${correction.id}`);
      const date = within(entry).getByText('3 December 2026');
      expect(date.tagName).toBe('TIME');
      expect(date).toHaveAttribute('datetime', correction.date);
      expect(entry).toHaveTextContent(`What changed. ${correction.what}`);
      expect(entry).toHaveTextContent(`Why. ${correction.why}`);
    }
  });

  test('the corrections log links a renamed event under its new address and names it once', () => {
    const entry = document.getElementById('correction-died-not-killed');
    if (entry === null) throw new Error('No entry for died-not-killed');
    const links = within(entry).getAllByRole('link', { name: /^Two police officers die, police say/ });
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute('href', '/events/police-officers-died/');
    expect(within(entry).queryByRole('link', { name: /police-officers-killed/ })).toBeNull();
  });

  test('marks what the data adds from outside the report', () => {
    const about = screen.getByRole('region', { name: 'About this timeline' });
    expect(within(about).getByRole('heading', { name: 'Added from outside the report' })).toBeInTheDocument();
    expect(about).toHaveTextContent('The report’s “Friday” is 1 July 2016.');
  });
});

describe('the sources', () => {
  test('opens what the report says, with each excerpt’s paragraph and speaker', async () => {
    const { user } = await renderApp();
    const entry = screen.getByRole('article', { name: 'Gunmen burst into the Holey Artisan Bakery' });
    await user.click(within(entry).getByText('What the report says (3 passages)'));
    const fromWitnesses = within(entry).getAllByText('Paragraph 14 of the report, attributed to witnesses');
    expect(fromWitnesses).toHaveLength(2);
    for (const citation of fromWitnesses) expect(citation).toBeVisible();
    expect(within(entry).getByText('Paragraph 18 of the report, attributed to Gowher Rizvi')).toBeVisible();
    expect(within(entry).getByText(/burst into the Holey Artisan Bakery at 9\.20pm/)).toBeVisible();
    expect(within(entry).getByText('“BST” here is British Summer Time, UTC+1.')).toBeVisible();
  });
});

describe('printing', () => {
  test('opens every source list for printing and closes them again after', async () => {
    await renderApp();
    const sources = [...document.querySelectorAll('details.chronology-sources')];
    expect(sources.length).toBe(timeline.events.length);
    window.dispatchEvent(new Event('beforeprint'));
    expect(sources.every((d) => d.hasAttribute('open'))).toBe(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(sources.some((d) => d.hasAttribute('open'))).toBe(false);
  });
});

describe('a timeline with no events yet (a new one, as the studio previews it)', () => {
  test('says so, and offers no story to step through', async () => {
    const empty = indexTimeline({ ...timeline, events: [], figures: [], corrections: [], retired: [] });
    render(<App index={empty} initialWidth={800} readerZone={timeline.meta.zone} />);
    const chronology = await screen.findByRole('region', { name: /^Chronology/ });
    expect(within(chronology).getByText('No events yet.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(timeline.meta.title);
    expect(screen.queryByRole('link', { name: /Read the story step by step/ })).toBeNull();
  });
});
