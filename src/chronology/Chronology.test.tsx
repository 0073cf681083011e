import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { generateTimeline } from '../../tests/support/generateTimeline.ts';
import { deepFreeze } from '../data/deepFreeze.ts';
import { indexTimeline } from '../data/indexTimeline.ts';
import type { ZoneName } from '../data/schema.ts';
import { Chronology, CHRONOLOGY_PAGE_SIZE } from './Chronology.tsx';
import { placeEvents } from '../time/placeEvents.ts';

// A timeline longer than two pages, so the list must page and still reach every event.
const EVENTS = 2 * CHRONOLOGY_PAGE_SIZE + 17;
const index = indexTimeline(deepFreeze(generateTimeline({ events: EVENTS })));
const placements = placeEvents(index.events);
const ZONE = 'Asia/Dhaka' as ZoneName;

/** The events the list shows: one article each (the passages inside them are list items too). */
function getItems() {
  return within(screen.getByRole('list', { name: 'Chronology of events' })).getAllByRole('article');
}

describe('a chronology longer than a page', () => {
  test('shows a page at a time, says how many are shown, and moves focus to the first event each page adds', async () => {
    const user = userEvent.setup();
    render(
      <Chronology
        index={index}
        zone={ZONE}
        placements={placements}
        onSelect={() => undefined}
        hrefOf={(id) => `/events/${id}/`}
      />,
    );
    expect(getItems()).toHaveLength(CHRONOLOGY_PAGE_SIZE);
    expect(screen.getByText(`${CHRONOLOGY_PAGE_SIZE} of ${EVENTS} shown.`)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: `Show the next ${CHRONOLOGY_PAGE_SIZE} events` }));
    expect(getItems()).toHaveLength(2 * CHRONOLOGY_PAGE_SIZE);
    const firstAdded = index.events[CHRONOLOGY_PAGE_SIZE];
    expect(document.activeElement).toBe(screen.getByRole('link', { name: firstAdded?.title }));
    expect(document.activeElement).toHaveAttribute('href', `/events/${firstAdded?.id ?? ''}/`);

    await user.click(screen.getByRole('button', { name: 'Show the next 17 events' }));
    expect(getItems()).toHaveLength(EVENTS);
    expect(screen.queryByRole('button', { name: /^Show the next/ })).toBeNull();
  });

  test('always includes the chosen event, however far down it is', () => {
    const last = index.events.at(-1);
    render(
      <Chronology index={index} zone={ZONE} placements={placements} selectedId={last?.id} onSelect={() => undefined} />,
    );
    expect(getItems()).toHaveLength(EVENTS);
    const current = getItems().filter((item) => item.closest('li')?.getAttribute('aria-current') === 'true');
    expect(current).toHaveLength(1);
    expect(current[0]).toHaveAccessibleName(last?.title ?? '');
  });

  test('pages what the filters keep', () => {
    const kept = new Set(index.events.filter((_, i) => i % 2 === 0).map((event) => event.id));
    render(<Chronology index={index} zone={ZONE} placements={placements} shownIds={kept} onSelect={() => undefined} />);
    expect(kept.size).toBeGreaterThan(CHRONOLOGY_PAGE_SIZE);
    expect(getItems()).toHaveLength(CHRONOLOGY_PAGE_SIZE);
    expect(screen.getByText(`${CHRONOLOGY_PAGE_SIZE} of ${kept.size} shown.`)).toBeInTheDocument();
  });
});
