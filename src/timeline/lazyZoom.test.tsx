import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { realIndex } from '../../tests/support/realTimeline.ts';
import { getStoryExtent, placeEvents } from '../time/placeEvents.ts';
import type { ViewWindow } from '../time/viewWindow.ts';
import { DHAKA } from '../time/zones.ts';

// d3-zoom's part of the chart arrives when the test says: the network is as slow as the test needs it to be.
const arrival = await vi.hoisted(async () => ({
  ...(await import('../../tests/support/arrivalGate.ts')).createArrivalGate(),
  /** True once the chart has made its d3-zoom behaviour. */
  isMade: false,
}));

const placements = placeEvents(realIndex.events);
const extent = getStoryExtent(placements);

/** The chart on the clock scale, 900 px wide, with d3-zoom's code not yet arrived. */
async function renderChart() {
  const { Timeline } = await import('./Timeline.tsx');
  const onWindowChange = vi.fn<(window: ViewWindow | undefined) => void>();
  render(
    <Timeline
      index={realIndex}
      placements={placements}
      extent={extent}
      zone={DHAKA}
      scaleMode="chronological"
      selectedId={undefined}
      onSelect={() => undefined}
      width={900}
      reducedMotion
      window={undefined}
      onWindowChange={onWindowChange}
    />,
  );
  const svg = screen.getByRole('listbox') as unknown as SVGSVGElement;
  /** The span of the window last written to the link, ms. */
  const getWrittenSpan = () => {
    const written = onWindowChange.mock.lastCall?.[0];
    if (written?.kind !== 'time') throw new Error(`no window of instants was written: ${JSON.stringify(written)}`);
    return written.to - written.from;
  };
  return { svg, onWindowChange, getWrittenSpan, zoomOut: screen.getByRole('button', { name: 'Zoom out' }) };
}

/** A Ctrl + wheel over the middle of the chart: a zoom, in for a negative `deltaY`. */
function ctrlWheel(deltaY: number): WheelEvent {
  return new WheelEvent('wheel', {
    deltaY,
    ctrlKey: true,
    clientX: 450,
    clientY: 100,
    bubbles: true,
    cancelable: true,
  });
}

/** Lets d3-zoom's code arrive, and waits until the chart has made its behaviour with it. */
async function letZoomArrive(): Promise<void> {
  arrival.open();
  await waitFor(() => {
    expect(arrival.isMade).toBe(true);
  });
}

beforeEach(() => {
  // A fresh copy of the chart's modules and of this mock each test (a hoisted vi.mock's factory runs once per
  // file), so d3-zoom's code is not there yet: useZoom loads it once.
  vi.resetModules();
  arrival.close();
  arrival.isMade = false;
  vi.doMock('./createChartZoom.ts', async (importOriginal) => {
    await arrival.wait();
    const original = await importOriginal<typeof import('./createChartZoom.ts')>();
    return {
      ...original,
      createChartZoom: (...args: Parameters<typeof original.createChartZoom>) => {
        arrival.isMade = true;
        return original.createChartZoom(...args);
      },
    };
  });
});

describe('d3-zoom loads on the first sign of intent, and the first gesture is not lost', () => {
  test('a Ctrl + wheel over the chart before d3-zoom has arrived is kept from the page, and zooms once it arrives', async () => {
    const { svg, onWindowChange, getWrittenSpan, zoomOut } = await renderChart();
    const wheel = ctrlWheel(-100);
    fireEvent(svg, wheel);
    // The page does not zoom (Ctrl + wheel is the browser's page zoom); the chart has not moved yet either.
    expect(wheel.defaultPrevented).toBe(true);
    expect(zoomOut).toBeDisabled();

    await letZoomArrive();
    await waitFor(() => {
      expect(onWindowChange).toHaveBeenCalledOnce();
    });
    expect(zoomOut).toBeEnabled();
    // One notch of Ctrl + wheel zooms in by 2^0.2, about the pointer.
    const whole = extent.end - extent.start;
    expect(getWrittenSpan()).toBeLessThan(whole);
  });

  test('a key pressed before d3-zoom has arrived zooms at once, and d3-zoom carries on from there', async () => {
    const user = userEvent.setup();
    const { svg, onWindowChange, getWrittenSpan, zoomOut } = await renderChart();
    screen.getAllByRole('option')[0]?.focus();
    await user.keyboard('+');
    expect(zoomOut).toBeEnabled();
    expect(onWindowChange).toHaveBeenCalledOnce();
    const zoomedSpan = getWrittenSpan();

    await letZoomArrive();
    // d3-zoom takes over the zoom the chart shows: it is neither undone nor written again.
    expect(zoomOut).toBeEnabled();
    expect(onWindowChange).toHaveBeenCalledOnce();
    // A wheel now zooms on from there: narrower than the key's window, not a notch in from the whole story.
    fireEvent(svg, ctrlWheel(-100));
    await waitFor(() => {
      expect(onWindowChange).toHaveBeenCalledTimes(2);
    });
    expect(getWrittenSpan()).toBeLessThan(zoomedSpan);
  });

  test('a button pressed before d3-zoom has arrived zooms at once, without waiting for it', async () => {
    const user = userEvent.setup();
    const { onWindowChange, zoomOut } = await renderChart();
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(zoomOut).toBeEnabled();
    expect(onWindowChange).toHaveBeenCalledOnce();
    expect(arrival.isMade).toBe(false);
  });
});
