import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { timeline } from '../../tests/support/realTimeline.ts';
import { getListButton, renderApp } from '../../tests/support/renderApp.tsx';
import { placeEvents } from '../time/placeEvents.ts';
import { getStoryOrder } from '../time/getStorySteps.ts';
import { KEY_BINDINGS } from '../shared/keyBindings.ts';

const ENTRY = 'Gunmen burst into the Holey Artisan Bakery';

describe('the chart and the list together', () => {
  test('the tab’s title follows the chosen event, and returns to the timeline’s when it closes', async () => {
    const { user, chart } = await renderApp();
    expect(document.title).toBe('The Holey Artisan Bakery attack, Dhaka, July 2016: a sourced timeline');
    await user.click(within(chart).getByRole('option', { name: new RegExp(`^${ENTRY}`) }));
    expect(document.title).toBe(`${ENTRY} · The Holey Artisan Bakery attack, Dhaka, July 2016`);
    await user.click(await screen.findByRole('link', { name: 'Close details' }));
    expect(document.title).toBe('The Holey Artisan Bakery attack, Dhaka, July 2016: a sourced timeline');
  });

  test('each mark’s accessible name says on whose word it rests, as its outline shows', async () => {
    const { chart } = await renderApp();
    expect(
      within(chart).getByRole('option', {
        name: /^A claim from the attackers’ side: 24 killed and 40 wounded, .*, not confirmed by Bangladeshi police$/,
      }),
    ).toBeInTheDocument();
    expect(
      within(chart).getByRole('option', {
        name: /^Several Italians are believed to be among the dead, .*, not confirmed: hedged by the report$/,
      }),
    ).toBeInTheDocument();
    expect(
      within(chart).getByRole('option', { name: /^The group claims the attack, .*, claimed by the group$/ }),
    ).toBeInTheDocument();
  });

  test('draws every event as an option named by its title and time, in one lane per category', async () => {
    const { chart } = await renderApp();
    const options = within(chart).getAllByRole('option');
    expect(options).toHaveLength(timeline.events.length);
    expect(
      within(chart).getByRole('option', {
        name: `${ENTRY}, 9.20pm, Friday 1 July 2016, Dhaka (UTC+6), attributed to witnesses and Gowher Rizvi`,
      }),
    ).toBeInTheDocument();
    const lanes = within(chart)
      .getAllByRole('group')
      .map((g) => g.getAttribute('aria-label'));
    expect(lanes).toEqual(timeline.categories.map((c) => c.label));
  });

  test('is a single tab stop', async () => {
    const { chart } = await renderApp();
    const tabbable = within(chart)
      .getAllByRole('option')
      .filter((o) => o.getAttribute('tabindex') === '0');
    expect(tabbable).toHaveLength(1);
  });

  test('clicking a mark opens its details with focus on the heading, and marks it in the list', async () => {
    const { user, chart } = await renderApp();
    await user.click(within(chart).getByRole('option', { name: new RegExp(`^${ENTRY}`) }));
    // The panel's code loads when it is first wanted.
    const heading = await screen.findByRole('heading', { level: 2, name: ENTRY });
    expect(heading).toHaveFocus();
    expect(within(chart).getByRole('option', { selected: true })).toHaveAccessibleName(new RegExp(`^${ENTRY}`));
    const listItem = screen.getByRole('article', { name: ENTRY }).closest('li');
    expect(listItem).toHaveAttribute('aria-current', 'true');
  });

  test('choosing in the list selects the same event on the chart', async () => {
    const { user, chart } = await renderApp();
    await user.click(getListButton('Troops raid the building'));
    expect(within(chart).getByRole('option', { selected: true })).toHaveAccessibleName(/^Troops raid the building, /);
    expect(screen.getByRole('heading', { level: 2, name: 'Troops raid the building' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('heading', { level: 2, name: 'Troops raid the building' })).not.toBeInTheDocument();
    expect(getListButton('Troops raid the building')).toHaveFocus();
  });

  test('arrow keys walk every event in story order, step by step; Enter opens; Escape returns to the same mark', async () => {
    const { user, chart } = await renderApp();
    await user.tab();
    await user.tab();
    const first = within(chart)
      .getAllByRole('option')
      .find((o) => o.getAttribute('tabindex') === '0');
    first?.focus();
    const visited: string[] = [document.activeElement?.id ?? ''];
    for (let i = 1; i < timeline.events.length; i += 1) {
      await user.keyboard('{ArrowRight}');
      visited.push(document.activeElement?.id ?? '');
    }
    // Step by step, and within a step in reading order.
    const storyOrder = getStoryOrder(placeEvents(timeline.events));
    expect(visited).toEqual(storyOrder.map((p) => `timeline-event-${p.id}`));
    expect(visited.slice(0, 3)).toEqual([
      'timeline-event-guards-spot-gunmen',
      'timeline-event-gunmen-storm-cafe',
      'timeline-event-security-forces-repelled',
    ]);
    await user.keyboard('{Home}');
    expect(document.activeElement?.id).toBe(`timeline-event-${storyOrder[0]?.id ?? ''}`);
    await user.keyboard('{End}{ArrowLeft}');
    const secondLast = timeline.events.find((e) => e.id === storyOrder.at(-2)?.id);
    expect(document.activeElement?.id).toBe(`timeline-event-${secondLast?.id ?? ''}`);
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 2, name: secondLast?.title })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(document.activeElement?.id).toBe(`timeline-event-${secondLast?.id ?? ''}`);
  });

  test('+, − and 0 zoom in, out and back to the whole story, and the change is announced', async () => {
    const { user, chart } = await renderApp();
    const status = within(screen.getByRole('region', { name: 'Timeline' })).getByRole('status');
    within(chart).getAllByRole('option')[1]?.focus();
    await user.keyboard('+');
    expect(status).toHaveTextContent(/^Showing steps \d to \d of 6 in the story: \d+ of 25 events shown\.$/);
    expect(screen.getByRole('button', { name: 'Zoom out' })).toBeEnabled();
    const zoomedIn = status.textContent;
    await user.keyboard('+');
    expect(status.textContent).not.toBe(zoomedIn);
    await user.keyboard('0');
    expect(status).toHaveTextContent(/: 25 of 25 events shown\.$/);
    expect(screen.getByRole('button', { name: 'Zoom out' })).toBeDisabled();
  });

  test('the buttons zoom and pan, and say when they can go no further', async () => {
    const { user } = await renderApp();
    const earlier = screen.getByRole('button', { name: '← Earlier' });
    const later = screen.getByRole('button', { name: 'Later →' });
    expect(earlier).toBeDisabled();
    expect(later).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(earlier).toBeEnabled();
    expect(later).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Fit all' }));
    expect(earlier).toBeDisabled();
  });

  test('the zone switch moves every time to the chosen zone, naming it', async () => {
    const { user, chart } = await renderApp();
    const zone = screen.getByRole('combobox', { name: 'Show times in' });
    await user.selectOptions(zone, 'Europe/London');
    expect(
      within(chart).getByRole('option', {
        name: `${ENTRY}, 4.20pm, Friday 1 July 2016, London (UTC+1), attributed to witnesses and Gowher Rizvi`,
      }),
    ).toBeInTheDocument();
    const entry = screen.getByRole('article', { name: ENTRY });
    expect(entry).toHaveTextContent('4.20pm, Friday 1 July 2016, London (UTC+1)');
    await user.selectOptions(zone, 'UTC');
    expect(entry).toHaveTextContent('3.20pm, Friday 1 July 2016, UTC');
    expect(within(zone).getByRole('option', { name: /^Your zone: Los Angeles \(UTC−7\)/ })).toBeInTheDocument();
    // What each zone is to the story is its group's name; the closed menu shows the short name.
    const home = within(zone).getByRole('group', { name: 'Where it happened' });
    expect(
      within(home)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Dhaka (UTC+6)']);
  });

  test('the chart opens in story steps; the switch spaces events by the clock, and back', async () => {
    const { user } = await renderApp();
    expect(screen.getByRole('radio', { name: /Story steps/ })).toBeChecked();
    expect(screen.getByText(/^Columns are steps, not times/)).toHaveTextContent(
      'Columns are steps, not times, in an order the report allows. Dhaka (UTC+6).',
    );
    await user.click(screen.getByRole('radio', { name: /Clock time/ }));
    expect(screen.getByText(/^Spaced by the clock, in Dhaka \(UTC\+6\)\./)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /Story steps/ }));
    expect(screen.getByText(/^Columns are steps, not times/)).toBeInTheDocument();
  });

  test('lists every key binding in a visible help', async () => {
    const { user } = await renderApp();
    const summary = screen.getByText('Keyboard shortcuts');
    await user.click(summary);
    const help = summary.closest('details');
    if (help === null) throw new Error('the keyboard help is not a <details>');
    for (const { keys, action } of KEY_BINDINGS) {
      expect(within(help).getByText(keys)).toBeVisible();
      expect(within(help).getByText(action)).toBeVisible();
    }
  });
});

describe('announcements', () => {
  test('a selection from the list is announced on the chart with the window it shows', async () => {
    const { user } = await renderApp();
    const status = within(screen.getByRole('region', { name: 'Timeline' })).getByRole('status');
    await user.click(getListButton('Six gunmen are killed'));
    expect(status).toHaveTextContent(/^Selected: Six gunmen are killed\. Showing .+: \d+ of 25 events shown\.$/);
  });
});

describe('the story stays in view', () => {
  test('choosing an event at the whole-story zoom does not pan the story off the chart', async () => {
    const { user } = await renderApp();
    await user.click(getListButton('Britain checks whether any of its citizens were caught up'));
    expect(screen.getByRole('button', { name: '← Earlier' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Later →' })).toBeDisabled();
  });

  test('panning later stops at the end of the story, just past midnight, since no event is bounded at noon', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('radio', { name: /Clock time/ }));
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    const later = screen.getByRole('button', { name: 'Later →' });
    for (let i = 0; i < 6 && !later.hasAttribute('disabled'); i += 1) await user.click(later);
    expect(later).toBeDisabled();
    expect(screen.getByRole('button', { name: '← Earlier' })).toBeEnabled();
    const status = within(screen.getByRole('region', { name: 'Timeline' })).getByRole('status');
    expect(status).toHaveTextContent(/to 12\.\d\dam, Saturday 2 July/);
  });
});
