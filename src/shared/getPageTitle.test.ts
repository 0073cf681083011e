import { describe, expect, test } from 'vitest';
import type { EventId } from '../data/schema.ts';
import { realIndex } from '../../tests/support/realTimeline.ts';
import { getPageTitle } from './getPageTitle.ts';

const { timeline } = realIndex;

describe('getPageTitle', () => {
  test('names an event’s page after the event, then the timeline', () => {
    expect(getPageTitle(timeline, 'troops-raid-cafe' as EventId, false)).toBe(
      'Troops raid the building · The Holey Artisan Bakery attack, Dhaka, July 2016',
    );
  });

  test('names the home page after the timeline, bare in the embed', () => {
    expect(getPageTitle(timeline, undefined, false)).toBe(
      'The Holey Artisan Bakery attack, Dhaka, July 2016: a sourced timeline',
    );
    expect(getPageTitle(timeline, undefined, true)).toBe('The Holey Artisan Bakery attack, Dhaka, July 2016');
  });
});
