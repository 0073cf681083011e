// @vitest-environment node
import { describe, expect, test } from 'vitest';
import {
  createBaseScale,
  getMaxZoom,
  getStoryDomain,
  getTransformForWindow,
  getWindowOfTransform,
  MIN_WINDOW_MS,
} from './createBaseScale.ts';
import { zoomIdentity } from './zoomTransform.ts';

const extent = { start: Date.parse('2016-07-01T15:20:00Z'), end: Date.parse('2016-07-02T06:00:00Z') };

describe('scales and zoom transforms', () => {
  test('the chronological domain pads the story on both sides', () => {
    const [from, to] = getStoryDomain('chronological', extent, 25);
    expect(from).toBeLessThan(extent.start);
    expect(to).toBeGreaterThan(extent.end);
  });

  test('the story-step domain gives every step an even column, its marks at the left and its labels after', () => {
    const xBase = createBaseScale(getStoryDomain('sequence', extent, 4), 0, 400);
    expect(xBase(1) - xBase(0)).toBeCloseTo(xBase(3) - xBase(2));
    expect(xBase(0)).toBe(0);
    // The last step's column, where its labels run, ends at the plot's right edge.
    expect(xBase(4)).toBe(400);
  });

  test('a window round-trips through a zoom transform', () => {
    const domain = getStoryDomain('chronological', extent, 25);
    const xBase = createBaseScale(domain, 16, 784);
    const from = Date.parse('2016-07-01T18:00:00Z');
    const to = Date.parse('2016-07-01T20:00:00Z');
    const transform = getTransformForWindow(xBase, from, to);
    const [shownFrom, shownTo] = getWindowOfTransform(xBase, transform);
    expect(shownFrom).toBeCloseTo(from, -1);
    expect(shownTo).toBeCloseTo(to, -1);
    expect(transform.k).toBeGreaterThan(1);
  });

  test('the identity transform shows the whole story', () => {
    const domain = getStoryDomain('chronological', extent, 25);
    const xBase = createBaseScale(domain, 16, 784);
    expect(getWindowOfTransform(xBase, zoomIdentity)).toEqual(domain);
  });

  test('zoom stops at a window of a few minutes', () => {
    const domain = getStoryDomain('chronological', extent, 25);
    expect((domain[1] - domain[0]) / getMaxZoom('chronological', domain)).toBe(MIN_WINDOW_MS);
  });
});
