import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { timeline } from '../../tests/support/realTimeline.ts';
import { openLink, renderApp } from '../../tests/support/renderApp.tsx';
import { getStoryOrder } from '../time/getStorySteps.ts';
import { placeEvents } from '../time/placeEvents.ts';

const ORDER = getStoryOrder(placeEvents(timeline.events)).map((p) => p.id);
/** Waits for the heading, then for focus to reach it. */
async function expectFocusOn(heading: Promise<HTMLElement>): Promise<void> {
  const found = await heading;
  await waitFor(() => expect(found).toHaveFocus());
}

const titleOf = (at: number) => timeline.events.find((e) => e.id === ORDER[at])?.title ?? '';

describe('the story mode', () => {
  test('the title card gives the key facts as the report gives them, each figure with who gave it, never summed', async () => {
    await renderApp();
    const card = await screen.findByRole('region', { name: 'The story in brief' });
    expect(within(card).getByText('Gunmen burst into the Holey Artisan Bakery')).toBeInTheDocument();
    expect(card).toHaveTextContent('9.20pm, Friday 1 July 2016, Dhaka (UTC+6) The only clock time the report gives.');
    expect(card).toHaveTextContent('Holey Artisan Bakery, Dhaka, Bangladesh');
    const figures = within(card)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(figures).toContain('At least 22 killed (people in the restaurant), by the report’s own count, paragraph 1');
    expect(figures.some((f) => f.startsWith('24 killed (victims), claimed by'))).toBe(true);
    expect(card).toHaveTextContent('they are not added up');
    // Rested beside the chart, it does not take focus from the page.
    expect(document.activeElement).toBe(document.body);
  });

  test('steps through the story by link and by ← / →, each step headed by where it is, focus on its heading', async () => {
    const { user } = await renderApp();
    await user.click(await screen.findByRole('link', { name: 'Read it step by step' }));
    const first = await screen.findByRole('heading', { level: 2, name: `Step 1 of ${ORDER.length}: ${titleOf(0)}` });
    // The step takes focus in an effect, which may run a moment after its heading is drawn.
    await waitFor(() => expect(first).toHaveFocus());
    expect(window.location.search).toBe('?read=story');
    expect(window.location.pathname).toBe(`/events/${ORDER[0]}/`);

    await user.click(screen.getByRole('link', { name: `Next event: ${titleOf(1)}` }));
    await expectFocusOn(screen.findByRole('heading', { name: `Step 2 of ${ORDER.length}: ${titleOf(1)}` }));

    await user.keyboard('{ArrowRight}');
    await expectFocusOn(screen.findByRole('heading', { name: `Step 3 of ${ORDER.length}: ${titleOf(2)}` }));
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    await expectFocusOn(screen.findByRole('heading', { name: `Step 1 of ${ORDER.length}: ${titleOf(0)}` }));

    // Before the first step is the title card; Close leaves the story for the timeline.
    await user.keyboard('{ArrowLeft}');
    await expectFocusOn(screen.findByRole('heading', { name: 'The story in brief' }));
    expect(window.location.pathname).toBe('/');
    await user.click(screen.getByRole('link', { name: 'Close the story' }));
    expect(window.location.search).toBe('');
    expect(screen.getByRole('region', { name: 'The story in brief' })).toBeInTheDocument();
  });

  test('a step’s own link opens on that step; Previous and Next link to the steps either side, in the mode', async () => {
    await openLink(`/events/${ORDER[4]}/?read=story`);
    const panel = await screen.findByRole('region', { name: `Step 5 of ${ORDER.length}: ${titleOf(4)}` });
    expect(within(panel).getByRole('link', { name: `Previous event: ${titleOf(3)}` })).toHaveAttribute(
      'href',
      `/events/${ORDER[3]}/?read=story`,
    );
    expect(within(panel).getByRole('link', { name: `Next event: ${titleOf(5)}` })).toHaveAttribute(
      'href',
      `/events/${ORDER[5]}/?read=story`,
    );
    expect(within(panel).getByRole('link', { name: 'Close the story' })).toHaveAttribute('href', '/');
  });

  test('the last step has no Next, and the arrow keys leave a text field alone', async () => {
    const { user } = await openLink(`/events/${ORDER.at(-1)}/?read=story`);
    await screen.findByRole('heading', {
      name: `Step ${ORDER.length} of ${ORDER.length}: ${titleOf(ORDER.length - 1)}`,
    });
    expect(screen.queryByRole('link', { name: /^Next event/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('searchbox'));
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('heading', { name: new RegExp(`^Step ${ORDER.length} of`) })).toBeInTheDocument();
  });
});
