import { describe, expect, test } from 'vitest';
import { getWheelDelta, isZoomWheel } from './zoomWheel.ts';

const wheel = (init: WheelEventInit) => new WheelEvent('wheel', init);

describe('the wheel over the chart', () => {
  test('a plain wheel does not zoom (the page scrolls); Ctrl or ⌘ + wheel, or a pinch, does', () => {
    expect(isZoomWheel(wheel({ deltaY: 100 }))).toBe(false);
    expect(isZoomWheel(wheel({ deltaY: 100, ctrlKey: true }))).toBe(true);
    expect(isZoomWheel(wheel({ deltaY: -100, metaKey: true }))).toBe(true);
    expect(isZoomWheel(wheel({ deltaY: 2, ctrlKey: true }))).toBe(true);
  });

  test('a sideways wheel is never a zoom, whatever key is held: it pans', () => {
    expect(isZoomWheel(wheel({ deltaX: 120, deltaY: 10, ctrlKey: true }))).toBe(false);
  });

  test('Ctrl + a mouse wheel’s notch zooms as far as a plain notch did; a pinch’s small deltas are boosted', () => {
    expect(getWheelDelta(wheel({ deltaY: -100, ctrlKey: true }))).toBeCloseTo(0.2);
    expect(getWheelDelta(wheel({ deltaY: -2, ctrlKey: true }))).toBeCloseTo(0.04);
    expect(getWheelDelta(wheel({ deltaY: -3, deltaMode: 1, ctrlKey: true }))).toBeCloseTo(1.5);
  });
});
