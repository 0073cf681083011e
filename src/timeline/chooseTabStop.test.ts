// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { EventId } from '../data/schema.ts';
import { chooseTabStop } from './chooseTabStop.ts';

const first = 'first' as EventId;
const second = 'second' as EventId;
const third = 'third' as EventId;
const placements = [{ id: first }, { id: second }, { id: third }];

describe('chooseTabStop', () => {
  test('a new selection holds the tab stop until the chart has followed it', () => {
    expect(chooseTabStop({ placements, selectedId: third, followedId: undefined, activeId: second })).toBe(third);
  });

  test('once the selection is followed, the tab stop is where the reader moved it', () => {
    expect(chooseTabStop({ placements, selectedId: third, followedId: third, activeId: second })).toBe(second);
    expect(chooseTabStop({ placements, selectedId: undefined, followedId: third, activeId: second })).toBe(second);
  });

  test('an event a filter hides gives the tab stop to the first event shown, and no events give none', () => {
    const shown = [{ id: second }, { id: third }];
    expect(chooseTabStop({ placements: shown, selectedId: undefined, followedId: undefined, activeId: first })).toBe(
      second,
    );
    expect(chooseTabStop({ placements: [], selectedId: first, followedId: undefined, activeId: first })).toBe(
      undefined,
    );
  });
});
