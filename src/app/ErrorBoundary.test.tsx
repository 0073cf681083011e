import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { indexTimeline } from '../data/indexTimeline.ts';
import { timeline } from '../data/loadTimeline.ts';
import { getStoryExtent, placeEvents } from '../time/placeEvents.ts';
import { DHAKA } from '../time/zones.ts';
import { Timeline } from '../timeline/Timeline.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';

afterEach(() => {
  vi.restoreAllMocks();
});

let shouldThrow = true;
function Fragile() {
  if (shouldThrow) throw new Error('the layout broke');
  return <p>Drawn again</p>;
}

describe('ErrorBoundary', () => {
  test('shows what failed instead of a blank page, and Reset view tries again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    const onReset = vi.fn(() => {
      shouldThrow = false;
    });
    render(
      <ErrorBoundary what="The timeline chart" onReset={onReset}>
        <Fragile />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The timeline chart could not be shown.');
    expect(alert).toHaveTextContent('What went wrong: the layout broke');
    await user.click(screen.getByRole('button', { name: 'Reset view' }));
    expect(onReset).toHaveBeenCalledOnce();
    expect(screen.getByText('Drawn again')).toBeInTheDocument();
  });

  test('catches an error thrown in a zoom handler, outside React’s render', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    const index = indexTimeline(timeline);
    const placements = placeEvents(index.events);
    render(
      <ErrorBoundary what="The timeline chart" onReset={() => undefined}>
        <Timeline
          index={index}
          placements={placements}
          extent={getStoryExtent(placements)}
          zone={DHAKA}
          scaleMode="chronological"
          selectedId={undefined}
          onSelect={() => undefined}
          width={900}
          reducedMotion
          window={undefined}
          onWindowChange={() => {
            throw new Error('zoom handler failed');
          }}
        />
      </ErrorBoundary>,
    );
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(screen.getByRole('alert')).toHaveTextContent('What went wrong: zoom handler failed');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });
});
