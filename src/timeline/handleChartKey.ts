import type { KeyboardEvent } from 'react';
import { assertNever } from '../data/assertNever.ts';
import type { EventId } from '../data/schema.ts';
import type { Placement } from '../time/placeEvents.ts';
import { getKeyCommand } from '../shared/keyBindings.ts';
import type { ChartControls } from './getChartControls.ts';

/** What the chart's keys act on. */
export interface ChartKeyActions {
  /** The events in the arrow keys' order. */
  storyOrder: readonly Pick<Placement, 'id'>[];
  /** Moves keyboard focus to an event's mark and says its place in the story. */
  focusEvent: (id: EventId, says: 'position') => void;
  /** Opens an event's details. */
  onSelect: (id: EventId) => void;
  controls: Pick<ChartControls, 'zoomIn' | 'zoomOut' | 'fit' | 'panEarlier' | 'panLater'>;
}

/** A key press on a mark, as much of it as the chart reads. */
type MarkKeyPress = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'preventDefault' | 'stopPropagation'>;

/** Answers a key pressed on the mark of the event `id`, by the one table of keys (shared/keyBindings.ts). */
export function handleChartKey(event: MarkKeyPress, id: EventId, actions: ChartKeyActions): void {
  const { storyOrder, focusEvent, onSelect, controls } = actions;
  const position = storyOrder.findIndex((p) => p.id === id);
  const goTo = (target: Pick<Placement, 'id'> | undefined) => {
    if (target !== undefined) focusEvent(target.id, 'position');
  };
  const command = getKeyCommand(event);
  // Escape belongs to the details panel; any other key is the browser's.
  if (command === undefined || command === 'close') return;
  switch (command) {
    case 'previous':
      goTo(storyOrder[position - 1]);
      break;
    case 'next':
      goTo(storyOrder[position + 1]);
      break;
    case 'first':
      goTo(storyOrder[0]);
      break;
    case 'last':
      goTo(storyOrder.at(-1));
      break;
    case 'open':
      onSelect(id);
      break;
    case 'zoom-in':
      controls.zoomIn();
      break;
    case 'zoom-out':
      controls.zoomOut();
      break;
    case 'fit':
      controls.fit();
      break;
    case 'pan-earlier':
      controls.panEarlier();
      break;
    case 'pan-later':
      controls.panLater();
      break;
    default:
      assertNever(command);
  }
  event.preventDefault();
  event.stopPropagation();
}
