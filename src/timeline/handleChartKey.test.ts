// @vitest-environment node
import { describe, expect, test, vi } from 'vitest';
import type { EventId } from '../data/schema.ts';
import { handleChartKey } from './handleChartKey.ts';

const storyOrder = (['first', 'second', 'third'] as EventId[]).map((id) => ({ id }));
const [first, second, third] = storyOrder.map((p) => p.id);

function press(key: string, id: EventId | undefined, shiftKey = false) {
  const actions = {
    storyOrder,
    focusEvent: vi.fn<(id: EventId, says: 'position') => void>(),
    onSelect: vi.fn<(id: EventId) => void>(),
    controls: { zoomIn: vi.fn(), zoomOut: vi.fn(), fit: vi.fn(), panEarlier: vi.fn(), panLater: vi.fn() },
  };
  const event = { key, shiftKey, preventDefault: vi.fn(), stopPropagation: vi.fn() };
  if (id === undefined) throw new Error('no event to press on');
  handleChartKey(event, id, actions);
  return { ...actions, event };
}

describe('handleChartKey', () => {
  test('the arrow keys, Home and End walk the story order, and say the place of the event they reach', () => {
    expect(press('ArrowRight', first).focusEvent).toHaveBeenCalledWith(second, 'position');
    expect(press('ArrowLeft', second).focusEvent).toHaveBeenCalledWith(first, 'position');
    expect(press('End', first).focusEvent).toHaveBeenCalledWith(third, 'position');
    expect(press('Home', third).focusEvent).toHaveBeenCalledWith(first, 'position');
  });

  test('the walk stops at either end of the story, and the key is still the chart’s', () => {
    const { focusEvent, event } = press('ArrowRight', third);
    expect(focusEvent).not.toHaveBeenCalled();
    expect(event.preventDefault).toHaveBeenCalled();
    expect(press('ArrowLeft', first).focusEvent).not.toHaveBeenCalled();
  });

  test('Enter opens the event; + and Shift + → zoom in and pan later', () => {
    expect(press('Enter', second).onSelect).toHaveBeenCalledWith(second);
    expect(press('+', second).controls.zoomIn).toHaveBeenCalledOnce();
    expect(press('ArrowRight', second, true).controls.panLater).toHaveBeenCalledOnce();
  });

  test('Escape is left to the details panel and any other key to the browser', () => {
    for (const key of ['Escape', 'Tab', 'a']) {
      const { event, focusEvent, onSelect } = press(key, second);
      expect(event.preventDefault).not.toHaveBeenCalled();
      expect(event.stopPropagation).not.toHaveBeenCalled();
      expect(focusEvent).not.toHaveBeenCalled();
      expect(onSelect).not.toHaveBeenCalled();
    }
  });
});
