import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ShareLink } from './ShareLink.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('ShareLink', () => {
  test('copies the current link and says so to screen readers', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/events/gunmen-killed/?zone=UTC');
    render(<ShareLink title="Timeline" />);
    await user.click(screen.getByRole('button', { name: 'Copy link to this view' }));
    await expect(navigator.clipboard.readText()).resolves.toBe('http://localhost:3000/events/gunmen-killed/?zone=UTC');
    expect(screen.getByRole('status')).toHaveTextContent('Link copied');
  });

  test('falls back to a selected field when the clipboard refuses', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    render(<ShareLink title="Timeline" />);
    await user.click(screen.getByRole('button', { name: 'Copy link to this view' }));
    const field = screen.getByRole('textbox', { name: 'Copy this link:' });
    expect(field).toHaveValue(window.location.href);
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  test('offers the system share sheet only where the browser has one', async () => {
    const user = userEvent.setup();
    const share = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator) as Navigator, { share }));
    render(<ShareLink title="The timeline" />);
    await user.click(screen.getByRole('button', { name: 'Share…' }));
    expect(share).toHaveBeenCalledWith({ title: 'The timeline', url: window.location.href });
  });

  test('has no share button without a share sheet', () => {
    render(<ShareLink title="Timeline" />);
    expect(screen.queryByRole('button', { name: 'Share…' })).not.toBeInTheDocument();
  });
});
