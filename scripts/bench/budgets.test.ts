// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { BenchReport, GeneratedPair } from './benchReport.ts';
import {
  checkBudget,
  checkBudgets,
  getBudget,
  getRatio,
  getReruns,
  isHopeless,
  isPassing,
  isWithinBudget,
} from './budgets.ts';
import type { Budget } from './budgets.ts';
import type { GeneratedResult } from './measureGenerated.ts';
import type { PhoneResult } from './measurePhone.ts';

function generated(events: number, renderMs: number, p95Ms: number, longTaskMs: number, heapMB: number) {
  const result: GeneratedResult = {
    events,
    loads: 1,
    renderMs,
    frames: { count: 100, medianMs: 16.7, p95Ms, maxMs: p95Ms },
    longTasks: { render: { count: 0, totalMs: 0 }, interaction: { count: 1, totalMs: longTaskMs } },
    interaction: { wheels: 10, drags: 10, durationMs: 3000 },
    heapMB,
    svgElements: { afterRender: 70, afterInteraction: 70 },
    samples: { renderMs: [renderMs], heapMB: [heapMB] },
  };
  return result;
}

function phone(interactiveMs: number): PhoneResult {
  return {
    path: '',
    loads: 1,
    fcpMs: 500,
    lcpMs: 500,
    interactiveMs,
    pageInteractiveMs: interactiveMs,
    tbtMs: 100,
    longestTaskMs: 100,
    samples: [],
  };
}

function makeReport(pairs: GeneratedPair[], extra: Partial<BenchReport> = {}): BenchReport {
  return {
    date: '2026-12-03T00:00:00.000Z',
    machine: { cpus: 2, cpuModel: 'test', memoryGB: 1, node: 'v24', chromium: 'Chromium' },
    parts: ['generated', 'phone'],
    isSmoke: false,
    generated: pairs,
    reruns: [],
    budgets: [],
    pass: false,
    durationS: 0,
    ...extra,
  };
}

const budget = (id: string): Budget => {
  const found = getBudget(id);
  if (found === undefined) throw new Error(`no budget ${id}`);
  return found;
};

describe('isWithinBudget', () => {
  it('holds a ratio budget to a multiple of the floor', () => {
    expect(isWithinBudget('max', 1, 600, 615)).toBe(true);
    expect(isWithinBudget('max', 1, 876, 615)).toBe(false);
    expect(isWithinBudget('max', 0.3, 16.7, 100)).toBe(true);
  });

  it('allows at least one frame where 0.3 × the floor would be shorter than a display shows', () => {
    expect(isWithinBudget('max', 0.3, 16.7, 50)).toBe(false);
    expect(isWithinBudget('max', 0.3, 16.7, 50, 16.7)).toBe(true);
    expect(isWithinBudget('max', 0.3, 33.3, 50, 16.7)).toBe(false);
    expect(budget('frame-p95-ratio-10000').atLeast).toBe(16.7);
  });

  it('allows nothing over a floor of 0', () => {
    expect(isWithinBudget('max', 0.1, 0, 0)).toBe(true);
    expect(isWithinBudget('max', 0.1, 1, 0)).toBe(false);
  });

  it('holds an absolute budget to its limit', () => {
    expect(isWithinBudget('max', 16.7, 16.7)).toBe(true);
    expect(isWithinBudget('min', 98, 97)).toBe(false);
  });
});

describe('getRatio', () => {
  it('is value over floor, and null without a floor to divide by', () => {
    expect(getRatio(876, 600)).toBeCloseTo(1.46);
    expect(getRatio(5, 0)).toBeNull();
    expect(getRatio(5, undefined)).toBeNull();
  });
});

describe('checkBudget', () => {
  const pair: GeneratedPair = {
    events: 10_000,
    floor: generated(10_000, 615, 100, 6200, 8.1),
    app: generated(10_000, 876, 16.7, 0, 14.7),
  };
  const report = makeReport([pair], { phone: { home: phone(2000), event: phone(900) } });

  it('judges the first render at 10,000 events against the floor measured in the same run', () => {
    const result = checkBudget(budget('render-10000'), report);
    expect(result).toMatchObject({ value: 876, floor: 615, isRatio: true, pass: false, verdict: 'fail' });
    expect(result.ratio).toBeCloseTo(1.424, 3);
  });

  it('passes the frame, long-task and heap ratios of the issue’s table', () => {
    for (const id of ['frame-p95-ratio-10000', 'frame-p95-10000', 'long-tasks-10000', 'heap-10000']) {
      expect(checkBudget(budget(id), report).verdict).toBe('pass');
    }
  });

  it('misses a budget whose part ran without its figure, and skips one whose part did not run', () => {
    expect(checkBudget(budget('render-1000'), report)).toMatchObject({ value: null, pass: false, verdict: 'fail' });
    const withoutGenerated = makeReport([], { parts: ['phone'] });
    expect(checkBudget(budget('render-1000'), withoutGenerated).verdict).toBe('skip');
  });

  it('reports a phone miss in a smoke run without failing on it', () => {
    expect(checkBudget(budget('phone-interactive-home'), report).verdict).toBe('fail');
    const smoke = checkBudget(budget('phone-interactive-home'), report, { isSmoke: true });
    expect(smoke).toMatchObject({ pass: false, isEnforced: false, verdict: 'miss' });
    expect(isPassing([smoke])).toBe(true);
  });

  it('keeps ratio misses failing in a smoke run', () => {
    expect(checkBudget(budget('render-10000'), report, { isSmoke: true }).verdict).toBe('fail');
  });
});

describe('getReruns', () => {
  it('measures again only the sizes and parts with failed timing budgets', () => {
    const report = makeReport(
      [
        { events: 1_000, floor: generated(1_000, 300, 16.7, 0, 3), app: generated(1_000, 250, 16.7, 0, 4) },
        { events: 10_000, floor: generated(10_000, 600, 100, 6000, 8), app: generated(10_000, 900, 16.7, 0, 14) },
      ],
      { phone: { home: phone(900), event: phone(900) } },
    );
    expect(getReruns(checkBudgets(report))).toEqual([{ part: 'generated', ids: ['render-10000'], events: [10_000] }]);
  });

  it('does not measure again a miss that is only reported', () => {
    const report = makeReport([], { parts: ['phone'], phone: { home: phone(2000), event: phone(900) } });
    expect(getReruns(checkBudgets(report, { isSmoke: true }))).toEqual([]);
    expect(getReruns(checkBudgets(report)).map((r) => r.part)).toEqual(['phone']);
  });

  it('does not measure again a phone timing more than twice over its limit, but does a ratio', () => {
    const report = makeReport(
      [{ events: 1_000, floor: generated(1_000, 200, 16.7, 0, 3), app: generated(1_000, 500, 16.7, 0, 4) }],
      { phone: { home: phone(2500), event: phone(900) } },
    );
    const results = checkBudgets(report);
    const render = results.find((r) => r.id === 'render-1000');
    expect(render?.verdict).toBe('fail');
    expect(render !== undefined && isHopeless(render)).toBe(true);
    expect(getReruns(results).flatMap((r) => r.ids)).toContain('render-1000');
    expect(getReruns(results).flatMap((r) => r.ids)).not.toContain('phone-interactive-home');
  });
});
