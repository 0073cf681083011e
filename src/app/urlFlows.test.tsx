import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { getListButton, openLink } from '../../tests/support/renderApp.tsx';

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('the view in the link', () => {
  test('a link to an event opens it, in the linked zone and window', async () => {
    // 9.15pm to 10.45pm in Dhaka: the entry at 9.20pm, inside the story, which runs from 9.20pm to past midnight.
    await openLink('/events/gunmen-storm-cafe/?zone=Europe%2FLondon&from=2016-07-01T15:15:00Z&to=2016-07-01T16:45:00Z');
    expect(screen.getByRole('heading', { level: 2, name: 'Gunmen burst into the Holey Artisan Bakery' })).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Show times in' })).toHaveValue('Europe/London');
    // Zoomed in to the linked hour and a half: there is room to zoom out and to pan either way.
    expect(screen.getByRole('button', { name: 'Zoom out' })).toBeEnabled();
    expect(screen.getByRole('button', { name: '← Earlier' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Later →' })).toBeEnabled();
  });

  test('choosing events pushes history entries, and Back steps back through them', async () => {
    const { user } = await openLink('/');
    await user.click(getListButton('Troops raid the building'));
    expect(window.location.pathname).toBe('/events/troops-raid-cafe/');
    await user.click(getListButton('Six gunmen are killed'));
    expect(window.location.pathname).toBe('/events/gunmen-killed/');
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => {
        window.addEventListener('popstate', resolve, { once: true });
      });
    });
    expect(screen.getByRole('heading', { level: 2, name: 'Troops raid the building' })).toBeVisible();
  });

  test('the zone and the scale are written to the link without a new history entry', async () => {
    const { user } = await openLink('/');
    const before = window.history.length;
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show times in' }), 'UTC');
    await user.click(screen.getByRole('radio', { name: /Clock time/ }));
    expect(window.location.search).toBe('?zone=UTC&scale=chronological');
    expect(window.history.length).toBe(before);
  });

  test('a zoom on the clock scale is written to the link as a window of instants', async () => {
    const { user } = await openLink('/?scale=chronological');
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    const params = new URLSearchParams(window.location.search);
    expect(params.get('from')).toMatch(/^2016-07-0[12]T\d{2}:\d{2}:\d{2}Z$/);
    expect(params.get('to')).toMatch(/^2016-07-0[12]T\d{2}:\d{2}:\d{2}Z$/);
  });

  test('a zoom in story steps is written as the events that open and close the window, and reopens it', async () => {
    const { user } = await openLink('/');
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    const params = new URLSearchParams(window.location.search);
    expect(params.get('scale')).toBeNull();
    // Zoomed twofold about the middle of six steps: the window opens at the third step and closes at the fifth.
    expect(params.get('from')).toBe('security-forces-repelled');
    expect(params.get('to')).toBe('renzi-statement');
    const link = `${window.location.pathname}${window.location.search}`;
    cleanup();
    await openLink(link);
    const status = within(screen.getByRole('region', { name: 'Timeline' })).getByRole('status');
    expect(status).toHaveTextContent(/^Showing steps 3 to 5 of 6 in the story: \d+ of 25 events shown\.$/);
  });

  test('a stale link opens the whole timeline with a short notice that never repeats the link’s text', async () => {
    const { user } = await openLink('/events/%3Cscript%3Ealert(1)%3C%2Fscript%3E/?zone=%3Cb%3E');
    const notice = screen.getByText(
      'This event is not in the timeline (it may have been corrected), so the whole story is shown.',
    );
    expect(notice).toBeVisible();
    expect(notice).not.toHaveTextContent('alert(1)');
    expect(document.querySelectorAll('body script, body b')).toHaveLength(0);
    expect(screen.getByRole('main')).not.toHaveTextContent('alert(1)');
    expect(screen.getByRole('banner')).not.toHaveTextContent('alert(1)');
    expect(screen.queryByRole('region', { name: /Gunmen burst/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/This event is not in the timeline/)).not.toBeInTheDocument();
  });

  test('a stale link’s own text appears nowhere on the page, not even in the print footer', async () => {
    await openLink('/events/%3Cscript%3Ealert(1)%3C%2Fscript%3E/?zone=%3Cb%3E');
    expect(document.body).not.toHaveTextContent('alert(1)');
  });

  test('a link to an event’s old id opens the event that took it over, with a notice linking to the correction', async () => {
    await openLink('/events/police-officers-killed/');
    expect(screen.getByRole('heading', { level: 2, name: 'Two police officers die, police say' })).toBeVisible();
    const notice = screen.getByText(
      /^The event in this link was corrected on 3 December 2026; it is shown as it now stands\./,
    );
    expect(notice).toBeVisible();
    expect(within(notice).getByRole('link', { name: 'Read the correction' })).toHaveAttribute(
      'href',
      '/#correction-died-not-killed',
    );
  });
});
