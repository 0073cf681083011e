/**
 * The performance budgets `npm run bench` enforces. Bytes are absolute (KB = 1000 bytes); timings are ratios to
 * the floor (harness/floor/, a bare React + d3 page) measured in the same run on the same events, so a slow or
 * loaded machine slows both sides alike; the phone profile and a few limits a reader feels directly (a frame,
 * a blocked main thread) stay absolute. A byte or module budget fails at once; a missed timing or score budget
 * is measured again once (floor and app together) before it fails.
 */
import type { BenchReport, GeneratedPair } from './benchReport.ts';
import { LIGHTHOUSE_CATEGORIES } from './runLighthouse.ts';
import type { LighthouseCategory } from './runLighthouse.ts';

/** One kilobyte, as every budget and table counts it: 1000 bytes. */
export const KB = 1000;

/** The part of the benchmark that measures a budget's figure, which is what a rerun repeats. */
export type BenchPart = 'bytes' | 'page' | 'generated' | 'phone' | 'lighthouse';

/** The generated timeline sizes the ratio budgets apply to. */
export const GENERATED_SIZES = [1_000, 10_000] as const;
/** The size at which zooming and panning is judged against the floor's frames (see FRAME_RATIO_EVENTS). */
export const LARGE_EVENTS = 10_000;
/**
 * The p95 frame is judged as a ratio only where the floor's own frames are long enough for 0.3 × floor to be a
 * frame a display can show: a floor p95 of 33 ms (at 1,000 events) would ask for a 10 ms frame on a 60 Hz
 * screen. Below this size the p95 frame is held to one frame (16.7 ms) only.
 */
export const FRAME_RATIO_EVENTS = LARGE_EVENTS;
/** One frame at 60 Hz, ms. */
export const FRAME_MS = 16.7;

export interface Budget {
  id: string;
  label: string;
  part: BenchPart;
  /** `static` budgets (bytes, modules) are not measured again; `timing` and `score` budgets are, once. */
  kind: 'static' | 'timing' | 'score';
  unit: 'KB' | 'ms' | 'MB' | 'modules' | '';
  /** `max`: value ≤ limit (× floor for a ratio budget); `min`: value ≥ limit. */
  comparison: 'max' | 'min';
  /** The limit, or for a ratio budget the largest allowed multiple of the floor's figure. */
  limit: number;
  read: (report: BenchReport) => number | undefined;
  /** For a ratio budget: the floor's figure, measured in the same run. */
  readFloor?: (report: BenchReport) => number | undefined;
  /**
   * For a ratio budget held to a `max`: the least it allows, in its unit, whatever the floor. A p95 frame can be
   * no shorter than one frame, so 0.3 × a floor of 50 ms (three frames) asks for what no display shows.
   */
  atLeast?: number;
  /** For a `generated` budget: the timeline size, so a rerun measures only that size. */
  events?: number;
  /** True for the budgets a smoke run (BENCH_SMOKE=1) reports but does not fail on (docs/performance.md says why). */
  isReportedOnlyInSmoke?: boolean;
}

/** How a budget came out: `miss` is a figure outside its budget that this run reports but does not fail on. */
export type Verdict = 'pass' | 'fail' | 'miss' | 'skip';

export interface BudgetResult {
  id: string;
  label: string;
  unit: Budget['unit'];
  comparison: Budget['comparison'];
  limit: number;
  /** For a ratio budget: the least it allows whatever the floor (see {@link Budget.atLeast}), else null. */
  atLeast: number | null;
  /** True when `limit` is a multiple of the floor's figure. */
  isRatio: boolean;
  /** The measured figure, or null when its part did not run. */
  value: number | null;
  /** The floor's figure for a ratio budget, else null. */
  floor: number | null;
  /** value ÷ floor, or null when there is no floor figure or it is 0. */
  ratio: number | null;
  /** Whether the figure is within budget; null when it was not measured. */
  pass: boolean | null;
  /** False when a miss is only reported (a smoke run's phone profile). */
  isEnforced: boolean;
  verdict: Verdict;
  /** True when the budget was missed once and this is the second measurement. */
  reran: boolean;
}

/** What a check is run under: a smoke run reports some misses without failing on them. */
export interface CheckOptions {
  isSmoke?: boolean;
  /** Ids of budgets whose figures come from a second measurement. */
  reran?: ReadonlySet<string>;
}

const CATEGORY_LABELS: Record<LighthouseCategory, string> = {
  performance: 'Performance',
  accessibility: 'Accessibility',
  'best-practices': 'Best Practices',
  seo: 'SEO',
};

const PAGES = ['home', 'event'] as const;

function readPair(report: BenchReport, events: number): GeneratedPair | undefined {
  return report.generated?.find((g) => g.events === events);
}

const count = (events: number) => events.toLocaleString('en-GB');

function generatedBudgets(events: number): Budget[] {
  const common = { part: 'generated', kind: 'timing', comparison: 'max', events } as const;
  const n = count(events);
  const budgets: Budget[] = [
    {
      ...common,
      id: `render-${events}`,
      label: `${n} events: first render`,
      unit: 'ms',
      limit: 1,
      read: (r) => readPair(r, events)?.app.renderMs,
      readFloor: (r) => readPair(r, events)?.floor.renderMs,
    },
  ];
  if (events >= FRAME_RATIO_EVENTS) {
    budgets.push({
      ...common,
      id: `frame-p95-ratio-${events}`,
      label: `${n} events: p95 frame, zoom + pan`,
      unit: 'ms',
      limit: 0.3,
      atLeast: FRAME_MS,
      read: (r) => readPair(r, events)?.app.frames.p95Ms,
      readFloor: (r) => readPair(r, events)?.floor.frames.p95Ms,
    });
  }
  budgets.push(
    {
      ...common,
      id: `frame-p95-${events}`,
      label: `${n} events: p95 frame, zoom + pan`,
      unit: 'ms',
      limit: FRAME_MS,
      read: (r) => readPair(r, events)?.app.frames.p95Ms,
    },
    {
      ...common,
      id: `long-tasks-${events}`,
      label: `${n} events: long tasks, zoom + pan`,
      unit: 'ms',
      limit: 0.1,
      read: (r) => readPair(r, events)?.app.longTasks.interaction.totalMs,
      readFloor: (r) => readPair(r, events)?.floor.longTasks.interaction.totalMs,
    },
    {
      ...common,
      id: `heap-${events}`,
      label: `${n} events: JS heap after render`,
      unit: 'MB',
      limit: 2,
      read: (r) => readPair(r, events)?.app.heapMB,
      readFloor: (r) => readPair(r, events)?.floor.heapMB,
    },
  );
  return budgets;
}

function byteBudgets(): Budget[] {
  return PAGES.flatMap((page): Budget[] => [
    {
      id: `js-gzip-${page}`,
      label: `${page} page first view: JS, gzip`,
      part: 'bytes',
      kind: 'static',
      unit: 'KB',
      comparison: 'max',
      limit: 85,
      read: (r) => (r.bytes === undefined ? undefined : r.bytes[page].network.js.gzip / KB),
    },
    {
      id: `css-gzip-${page}`,
      label: `${page} page first view: CSS, gzip`,
      part: 'bytes',
      kind: 'static',
      unit: 'KB',
      comparison: 'max',
      limit: 8,
      read: (r) => (r.bytes === undefined ? undefined : r.bytes[page].network.css.gzip / KB),
    },
  ]);
}

function phoneBudgets(): Budget[] {
  const common = { part: 'phone', kind: 'timing', unit: 'ms', comparison: 'max', isReportedOnlyInSmoke: true } as const;
  return PAGES.flatMap((page): Budget[] => [
    {
      ...common,
      id: `phone-interactive-${page}`,
      label: `phone, ${page} page: chart interactive`,
      limit: 1200,
      read: (r) => r.phone?.[page].interactiveMs,
    },
    {
      ...common,
      id: `phone-tbt-${page}`,
      label: `phone, ${page} page: total blocking time`,
      limit: 200,
      read: (r) => r.phone?.[page].tbtMs,
    },
    {
      ...common,
      id: `phone-longest-task-${page}`,
      label: `phone, ${page} page: longest task`,
      limit: 150,
      read: (r) => r.phone?.[page].longestTaskMs,
    },
  ]);
}

export const BUDGETS: readonly Budget[] = [
  ...byteBudgets(),
  {
    id: 'first-view-forbidden-modules',
    label: 'studio, Zod, harness or floor code in a first view',
    part: 'bytes',
    kind: 'static',
    unit: 'modules',
    comparison: 'max',
    limit: 0,
    read: (r) => r.bytes?.modules.forbidden.length,
  },
  {
    id: 'page-fcp',
    label: 'real home page: first contentful paint',
    part: 'page',
    kind: 'timing',
    unit: 'ms',
    comparison: 'max',
    limit: 0.8,
    read: (r) => r.page?.app.fcpMs,
    readFloor: (r) => r.page?.floor.fcpMs,
  },
  {
    id: 'page-lcp',
    label: 'real home page: largest contentful paint',
    part: 'page',
    kind: 'timing',
    unit: 'ms',
    comparison: 'max',
    limit: 0.8,
    read: (r) => r.page?.app.lcpMs,
    readFloor: (r) => r.page?.floor.fcpMs,
  },
  ...GENERATED_SIZES.flatMap(generatedBudgets),
  ...phoneBudgets(),
  ...PAGES.flatMap((page) =>
    LIGHTHOUSE_CATEGORIES.map((category): Budget => ({
      id: `lighthouse-${page}-${category}`,
      label: `Lighthouse ${page} page: ${CATEGORY_LABELS[category]}`,
      part: 'lighthouse',
      kind: 'score',
      unit: '',
      comparison: 'min',
      limit: 98,
      read: (r) => r.lighthouse?.[page].scores[category] ?? undefined,
    })),
  ),
];

/**
 * Whether `value` is within `limit`, or for a ratio budget within `limit` × `floor`. A floor of 0 (no long
 * tasks at all) allows only 0.
 */
export function isWithinBudget(
  comparison: Budget['comparison'],
  limit: number,
  value: number,
  floor?: number,
  atLeast = 0,
): boolean {
  const bound = floor === undefined ? limit : Math.max(limit * floor, atLeast);
  return comparison === 'max' ? value <= bound : value >= bound;
}

/** value ÷ floor, or null when the floor is missing or 0. */
export function getRatio(value: number | undefined, floor: number | undefined): number | null {
  if (value === undefined || floor === undefined || floor === 0) return null;
  return value / floor;
}

/** Judges one budget against a report. */
export function checkBudget(budget: Budget, report: BenchReport, options: CheckOptions = {}): BudgetResult {
  const isRatio = budget.readFloor !== undefined;
  const ran = report.parts.includes(budget.part);
  const value = ran ? budget.read(report) : undefined;
  const floor = ran ? budget.readFloor?.(report) : undefined;
  // A part that ran but could not give a figure (a Lighthouse category with no score, no floor) misses.
  const isMeasured = value !== undefined && (!isRatio || floor !== undefined);
  const pass = ran ? isMeasured && isWithinBudget(budget.comparison, budget.limit, value, floor, budget.atLeast) : null;
  const isEnforced = !(options.isSmoke === true && budget.isReportedOnlyInSmoke === true);
  return {
    id: budget.id,
    label: budget.label,
    unit: budget.unit,
    comparison: budget.comparison,
    limit: budget.limit,
    atLeast: budget.atLeast ?? null,
    isRatio,
    value: value ?? null,
    floor: floor ?? null,
    ratio: getRatio(value, floor),
    pass,
    isEnforced,
    verdict: pass === null ? 'skip' : pass ? 'pass' : isEnforced ? 'fail' : 'miss',
    reran: options.reran?.has(budget.id) ?? false,
  };
}

/** Checks every budget whose part ran. */
export function checkBudgets(report: BenchReport, options: CheckOptions = {}): BudgetResult[] {
  return BUDGETS.map((budget) => checkBudget(budget, report, options));
}

/** True when no enforced budget failed. */
export function isPassing(results: readonly BudgetResult[]): boolean {
  return results.every((r) => r.verdict !== 'fail');
}

export function getBudget(id: string): Budget | undefined {
  return BUDGETS.find((b) => b.id === id);
}

/** What a rerun measures again: a part, and for `generated` only the sizes that missed. */
export interface Rerun {
  part: BenchPart;
  /** The budgets that missed and are measured again. */
  ids: string[];
  /** For `generated`: the sizes to measure again (floor and app both). */
  events: number[];
}

/**
 * A phone timing this many times over its limit is not measured again: a phone load is the slowest figure to
 * take, and no second run on a loaded machine brings 3.5 s down to 1.2 s. Ratio and frame budgets are always
 * measured again, since a neighbour's build can triple one measurement of them.
 */
export const HOPELESS_FACTOR = 2;

/** True for a timing so far over its limit (more than HOPELESS_FACTOR times) that a second run cannot pass it. */
export function isHopeless(result: BudgetResult): boolean {
  if (result.value === null || result.comparison !== 'max') return false;
  const bound = result.isRatio ? (result.floor === null ? null : result.limit * result.floor) : result.limit;
  return bound !== null && bound > 0 && result.value > HOPELESS_FACTOR * bound;
}

/**
 * What to measure again: the parts owning a failed timing or score budget. A byte budget is measured exactly
 * and fails at once; a miss that is only reported, or a phone timing more than twice over its limit, is not
 * worth the time of a second measurement.
 */
export function getReruns(results: readonly BudgetResult[]): Rerun[] {
  const reruns: Rerun[] = [];
  for (const result of results) {
    const budget = getBudget(result.id);
    if (budget === undefined || result.verdict !== 'fail' || budget.kind === 'static') continue;
    if (budget.part === 'phone' && isHopeless(result)) continue;
    let rerun = reruns.find((r) => r.part === budget.part);
    if (rerun === undefined) {
      rerun = { part: budget.part, ids: [], events: [] };
      reruns.push(rerun);
    }
    rerun.ids.push(result.id);
    if (budget.events !== undefined && !rerun.events.includes(budget.events)) rerun.events.push(budget.events);
  }
  return reruns;
}
