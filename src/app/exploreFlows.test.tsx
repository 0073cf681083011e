import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { renderApp } from '../../tests/support/renderApp.tsx';

afterEach(() => {
  window.history.replaceState(null, '', '/');
  window.localStorage.clear();
});

describe('search', () => {
  test('"/" focuses the search; matches are highlighted in chart and list, counted and announced', async () => {
    const { user, chart, list } = await renderApp();
    await user.keyboard('/');
    const box = screen.getByRole('searchbox', { name: /Search events/ });
    expect(box).toHaveFocus();
    await user.type(box, 'rizvi');
    expect(screen.getByText('3 of 25 events match your search; they are highlighted.')).toBeInTheDocument();
    expect(within(chart).getAllByRole('option', { name: /, matches$/ })).toHaveLength(3);
    expect(within(list).getAllByText('Matches')).toHaveLength(3);
    expect(new URLSearchParams(window.location.search).get('q')).toBe('rizvi');
  });

  test('tolerates accents and case, and Escape clears it', async () => {
    const { user, chart } = await renderApp();
    const box = screen.getByRole('searchbox', { name: /Search events/ });
    await user.type(box, 'CAFÉ EMPLOYEE');
    expect(within(chart).getAllByRole('option', { name: /, matches$/ }).length).toBeGreaterThan(0);
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
    expect(within(chart).queryAllByRole('option', { name: /, matches$/ })).toHaveLength(0);
  });
});

describe('filters', () => {
  test('show only what the report states itself, with counts, a removable chip, and the link', async () => {
    const { user, chart, list } = await renderApp();
    await user.click(screen.getByText('Filters'));
    // The options' code loads as the panel opens.
    const stated = await screen.findByRole('checkbox', { name: /^Stated by the report \(\d+ events\)$/ });
    const count = Number(/\((\d+) events\)/.exec(stated.parentElement?.textContent ?? '')?.[1]);
    await user.click(stated);
    expect(within(chart).getAllByRole('option')).toHaveLength(count);
    expect(within(list).getAllByRole('article')).toHaveLength(count);
    expect(screen.getByText(`Showing ${count} of 25 events.`)).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('status')).toBe('stated');
    await user.click(screen.getByRole('button', { name: 'Remove filter: Stated by the report' }));
    expect(within(chart).getAllByRole('option')).toHaveLength(25);
  });

  test('“Not confirmed” keeps both the claim police would not confirm and the events the report hedges', async () => {
    const { user, list } = await renderApp();
    await user.click(screen.getByText('Filters'));
    await user.click(await screen.findByRole('checkbox', { name: 'Not confirmed (3 events)' }));
    expect(
      within(list)
        .getAllByRole('article')
        .map((a) => within(a).getByRole('heading', { level: 3 }).textContent),
    ).toEqual([
      'An ISIS-linked agency releases photos from inside',
      'Several Italians are believed to be among the dead',
      'A claim from the attackers’ side: 24 killed and 40 wounded',
    ]);
    expect(screen.getByRole('checkbox', { name: /^Disputed \(0 events\)$/ })).toBeInTheDocument();
  });

  test('a filter that leaves nothing says so and offers to clear', async () => {
    const { user, chart } = await renderApp();
    await user.click(screen.getByText('Filters'));
    await user.click(await screen.findByRole('checkbox', { name: /^The attack \(/ }));
    await user.click(screen.getByRole('checkbox', { name: /^Claimed by the attackers \(/ }));
    expect(screen.getByText('Nothing in the timeline matches all of these filters.')).toBeInTheDocument();
    expect(within(chart).queryAllByRole('option')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Clear the filters' }));
    expect(within(chart).getAllByRole('option')).toHaveLength(25);
  });
});

describe('people, organisations and places', () => {
  test('highlighting an entity picks out its events on the chart', async () => {
    const { user, chart } = await renderApp();
    const rizvi = screen.getByRole('article', { name: 'Gowher Rizvi' });
    await user.click(within(rizvi).getByRole('button', { name: /Highlight its events/ }));
    expect(
      within(chart)
        .getAllByRole('option', { name: /, matches$/ })
        .map((o) => o.id),
    ).toEqual([
      'timeline-event-guards-spot-gunmen',
      'timeline-event-gunmen-storm-cafe',
      'timeline-event-rizvi-account',
    ]);
    expect(new URLSearchParams(window.location.search).get('hl')).toBe('gowher-rizvi');
  });
});

describe('highlighting a place', () => {
  test('picks out on the chart the events its entry counts: its own and those at the places inside it', async () => {
    const { user, chart } = await renderApp();
    const titlesIn = (name: string) =>
      within(screen.getByRole('article', { name }))
        .getAllByRole('link')
        .map((link) => link.textContent);
    const dhaka = screen.getByRole('article', { name: 'Dhaka' });
    // Its entry counts every event in it: in its disclosure's summary, or, with none at Dhaka itself, in its note.
    const here = within(dhaka).queryByText(/^Events here/);
    const total = Number(
      here === null
        ? /^(\d+) events? in the places within it/.exec(
            within(dhaka).getByText(/in the places within it/).textContent,
          )?.[1]
        : /of (\d+)\)$/.exec(here.textContent)?.[1],
    );
    await user.click(within(dhaka).getByRole('button', { name: /Highlight its events/ }));
    const marked = within(chart)
      .getAllByRole('option', { name: /, matches$/ })
      .map((o) => o.getAttribute('aria-label') ?? '');
    expect(total).toBeGreaterThan(5);
    expect(marked).toHaveLength(total);
    // The café lies directly in Dhaka; the medical centre lies in Gulshan, which lies in Dhaka: their events are
    // listed under them, and counted and highlighted with Dhaka's.
    const cafe = titlesIn('Holey Artisan Bakery');
    expect(cafe).toContain('Gunmen burst into the Holey Artisan Bakery');
    const centre = titlesIn('A medical centre in Gulshan');
    expect(centre).toContain('Guards notice gunmen near a medical centre, an adviser says');
    for (const title of [...cafe, ...centre]) expect(marked.some((name) => name.startsWith(`${title}, `))).toBe(true);
  });

  test('highlighting Gulshan picks out only the guards’ sighting, not the café the report places only in Dhaka', async () => {
    const { user, chart } = await renderApp();
    const gulshan = screen.getByRole('article', { name: 'Gulshan' });
    await user.click(within(gulshan).getByRole('button', { name: /Highlight its events/ }));
    const marked = within(chart)
      .getAllByRole('option', { name: /, matches$/ })
      .map((o) => o.getAttribute('aria-label') ?? '');
    expect(marked).toHaveLength(1);
    expect(marked[0]).toMatch(/^Guards notice gunmen near a medical centre, an adviser says, /);
  });
});

describe('the content note', () => {
  test('reads inline before the chart, and no dialog stands between a first visit and the story', async () => {
    window.localStorage.clear();
    await renderApp();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const note = within(screen.getByRole('banner')).getByRole('note');
    expect(note).toHaveTextContent(/people were killed/i);
    expect(note.compareDocumentPosition(screen.getByRole('heading', { level: 2, name: 'Timeline' }))).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });
});

describe('the chart under filters', () => {
  test('stays one tab stop when a filter hides the event that had it', async () => {
    const { user, chart } = await renderApp();
    await user.click(screen.getByText('Filters'));
    await user.click(screen.getByRole('checkbox', { name: /^Governments respond \(/ }));
    const tabbable = within(chart)
      .getAllByRole('option')
      .filter((o) => o.getAttribute('tabindex') === '0');
    expect(tabbable).toHaveLength(1);
  });
});

describe('focus with filters', () => {
  test('closing the details of an event a filter has hidden puts focus back on the chart', async () => {
    const { user, chart } = await renderApp();
    await user.click(within(chart).getByRole('option', { name: /^Gunmen burst into the Holey Artisan Bakery/ }));
    await user.click(screen.getByText('Filters'));
    await user.click(screen.getByRole('checkbox', { name: /^Stated by the report \(/ }));
    await user.click(screen.getByRole('link', { name: 'Close details' }));
    expect(document.activeElement?.getAttribute('role')).toBe('option');
    expect(chart).toContainElement(document.activeElement as HTMLElement);
  });

  test('"/" reaches the search from a checkbox', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByText('Filters'));
    screen.getByRole('checkbox', { name: /^The attack \(/ }).focus();
    await user.keyboard('/');
    expect(screen.getByRole('searchbox', { name: /Search events/ })).toHaveFocus();
  });
});
