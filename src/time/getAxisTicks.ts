import type { ZoneName } from '../data/schema.ts';
import type { ScaleMode } from './createBaseScale.ts';
import { createLinearScale } from './createLinearScale.ts';
import { getZonedTicks } from './getZonedTicks.ts';
import type { Placement } from './placeEvents.ts';
import { formatShortDay } from './formatClock.ts';
import { getStoryStretches } from './getStorySteps.ts';
import { describeStepBounds } from './describeStepBounds.ts';

/** How far past the plot's edge a tick's label may reach before it hangs inwards, px (the padding beside it). */
const EDGE_SLACK_PX = 10;

/**
 * An axis label's width, px, measured generously: by the running-text estimate on the server and while hydrating
 * (so the prerendered axis and the first client render agree), then in the browser in the axis's boldest type
 * (`measureAxisLabel` in src/timeline/measureLabel.ts).
 */
export type MeasureLabel = (label: string) => number;

/** A tick as the axis draws it. */

export interface AxisTick {
  /** Position along the plot, px: the tick's line. */
  x: number;
  /** What the tick says: a clock time or a day in the display zone, or what is known of a stretch of story steps. */
  label: string;
  /** A stronger line: a new day, or a step whose events share one stated time. */
  isMajor: boolean;
  /** For a stretch of story steps: where its bracket runs, px, within the plot; its label starts at the left. */
  span?: readonly [number, number] | undefined;
  /** The label's row: 1, next to the lanes (the default); 0 above it (the window's date; a stretch's label when
   * neighbouring stretches take turns). */
  row?: number | undefined;
  /** How the label hangs from `x`: centred (the default), or starting or ending there to stay inside the plot. */
  anchor?: 'start' | 'middle' | 'end' | undefined;
  /** False for a label without a tick line: the window's date. */
  hasLine?: boolean | undefined;
}

/** The narrowest a stretch may be before the axis marks only every nth one, px. */
const MIN_STRETCH_PX = 24;

/** Room kept between one stretch's label and the next on its row, px. */
const LABEL_GAP_PX = 8;

/**
 * The story axis: one label per stretch of steps whose events share what is known of their time, over a bracket
 * as wide as the stretch, and a quiet line at each step. A stretch that starts left of the plot keeps its label at
 * the plot's left edge while it has room, so a panned view still says where it is.
 */
function getStoryTicks(
  x: (step: number) => number,
  [r0, r1]: readonly [number, number],
  zone: ZoneName,
  placements: readonly Placement[],
  labelWidth: MeasureLabel,
): AxisTick[] {
  const inView = getStoryStretches(placements)
    .map((stretch) => ({ stretch, left: x(stretch.from), right: x(stretch.to + 1) }))
    .filter(({ left, right }) => right > r0 && left < r1);
  // A story of thousands of steps marks every nth stretch in view, as a clock axis marks every nth hour.
  const stride = Math.max(1, Math.ceil(inView.length / Math.max(2, Math.floor((r1 - r0) / MIN_STRETCH_PX))));
  // Each marked stretch with its label without the date, worded once: the crowding check and the labels both ask.
  const visible = (stride === 1 ? inView : inView.filter((_, i) => i % stride === 0)).map((shown) => ({
    ...shown,
    plain: describeStepBounds(shown.stretch.bounds, zone, false),
  }));
  // Labels wider than their stretch take turns on two rows, each free up to the next label on its row.
  const width = labelWidth;
  const isCrowded = visible.some(({ plain, left, right }) => width(plain) > Math.min(right, r1) - Math.max(left, r0));
  const ticks: AxisTick[] = [];
  let hasDay = false;
  // Where the last label on each row ends, px: a label may hang back from its stretch's end into free room.
  const rowEnds = [r0, r0];
  visible.forEach(({ stretch, left, right, plain }, i) => {
    const from = Math.max(left, r0);
    const to = Math.min(right, r1);
    const row = isCrowded ? i % 2 : 1;
    const nextOnRow = visible[i + (isCrowded ? 2 : 1)];
    const roomAfter = (nextOnRow === undefined ? r1 : Math.min(r1, nextOnRow.left)) - from - LABEL_GAP_PX;
    const roomBefore = to - Math.max(rowEnds[row] ?? r0, r0) - LABEL_GAP_PX;
    const isTimed = stretch.bounds.earliest !== undefined || stretch.bounds.latest !== undefined;
    const choices = [isTimed && !hasDay ? describeStepBounds(stretch.bounds, zone, true) : plain, plain];
    const after = choices.find((c) => width(c) <= roomAfter);
    const before = after === undefined ? choices.find((c) => width(c) <= roomBefore) : undefined;
    const label = after ?? before ?? '';
    if (isTimed && label === choices[0] && choices[0] !== choices[1]) hasDay = true;
    if (label !== '') rowEnds[row] = after !== undefined ? from + width(label) : to;
    ticks.push({
      x: left,
      label,
      isMajor: stretch.bounds.earliest !== undefined && stretch.bounds.earliest === stretch.bounds.latest,
      span: [from, to],
      row,
      anchor: before !== undefined ? 'end' : 'start',
    });
    for (let step = stretch.from + 1; stride === 1 && step <= stretch.to; step += 1) {
      const at = x(step);
      if (at > r0 && at < r1) ticks.push({ x: at, label: '', isMajor: false });
    }
  });
  return ticks;
}

/** Roughly how far apart axis ticks are, px. */
export const TICK_SPACING_PX = 90;

/**
 * The axis's ticks for the visible window `[w0, w1]` (epoch ms on the chronological scale, event positions in
 * story order) drawn across `range` (px): round hours and day starts in `zone`, or every nth event's number.
 */
export function getAxisTicks(
  mode: ScaleMode,
  [w0, w1]: readonly [number, number],
  range: readonly [number, number],
  zone: ZoneName,
  placements: readonly Placement[],
  labelWidth: MeasureLabel,
): AxisTick[] {
  const [r0, r1] = range;
  const x = createLinearScale([w0, w1], [r0, r1]);
  const count = Math.max(2, Math.floor((r1 - r0) / TICK_SPACING_PX));
  if (mode === 'sequence') return getStoryTicks(x, range, zone, placements, labelWidth);
  const zoned = getZonedTicks(w0, w1, zone, count);
  const ticks: AxisTick[] = zoned.map((tick) => {
    const at = x(tick.at);
    // A label that would stick out of the plot hangs from its tick towards the inside instead.
    const half = labelWidth(tick.label) / 2;
    const anchor = at - half < r0 - EDGE_SLACK_PX ? 'start' : at + half > r1 + EDGE_SLACK_PX ? 'end' : 'middle';
    return { x: at, label: tick.label, isMajor: tick.isDayStart, anchor };
  });
  // The window's date, above the first tick, unless a day starts right there: the axis always says which day.
  if (zoned[0]?.isDayStart !== true) {
    ticks.push({
      x: r0,
      label: formatShortDay(new Date(w0), zone),
      isMajor: false,
      row: 0,
      anchor: 'start',
      hasLine: false,
    });
  }
  return ticks;
}

/**
 * The overview's labels (11 px, regular) against the axis's measure: the 13 px running-text estimate, or 12 px
 * bold in the browser, which this share still leaves a little wider than the regular 11 px labels it stands for.
 */
const OVERVIEW_TYPE_SHARE = 11 / 13;

/**
 * The whole story's axis labels for the overview strip, on one row: left to right, each kept only if it clears
 * the one kept before it, so the strip says where in time each part of it is.
 */
export function getOverviewTicks(ticks: readonly AxisTick[], labelWidth: MeasureLabel): AxisTick[] {
  const kept: AxisTick[] = [];
  let end = Number.NEGATIVE_INFINITY;
  const startOf = (tick: AxisTick) => tick.span?.[0] ?? tick.x;
  const labelled = ticks.filter((tick) => tick.label !== '').sort((a, b) => startOf(a) - startOf(b));
  for (const tick of labelled) {
    const width = labelWidth(tick.label) * OVERVIEW_TYPE_SHARE;
    const isCentred = tick.span === undefined && tick.anchor !== 'start';
    const start = isCentred ? tick.x - width / 2 : startOf(tick);
    if (start < end + LABEL_GAP_PX) continue;
    kept.push(tick);
    end = start + width;
  }
  return kept;
}
