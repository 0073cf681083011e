import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { select } from 'd3-selection';
import type { ZoomBehavior, ZoomTransform } from 'd3-zoom';
import { zoomIdentity } from 'd3-zoom';
import { describe, expect, test, vi } from 'vitest';
import { realIndex } from '../../tests/support/realTimeline.ts';
import type { EventId } from '../data/schema.ts';
import { getStoryExtent, placeEvents } from '../time/placeEvents.ts';
import { DHAKA } from '../time/zones.ts';
import type { ViewWindow } from '../time/viewWindow.ts';
import { Timeline } from './Timeline.tsx';
import { tagMove } from './zoomSource.ts';
import type { ZoomSource } from './zoomSource.ts';

// The chart's own d3-zoom behaviour, caught as it is made, so the test can move it as our code does.
const made = vi.hoisted(() => ({ behaviours: [] as ZoomBehavior<SVGSVGElement, unknown>[] }));
vi.mock('d3-zoom', async (importOriginal) => {
  const d3Zoom = await importOriginal<typeof import('d3-zoom')>();
  return {
    ...d3Zoom,
    zoom: () => {
      const behaviour = d3Zoom.zoom<SVGSVGElement, unknown>();
      made.behaviours.push(behaviour);
      return behaviour;
    },
  };
});

const placements = placeEvents(realIndex.events);
const extent = getStoryExtent(placements);
const ENTRY = 'gunmen-storm-cafe' as EventId;

async function renderChart(selectedId?: EventId) {
  const onWindowChange = vi.fn<(window: ViewWindow | undefined) => void>();
  const props = {
    index: realIndex,
    placements,
    extent,
    zone: DHAKA,
    scaleMode: 'chronological' as const,
    onSelect: () => undefined,
    width: 900,
    reducedMotion: true,
    window: undefined,
    onWindowChange,
  };
  const { rerender } = render(<Timeline {...props} selectedId={selectedId} />);
  const svg = screen.getByRole('listbox') as unknown as SVGSVGElement;
  // d3-zoom loads at the first sign of intent: a pointer over the chart.
  const before = made.behaviours.length;
  fireEvent.pointerEnter(svg);
  await waitFor(() => {
    expect(made.behaviours.length).toBeGreaterThan(before);
  });
  const behaviour = made.behaviours.at(-1);
  if (behaviour === undefined) throw new Error('the chart made no zoom behaviour');
  const status = within(screen.getByRole('region', { name: 'Timeline' })).getByRole('status');
  /** Moves the chart through `zoom.transform` with d3's event argument, as useZoom does. */
  const move = (transform: ZoomTransform, event: unknown) => {
    const apply = behaviour.transform.bind(behaviour) as (...args: unknown[]) => void;
    act(() => {
      apply(select(svg), transform, undefined, event);
    });
  };
  return { onWindowChange, status, move, select: (id: EventId) => rerender(<Timeline {...props} selectedId={id} />) };
}

/** Four times zoomed in, a little way into the story. */
const ZOOMED = zoomIdentity.translate(-400, 0).scale(4);

describe('the zoom wiring, driven through zoom.transform with each source', () => {
  test.each<[string, ZoomSource, boolean, boolean]>([
    ['a link’s window is announced and never written back to the link', { kind: 'link' }, false, true],
    [
      'the layout’s move (a new width, the first view) is neither written nor announced',
      { kind: 'layout' },
      false,
      false,
    ],
    ['a button’s or key’s move is written to the link and announced', { kind: 'control' }, true, true],
    [
      'following an event into view is written and announced',
      { kind: 'follow', id: ENTRY, says: 'window' },
      true,
      true,
    ],
  ])('%s', async (_name, source, isWritten, isAnnounced) => {
    const { onWindowChange, status, move } = await renderChart();
    move(ZOOMED, tagMove(source));
    if (isWritten) {
      expect(onWindowChange).toHaveBeenCalledOnce();
      expect(onWindowChange.mock.calls[0]?.[0]).toMatchObject({ kind: 'time' });
    } else {
      expect(onWindowChange).not.toHaveBeenCalled();
    }
    if (isAnnounced) expect(status).toHaveTextContent(/^Showing .+ Dhaka \(UTC\+6\): \d+ of 25 events shown\.$/);
    else expect(status).toHaveTextContent('');
  });

  test('the reader’s gesture, d3’s own DOM event, is written to the link and announced', async () => {
    const { onWindowChange, status, move } = await renderChart();
    move(ZOOMED, new WheelEvent('wheel'));
    expect(onWindowChange).toHaveBeenCalledOnce();
    expect(status).toHaveTextContent(/^Showing /);
  });

  test('a move that ends on the window the view already holds is not written again', async () => {
    const { onWindowChange, move } = await renderChart();
    move(zoomIdentity, tagMove({ kind: 'control' }));
    expect(onWindowChange).not.toHaveBeenCalled();
  });

  test('a new selection is announced with the window it is shown in, once', async () => {
    const { onWindowChange, status, select: choose } = await renderChart();
    choose(ENTRY);
    expect(status).toHaveTextContent(
      /^Selected: Gunmen burst into the Holey Artisan Bakery\. Showing .+: 25 of 25 events shown\.$/,
    );
    // At the whole-story zoom the event is in view: the move that follows it has no length and writes nothing.
    expect(onWindowChange).not.toHaveBeenCalled();
  });

  test('the arrow keys’ walk announces the event and its place in time order', async () => {
    const { status, move } = await renderChart();
    move(zoomIdentity, tagMove({ kind: 'follow', id: ENTRY, says: 'position' }));
    const position = placements.findIndex((p) => p.id === ENTRY) + 1;
    expect(status).toHaveTextContent(`Gunmen burst into the Holey Artisan Bakery. Event ${position} of 25.`);
  });
});
