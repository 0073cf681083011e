// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { indexTimeline } from '../data/indexTimeline.ts';
import { timeline } from '../data/loadTimeline.ts';
import type { EventId } from '../data/schema.ts';
import { parseViewState } from '../view/viewState.ts';
import { createLinkContext, getFormerEvents, getSiteBasePath } from './createLinkContext.ts';

const index = indexTimeline(timeline);

describe('links to events a correction took out', () => {
  test('the real timeline’s old id opens its successor, naming the correction that lists the old id', () => {
    expect(getFormerEvents(index, '/').get('police-officers-killed')).toEqual({
      kind: 'alias',
      successor: 'police-officers-died',
      correction: {
        href: '/#correction-died-not-killed',
        opensInNewTab: false,
        date: '3 December 2026',
        what: expect.any(String) as string,
      },
    });
    const { view, notices } = parseViewState(
      { pathname: '/holey-artisan-timeline/events/police-officers-killed/', search: '' },
      createLinkContext(index, '/holey-artisan-timeline/'),
    );
    expect(view.selectedId).toBe('police-officers-died');
    expect(notices[0]?.link?.href).toBe('/holey-artisan-timeline/#correction-died-not-killed');
  });

  test('from the embed, the correction is read on the full timeline’s home page, in a new tab', () => {
    const { notices } = parseViewState(
      { pathname: '/embed/events/police-officers-killed/', search: '' },
      createLinkContext(index, '/embed/'),
    );
    expect(notices[0]?.link).toEqual({
      href: '/#correction-died-not-killed',
      text: 'Read the correction',
      opensInNewTab: true,
    });
  });

  test('a withdrawn id is named with the correction that withdrew it', () => {
    const correction = timeline.corrections[0];
    if (correction === undefined) throw new Error('the timeline has no corrections');
    const withRetired = indexTimeline({
      ...timeline,
      retired: [{ id: 'old-rumour' as EventId, correction: correction.id }],
    });
    const { view, notices } = parseViewState(
      { pathname: '/events/old-rumour/', search: '' },
      createLinkContext(withRetired, '/'),
    );
    expect(view.selectedId).toBeUndefined();
    expect(notices[0]?.message).toBe(
      `The event in this link was withdrawn in the correction of 3 December 2026: ${correction.what}`,
    );
    expect(notices[0]?.link?.href).toBe(`/#correction-${correction.id}`);
  });

  test('the full timeline’s base path is the embed folder’s parent', () => {
    expect(getSiteBasePath('/embed/')).toBe('/');
    expect(getSiteBasePath('/holey-artisan-timeline/embed/')).toBe('/holey-artisan-timeline/');
    expect(getSiteBasePath('/holey-artisan-timeline/')).toBe('/holey-artisan-timeline/');
  });
});
