// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { realIndex } from '../../tests/support/realTimeline.ts';
import type { EventId } from '../data/schema.ts';
import { getStepCount } from '../time/getStorySteps.ts';
import { getStoryExtent, placeEvents } from '../time/placeEvents.ts';
import { getItemExtent, getWrapWidth, labelPlacements, layoutChart, MAX_LABEL_LINES } from './layoutChart.ts';

const placements = placeEvents(realIndex.events);
const extent = getStoryExtent(placements);
const lanes = realIndex.timeline.categories.map((c) => ({ id: c.id, label: c.label }));
const titleOf = (id: EventId) => realIndex.getEvent(id)?.title ?? id;

/** The story-step layout of the real report at a chart width, labels measured as on the server. */
function layOut(width: number) {
  const wrap = getWrapWidth('sequence', getStepCount(placements), width);
  const labelled = labelPlacements(placements, titleOf, false, wrap);
  const layout = layoutChart({
    mode: 'sequence',
    labelled,
    extent,
    lanes,
    width,
    categoryOf: (id) => realIndex.getEvent(id)?.category,
  });
  return { layout, range: layout.xBase.range() };
}

describe.each([
  ['a desktop', 1184],
  ['a phone', 358],
])('story steps on %s (%i px)', (_, width) => {
  const { layout, range } = layOut(width);

  test('every title is drawn whole, wrapped between its own words', () => {
    for (const item of layout.items) {
      expect(item.label).toBe(titleOf(item.placement.id));
      expect(item.lines.join(' ')).toBe(titleOf(item.placement.id));
      expect(item.lines.length).toBeLessThanOrEqual(MAX_LABEL_LINES);
    }
  });

  test('every mark and label lies inside the chart', () => {
    for (const item of layout.items) {
      const [left, right] = getItemExtent('sequence', item, layout.xBase, range);
      expect(left).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(width);
    }
  });

  test('no two marks of a lane overlap: those that share a row are apart', () => {
    for (const [, items] of layout.itemsByLane) {
      const byRow = new Map<number, (typeof items)[number][]>();
      for (const item of items) byRow.set(item.row, [...(byRow.get(item.row) ?? []), item]);
      for (const row of byRow.values()) {
        const boxes = row
          .map((item) => getItemExtent('sequence', item, layout.xBase, range))
          .sort((a, b) => a[0] - b[0]);
        boxes.slice(1).forEach((box, i) => expect(box[0]).toBeGreaterThan(boxes[i]?.[1] ?? 0));
      }
    }
    expect(layout.crowdedLanes.size).toBe(0);
  });

  test('rows of a lane do not overlap: each is as tall as its tallest label', () => {
    for (const [, items] of layout.itemsByLane) {
      const ys = [...new Set(items.map((item) => item.y))].sort((a, b) => a - b);
      ys.slice(1).forEach((y, i) => expect(y - (ys[i] ?? 0)).toBeGreaterThanOrEqual(24));
    }
  });
});

describe('story steps on a desktop', () => {
  test('marks sit at their step: the entry alone in its column, after what came before it', () => {
    const { layout } = layOut(1184);
    const x = (id: string) => layout.xBase(layout.items.find((i) => i.placement.id === id)?.placement.step ?? -1);
    expect(x('guards-spot-gunmen')).toBeLessThan(x('gunmen-storm-cafe'));
    expect(x('gunmen-storm-cafe')).toBeLessThan(x('troops-raid-cafe'));
    expect(x('hammond-statement')).toBe(x('people-killed'));
  });
});
