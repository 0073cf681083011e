// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { getInteractiveTime, getTotalBlockingTime } from './measurePhone.ts';

describe('getInteractiveTime', () => {
  it('is the mark when no long task holds the main thread at that moment', () => {
    expect(getInteractiveTime(900, [{ start: 100, duration: 300 }])).toBe(900);
  });

  it('is the end of the long task the mark was set in', () => {
    expect(getInteractiveTime(900, [{ start: 600, duration: 500 }])).toBe(1100);
  });
});

describe('getTotalBlockingTime', () => {
  it('counts the time beyond 50 ms of each long task after first contentful paint', () => {
    const tasks = [
      { start: 0, duration: 400 },
      { start: 1000, duration: 120 },
      { start: 2000, duration: 50 },
    ];
    // The first task runs 300 ms past FCP at 100 ms: 250 ms of it blocks; the second blocks 70 ms.
    expect(getTotalBlockingTime(tasks, 100)).toBe(320);
  });
});
