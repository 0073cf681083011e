// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { EntityId, EventId, ZoneName } from '../data/schema.ts';
import { NO_FILTERS } from './eventFilters.ts';
import { viewReducer } from './viewReducer.ts';
import { DEFAULT_VIEW } from './viewState.ts';
import type { ViewState } from './viewState.ts';

const ENTRY = 'gunmen-storm-cafe' as EventId;
const RAID = 'troops-raid-cafe' as EventId;
const WINDOW = {
  kind: 'time' as const,
  from: Date.parse('2016-07-01T15:00:00Z'),
  to: Date.parse('2016-07-01T18:00:00Z'),
};
/** A view with every field away from its default. */
const BUSY: ViewState = {
  selectedId: ENTRY,
  zone: 'Europe/London' as ZoneName,
  scaleMode: 'chronological',
  window: WINDOW,
  query: 'rizvi',
  filters: { ...NO_FILTERS, statuses: ['stated'] },
  highlight: 'gowher-rizvi' as EntityId,
  reading: 'story',
};

describe('viewReducer', () => {
  test('selecting opens that event and changes nothing else; closing leaves the rest as it was', () => {
    const selected = viewReducer(BUSY, { kind: 'select', id: RAID });
    expect(selected).toEqual({ ...BUSY, selectedId: RAID });
    // Closing leaves the story mode too: what is left is the chart and the lists.
    expect(viewReducer(selected, { kind: 'close' })).toEqual({ ...BUSY, selectedId: undefined, reading: 'browse' });
  });

  test('the story mode goes to a step, or to its title card for none, and keeps the rest of the view', () => {
    const browsing = { ...BUSY, reading: 'browse' as const };
    expect(viewReducer(browsing, { kind: 'read-story', id: RAID })).toEqual({ ...BUSY, selectedId: RAID });
    expect(viewReducer(browsing, { kind: 'read-story', id: undefined })).toEqual({ ...BUSY, selectedId: undefined });
  });

  test('switching the scale starts from the whole story: a window in one scale means nothing in the other', () => {
    expect(viewReducer(BUSY, { kind: 'set-scale', scaleMode: 'sequence' })).toEqual({
      ...BUSY,
      scaleMode: 'sequence',
      window: undefined,
    });
  });

  test('each setter changes its own field alone', () => {
    expect(viewReducer(BUSY, { kind: 'set-zone', zone: 'UTC' as ZoneName })).toEqual({ ...BUSY, zone: 'UTC' });
    expect(viewReducer(BUSY, { kind: 'set-window', window: undefined })).toEqual({ ...BUSY, window: undefined });
    expect(viewReducer(BUSY, { kind: 'set-query', query: '' })).toEqual({ ...BUSY, query: '' });
    expect(viewReducer(BUSY, { kind: 'set-filters', filters: NO_FILTERS })).toEqual({ ...BUSY, filters: NO_FILTERS });
    expect(viewReducer(BUSY, { kind: 'set-highlight', highlight: undefined })).toEqual({
      ...BUSY,
      highlight: undefined,
    });
  });

  test('restoring (a link, Back, Reset) replaces the whole view, keeping nothing of the one before', () => {
    expect(viewReducer(BUSY, { kind: 'restore', view: DEFAULT_VIEW })).toEqual(DEFAULT_VIEW);
  });

  test('never changes the view it is given', () => {
    const before = structuredClone(BUSY);
    viewReducer(BUSY, { kind: 'set-scale', scaleMode: 'sequence' });
    viewReducer(BUSY, { kind: 'close' });
    expect(BUSY).toEqual(before);
  });
});
