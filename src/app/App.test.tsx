import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { indexTimeline } from '../data/indexTimeline.ts';
import { timeline } from '../data/loadTimeline.ts';
import { App } from './App.tsx';
import { waitForDeferredSections } from './waitForDeferredSections.ts';

async function renderApp() {
  const rendered = render(<App index={indexTimeline(timeline)} />);
  await waitForDeferredSections();
  return rendered;
}

describe('the first page', () => {
  test('has a banner, a main region and a footer, with the report’s title as the only h1', async () => {
    await renderApp();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/Holey Artisan Bakery/);
  });

  test('shows the content note before the chronology', async () => {
    await renderApp();
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent(/people were killed/);
    expect(note).toHaveTextContent(/no images of victims/);
  });

  test('lists every event, in the data’s time order, as an item headed by its title', async () => {
    await renderApp();
    const list = screen.getByRole('list', { name: 'Chronology of events' });
    const titles = within(list)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(titles).toEqual(timeline.events.map((e) => e.title));
  });

  test('gives the entry its clock time in Dhaka time, with the zone and offset named', async () => {
    await renderApp();
    const item = screen.getByRole('article', { name: 'Gunmen burst into the Holey Artisan Bakery' });
    const time = within(item).getByText('9.20pm, Friday 1 July 2016, Dhaka (UTC+6)');
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('datetime', '2016-07-01T21:20:00+06:00');
    expect(item).toHaveTextContent('exact time');
  });

  test('words a vague time as a window and an unknown one by its neighbours, never as a clock time', async () => {
    await renderApp();
    const raid = screen.getByRole('article', { name: 'Troops raid the building' });
    expect(raid).toHaveTextContent(
      'some time between 11.20pm, Friday 1 July and noon, Saturday 2 July 2016, Dhaka (UTC+6)',
    );
    expect(raid).toHaveTextContent(/“several hours”/);
    const killed = screen.getByRole('article', { name: 'Six gunmen are killed' });
    expect(killed).toHaveTextContent('Time not given: some time after “Troops raid the building”');
  });

  test('says who stands behind each event, in words', async () => {
    await renderApp();
    const claim = screen.getByRole('article', { name: 'The attackers claim 24 killed and 40 wounded' });
    expect(within(claim).getByText('Disputed')).toBeInTheDocument();
    expect(claim).toHaveTextContent('Disputed: Bangladeshi police would not confirm it.');
    const entry = screen.getByRole('article', { name: 'Gunmen burst into the Holey Artisan Bakery' });
    expect(entry).toHaveTextContent('Attributed to witnesses and Gowher Rizvi.');
    expect(entry).toHaveTextContent('The attack');
  });

  test('opens what the report says, with each excerpt’s paragraph and speaker', async () => {
    const user = userEvent.setup();
    await renderApp();
    const entry = screen.getByRole('article', { name: 'Gunmen burst into the Holey Artisan Bakery' });
    await user.click(within(entry).getByText('What the report says (2 passages)'));
    expect(within(entry).getByText('Paragraph 14, attributed to witnesses')).toBeVisible();
    expect(within(entry).getByText(/burst into the Holey Artisan Bakery at 9\.20pm/)).toBeVisible();
  });

  test('marks what the data adds from outside the report', async () => {
    await renderApp();
    const about = screen.getByRole('region', { name: 'About this timeline' });
    expect(within(about).getByRole('heading', { name: 'Added from outside the report' })).toBeInTheDocument();
    expect(about).toHaveTextContent('The report’s “Friday” is 1 July 2016.');
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
