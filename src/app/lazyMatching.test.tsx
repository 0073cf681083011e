import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

// The matching's code (matchView.ts) arrives when the test says: the network is as slow as the test needs it to be.
const arrival = await vi.hoisted(async () => (await import('../../tests/support/arrivalGate.ts')).createArrivalGate());

beforeEach(() => {
  // A fresh copy of the page's modules each test, so the matching has not arrived yet: the page loads it once.
  vi.resetModules();
  arrival.close();
  vi.doMock('./matchView.ts', async (importOriginal) => {
    await arrival.wait();
    return importOriginal<typeof import('./matchView.ts')>();
  });
});

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('search and filters load their matching when asked, and what a reader asked for meanwhile is not lost', () => {
  test('a search typed before the matching has arrived highlights its matches once it arrives', async () => {
    const { renderApp } = await import('../../tests/support/renderApp.tsx');
    const { user, chart } = await renderApp();
    const box = screen.getByRole('searchbox', { name: /Search events/ });
    await user.type(box, 'rizvi');
    // The query is the view's (and the link's) at once; the matches wait for their code.
    expect(box).toHaveValue('rizvi');
    expect(new URLSearchParams(window.location.search).get('q')).toBe('rizvi');
    expect(within(chart).queryAllByRole('option', { name: /, matches$/ })).toHaveLength(0);

    arrival.open();
    expect(await screen.findByText('3 of 25 events match your search; they are highlighted.')).toBeInTheDocument();
    expect(within(chart).getAllByRole('option', { name: /, matches$/ })).toHaveLength(3);
  });

  test('a link’s filters show every event until the matching arrives, then only what they keep', async () => {
    const { openLink } = await import('../../tests/support/renderApp.tsx');
    const { chart, list } = await openLink('/?status=unconfirmed');
    expect(within(chart).getAllByRole('option')).toHaveLength(25);

    arrival.open();
    expect(await screen.findByText('Showing 3 of 25 events.')).toBeInTheDocument();
    expect(within(chart).getAllByRole('option')).toHaveLength(3);
    expect(within(list).getAllByRole('article')).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'Remove filter: Not confirmed' })).toBeInTheDocument();
  });
});
