/**
 * The performance budgets `npm run bench` enforces. A byte budget fails at once; a missed timing or score
 * budget is measured again once before it fails, since a loaded machine can slow one run.
 */
import type { BenchReport } from './benchReport.ts';
import { LIGHTHOUSE_CATEGORIES } from './runLighthouse.ts';
import type { LighthouseCategory } from './runLighthouse.ts';

/** One kilobyte, as the budgets count it: 1024 bytes. */
export const KB = 1024;

/** The part of the benchmark that measures a budget's figure, which is what a rerun repeats. */
export type BenchPart = 'bytes' | 'page' | 'generated' | 'lighthouse';

export interface Budget {
  id: string;
  label: string;
  part: BenchPart;
  /** `bytes` budgets are not measured again; `timing` and `score` budgets are, once. */
  kind: 'bytes' | 'timing' | 'score';
  unit: 'KB' | 'ms' | '';
  /** `max`: value ≤ limit; `below`: value < limit; `min`: value ≥ limit. */
  comparison: 'max' | 'below' | 'min';
  limit: number;
  read: (report: BenchReport) => number | undefined;
}

export interface BudgetResult {
  id: string;
  label: string;
  unit: Budget['unit'];
  comparison: Budget['comparison'];
  limit: number;
  /** The measured figure, or null when its part did not run. */
  value: number | null;
  /** Whether the figure is within budget; null when it was not measured. */
  pass: boolean | null;
  /** True when the budget was missed once and this is the second measurement. */
  reran: boolean;
}

/** The timeline size the scaling budgets apply to. */
export const BUDGET_EVENTS = 10_000;

const CATEGORY_LABELS: Record<LighthouseCategory, string> = {
  performance: 'Performance',
  accessibility: 'Accessibility',
  'best-practices': 'Best Practices',
  seo: 'SEO',
};

function readGenerated(report: BenchReport) {
  return report.generated?.find((g) => g.events === BUDGET_EVENTS);
}

export const BUDGETS: readonly Budget[] = [
  {
    id: 'js-gzip',
    label: 'first view JS, gzip',
    part: 'bytes',
    kind: 'bytes',
    unit: 'KB',
    comparison: 'max',
    limit: 110,
    read: (r) => (r.bytes === undefined ? undefined : r.bytes.network.js.gzip / KB),
  },
  {
    id: 'css-gzip',
    label: 'first view CSS, gzip',
    part: 'bytes',
    kind: 'bytes',
    unit: 'KB',
    comparison: 'max',
    limit: 12,
    read: (r) => (r.bytes === undefined ? undefined : r.bytes.network.css.gzip / KB),
  },
  {
    id: 'render-10k',
    label: '10,000 events: first render',
    part: 'generated',
    kind: 'timing',
    unit: 'ms',
    comparison: 'below',
    limit: 500,
    read: (r) => readGenerated(r)?.renderMs,
  },
  {
    id: 'frame-p95-10k',
    label: '10,000 events: p95 frame, zoom/pan',
    part: 'generated',
    kind: 'timing',
    unit: 'ms',
    comparison: 'max',
    limit: 16.7,
    read: (r) => readGenerated(r)?.frames.p95Ms,
  },
  ...(['home', 'event'] as const).flatMap((page) =>
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

function isWithin(budget: Budget, value: number): boolean {
  switch (budget.comparison) {
    case 'max':
      return value <= budget.limit;
    case 'below':
      return value < budget.limit;
    case 'min':
      return value >= budget.limit;
  }
}

/** Checks every budget whose part ran; `reran` names the budgets measured a second time. */
export function checkBudgets(report: BenchReport, reran: ReadonlySet<string> = new Set()): BudgetResult[] {
  return BUDGETS.map((budget) => {
    const value = budget.read(report);
    const ran = report.parts.includes(budget.part);
    const measured = ran && value !== undefined;
    return {
      id: budget.id,
      label: budget.label,
      unit: budget.unit,
      comparison: budget.comparison,
      limit: budget.limit,
      value: measured ? value : null,
      // A part that ran but could not give the figure (a Lighthouse category with no score) misses its budget.
      pass: ran ? value !== undefined && isWithin(budget, value) : null,
      reran: reran.has(budget.id),
    };
  });
}

/** The parts to measure again: those owning a missed budget that is not a byte budget. */
export function getPartsToRerun(results: readonly BudgetResult[]): BenchPart[] {
  const parts = new Set<BenchPart>();
  for (const result of results) {
    const budget = BUDGETS.find((b) => b.id === result.id);
    if (budget !== undefined && result.pass === false && budget.kind !== 'bytes') parts.add(budget.part);
  }
  return [...parts];
}

export function getBudget(id: string): Budget | undefined {
  return BUDGETS.find((b) => b.id === id);
}
