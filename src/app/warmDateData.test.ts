import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DATE_DATA_READY_MARK } from '../shared/userTimingMarks.ts';
import { DATE_DATA_WAIT_MS, warmDateData } from './warmDateData.ts';

/** A stand-in for the browser's Worker: records what it was asked to run and lets the test speak for the worker. */
class FakeWorker extends EventTarget {
  static made: FakeWorker[] = [];
  readonly url: string;
  constructor(url: string) {
    super();
    this.url = url;
    FakeWorker.made.push(this);
  }
  reply(): void {
    this.dispatchEvent(new MessageEvent('message', { data: 'ready' }));
  }
  fail(): void {
    this.dispatchEvent(new Event('error'));
  }
}

/** True once the promise has settled, read after the microtasks queued so far have run. */
async function hasSettled(promise: Promise<void>): Promise<boolean> {
  let settled = false;
  void promise.then(() => {
    settled = true;
  });
  await Promise.resolve();
  await Promise.resolve();
  return settled;
}

describe('warmDateData', () => {
  beforeEach(() => {
    FakeWorker.made = [];
    performance.clearMarks(DATE_DATA_READY_MARK);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  test('with no Worker in the runtime, settles at once and marks nothing', async () => {
    vi.stubGlobal('Worker', undefined);
    expect(await hasSettled(warmDateData())).toBe(true);
    expect(performance.getEntriesByName(DATE_DATA_READY_MARK)).toHaveLength(0);
  });

  test('starts the date-data worker and waits for its word, then marks date-data-ready', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const warmed = warmDateData();
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]?.url).toMatch(/dateData\.worker/);
    expect(await hasSettled(warmed)).toBe(false);
    FakeWorker.made[0]?.reply();
    expect(await hasSettled(warmed)).toBe(true);
    expect(performance.getEntriesByName(DATE_DATA_READY_MARK)).toHaveLength(1);
  });

  test('a worker that fails to load lets the start go on without the mark', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const warmed = warmDateData();
    FakeWorker.made[0]?.fail();
    expect(await hasSettled(warmed)).toBe(true);
    expect(performance.getEntriesByName(DATE_DATA_READY_MARK)).toHaveLength(0);
  });

  test('a worker the page may not start (a policy refuses it) lets the start go on at once', async () => {
    vi.stubGlobal(
      'Worker',
      vi.fn(() => {
        throw new DOMException('refused', 'SecurityError');
      }),
    );
    expect(await hasSettled(warmDateData())).toBe(true);
  });

  test('a worker that never answers holds the start back for a second at most', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const warmed = warmDateData();
    vi.advanceTimersByTime(DATE_DATA_WAIT_MS - 1);
    expect(await hasSettled(warmed)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await hasSettled(warmed)).toBe(true);
  });
});
