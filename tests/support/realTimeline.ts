/**
 * The real timeline, indexed once per test file: every test that reads it shares one index (and the search
 * texts and layouts cached against it) instead of indexing 25 events again per test.
 */
import { indexTimeline } from '../../src/data/indexTimeline.ts';
import type { TimelineIndex } from '../../src/data/indexTimeline.ts';
import { timeline } from '../../src/data/loadTimeline.ts';

export { timeline };

/** The real timeline's index, shared by the tests of one file. */
export const realIndex: TimelineIndex = indexTimeline(timeline);
