/** The benchmark's report as plain-text tables for a terminal: every timing as a value and a ratio to the floor. */
import type { BenchReport, GeneratedPair } from './benchReport.ts';
import { getRatio, KB } from './budgets.ts';
import type { BudgetResult } from './budgets.ts';
import type { ByteTotals } from './measureBytes.ts';
import type { GeneratedResult } from './measureGenerated.ts';
import { PHONE } from './measurePhone.ts';
import type { PhoneResult } from './measurePhone.ts';
import { LIGHTHOUSE_CATEGORIES } from './runLighthouse.ts';

/** How many modules the report lists one by one (the JSON lists all). */
const LISTED_MODULES = 25;

/** Lays rows out in columns: the first left-aligned, the rest right-aligned. */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .map((line) => `  ${line}`)
    .join('\n');
}

const kb = (bytes: number) => (bytes / KB).toFixed(1);
const ms = (value: number | undefined) => (value === undefined ? '–' : value.toFixed(value >= 100 ? 0 : 1));
const count = (value: number) => value.toLocaleString('en-GB');

/** A ratio to the floor as printed: `1.42×`, or `–` when the floor's figure is 0 or missing. */
export function formatRatio(ratio: number | null): string {
  if (ratio === null) return '–';
  return `${ratio.toFixed(ratio < 0.1 ? 3 : 2)}×`;
}

function byteRow(label: string, totals: ByteTotals): string[] {
  return [label, String(totals.files), kb(totals.raw), kb(totals.gzip), kb(totals.brotli)];
}

function formatNumber(value: number, unit: BudgetResult['unit']): string {
  switch (unit) {
    case 'KB':
      return `${value.toFixed(1)} KB`;
    case 'ms':
      return `${ms(value)} ms`;
    case 'MB':
      return `${value.toFixed(1)} MB`;
    case 'modules':
      return `${value} modules`;
    case '':
      return value.toFixed(0);
  }
}

function formatLimit(result: BudgetResult): string {
  const sign = result.comparison === 'max' ? '≤' : '≥';
  if (!result.isRatio) return `${sign} ${formatNumber(result.limit, result.unit)}`;
  const least = result.atLeast === null ? '' : ` (at least ${formatNumber(result.atLeast, result.unit)})`;
  return `${sign} ${result.limit} × floor${least}`;
}

/** A budget's figure: the value, and for a ratio budget its ratio to the floor's figure. */
export function formatBudgetValue(result: BudgetResult): string {
  if (result.value === null) return 'not measured';
  const value = formatNumber(result.value, result.unit);
  if (!result.isRatio) return value;
  if (result.floor === null) return `${value}, no floor figure`;
  const floor = formatNumber(result.floor, result.unit);
  return result.ratio === null
    ? `${value}, floor ${floor}`
    : `${value} = ${formatRatio(result.ratio)} floor (${floor})`;
}

const VERDICTS: Record<BudgetResult['verdict'], string> = {
  pass: 'pass',
  fail: 'FAIL',
  miss: 'MISS',
  skip: 'SKIP',
};

/** One line per budget: verdict, what, figure (and ratio), limit, and whether it was measured twice. */
export function formatBudgets(
  results: readonly BudgetResult[],
  firstResults: ReadonlyMap<string, BudgetResult>,
): string {
  return formatTable(
    results.map((r) => {
      const first = firstResults.get(r.id);
      const note = r.reran ? `re-ran once (first: ${first === undefined ? '–' : formatBudgetValue(first)})` : '';
      return [`${VERDICTS[r.verdict]}  ${r.label}`, formatBudgetValue(r), formatLimit(r), note];
    }),
  );
}

function formatBytes(bytes: NonNullable<BenchReport['bytes']>): string {
  const pages = [
    ['home', bytes.home],
    ['event', bytes.event],
  ] as const;
  return (
    `First view (KB = 1000 bytes; gzip level 9, brotli quality 11, each file alone)\n` +
    formatTable([
      ['', 'files', 'raw KB', 'gzip KB', 'brotli KB'],
      ...pages.flatMap(([name, view]) => [
        byteRow(`${name} page (/${view.path}): JS as loaded`, view.network.js),
        byteRow(`${name} page: CSS as loaded`, view.network.css),
        byteRow(`${name} page: JS from its tags`, view.static.js),
      ]),
    ]) +
    pages.map(([name, view]) => `\n  ${name} page: ${view.network.requests} requests in all`).join('')
  );
}

function formatModules(modules: NonNullable<BenchReport['bytes']>['modules']): string {
  const inexact = modules.files.filter((f) => !f.isExactMatch).map((f) => f.path);
  const warning =
    inexact.length === 0
      ? ''
      : `\n  warning: the source-mapped build differs from dist/ for ${inexact.join(', ')} (sources changed since ` +
        'the build?): module sizes are of the current sources.';
  const forbidden =
    modules.forbidden.length === 0
      ? '\n  none of the studio (src/studio/), Zod, the harness or the floor page is in either first view'
      : modules.forbidden.map((f) => `\n  FORBIDDEN in ${f.file}: ${f.module} (${f.rule})`).join('');
  return (
    `First-view JavaScript by package or folder (gzip shared among modules by their code compressed alone)\n` +
    formatTable([
      ['group', 'modules', 'raw KB', 'gzip KB'],
      ...modules.groups.map((g) => [g.group, String(g.modules), kb(g.raw), kb(g.gzip)]),
    ]) +
    `\n\nThe ${LISTED_MODULES} largest first-view modules (all are in .cache/bench/latest.json)\n` +
    formatTable([
      ['module', 'pages', 'raw KB', 'gzip KB'],
      ...modules.modules.slice(0, LISTED_MODULES).map((m) => [m.module, m.pages.join('+'), kb(m.raw), kb(m.gzip)]),
    ]) +
    forbidden +
    warning
  );
}

function formatPage(page: NonNullable<BenchReport['page']>): string {
  const { app, floor } = page;
  const ratio = (value: number) => formatRatio(getRatio(value, floor.fcpMs));
  return (
    `Real home page, first visit, against the floor's first paint on ${floor.events} events; medians of ` +
    `${app.loads} loads each, in turn (ms since navigation start)\n` +
    formatTable([
      ['figure', 'ms', '÷ floor FCP'],
      ['floor page: first contentful paint', ms(floor.fcpMs), '1.00×'],
      ['home page: first contentful paint', ms(app.fcpMs), ratio(app.fcpMs)],
      ['home page: largest contentful paint', ms(app.lcpMs), ratio(app.lcpMs)],
      ['home page: chart interactive', ms(app.interactiveMs), ratio(app.interactiveMs)],
    ]) +
    `\n  the chart's svg holds ${count(app.svgElements)} elements`
  );
}

function generatedRows(pair: GeneratedPair): string[][] {
  const row = (label: string, read: (g: GeneratedResult) => number, format: (v: number) => string) => {
    const floor = read(pair.floor);
    const app = read(pair.app);
    return [`${count(pair.events)}: ${label}`, format(floor), format(app), formatRatio(getRatio(app, floor))];
  };
  return [
    row('first render, ms', (g) => g.renderMs, ms),
    row('frame median, zoom + pan, ms', (g) => g.frames.medianMs, ms),
    row('frame p95, zoom + pan, ms', (g) => g.frames.p95Ms, ms),
    row('frame max, zoom + pan, ms', (g) => g.frames.maxMs, ms),
    row('long tasks, zoom + pan, ms', (g) => g.longTasks.interaction.totalMs, ms),
    row('long tasks, render, ms', (g) => g.longTasks.render.totalMs, ms),
    row(
      'JS heap after render, MB',
      (g) => g.heapMB,
      (v) => v.toFixed(1),
    ),
    row('svg elements after render', (g) => g.svgElements.afterRender, count),
  ];
}

function formatGenerated(generated: readonly GeneratedPair[]): string {
  const loads = generated[0]?.app.loads ?? 0;
  return (
    `Generated timelines, the floor (harness/floor/) and the app (harness/) in turn on the same events: first ` +
    `render = median of ${loads} loads each; frames and long tasks while wheel-zooming and drag-panning\n` +
    formatTable([['events: figure', 'floor', 'app', 'app ÷ floor'], ...generated.flatMap(generatedRows)])
  );
}

function formatPhone(phone: NonNullable<BenchReport['phone']>): string {
  const { floor } = phone;
  const figures = (r: PhoneResult) =>
    [r.fcpMs, r.lcpMs, r.interactiveMs, r.pageInteractiveMs, r.tbtMs, r.longestTaskMs] as const;
  const pages = [
    ['home', phone.home],
    ['event', phone.event],
    ...(floor === undefined ? [] : ([['floor', floor]] as const)),
  ] as const;
  const floorFigures = floor === undefined ? undefined : figures(floor);
  const ratios =
    floorFigures === undefined
      ? []
      : (['home', 'event'] as const).map((name) => [
          `${name} ÷ floor`,
          ...figures(phone[name]).map((value, i) => formatRatio(getRatio(value, floorFigures[i]))),
        ]);
  return (
    `Phone profile: ${PHONE.width} × ${PHONE.height}, ${PHONE.cpuSlowdown}× CPU slowdown, ` +
    `${PHONE.downBitsPerS / 1e6} Mbit/s down, ${PHONE.rttMs} ms round trip, cold cache; medians of ` +
    `${phone.home.loads} loads (ms)` +
    (floor === undefined
      ? '\n'
      : `; the floor is the bare React + d3 page drawing the report's events, rendered in the browser\n`) +
    formatTable([
      ['page', 'FCP', 'LCP', 'chart interactive', 'page interactive', 'TBT', 'longest task'],
      ...pages.map(([name, r]) => [`${name} (/${r.path})`, ...figures(r).map(ms)]),
      ...ratios,
    ])
  );
}

function formatLighthouse(lighthouse: NonNullable<BenchReport['lighthouse']>): string {
  const pages = [
    ['home', lighthouse.home],
    ['event', lighthouse.event],
  ] as const;
  return (
    'Lighthouse 13, mobile preset (simulated throttling)\n' +
    formatTable([
      ['page', 'Performance', 'Accessibility', 'Best Practices', 'SEO', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS'],
      ...pages.map(([name, result]) => [
        name,
        ...LIGHTHOUSE_CATEGORIES.map((c) => String(result.scores[c] ?? '–')),
        ms(result.metrics.fcpMs),
        ms(result.metrics.lcpMs),
        ms(result.metrics.tbtMs),
        result.metrics.cls === undefined ? '–' : result.metrics.cls.toFixed(3),
      ]),
    ]) +
    pages
      .flatMap(([name, result]) =>
        LIGHTHOUSE_CATEGORIES.filter((c) => result.imperfect[c].length > 0).map(
          (c) => `\n  ${name} ${c} below 100 on: ${result.imperfect[c].join(', ')}`,
        ),
      )
      .join('')
  );
}

function formatSummary(report: BenchReport): string {
  const failed = report.budgets.filter((r) => r.verdict === 'fail').length;
  const missed = report.budgets.filter((r) => r.verdict === 'miss').length;
  if (failed > 0) return `${failed} BUDGETS FAILED${missed > 0 ? `, ${missed} more MISSED (reported only)` : ''}`;
  if (missed > 0) return `no enforced budget failed, but ${missed} MISSED (reported only in a smoke run)`;
  return 'all measured budgets pass';
}

export function formatReport(report: BenchReport, firstResults: ReadonlyMap<string, BudgetResult>): string {
  const sections: string[] = [];
  const { machine } = report;
  sections.push(
    `Benchmark ${report.date}${report.isSmoke ? ' (smoke run)' : ''} · ${machine.cpus} × ${machine.cpuModel}, ` +
      `${machine.memoryGB} GB · Node ${machine.node} · ${machine.chromium} (headless, software rendering) · ` +
      `${report.durationS} s`,
  );
  if (report.bytes !== undefined) sections.push(formatBytes(report.bytes), formatModules(report.bytes.modules));
  if (report.page !== undefined) sections.push(formatPage(report.page));
  if (report.generated !== undefined) sections.push(formatGenerated(report.generated));
  if (report.phone !== undefined) sections.push(formatPhone(report.phone));
  if (report.lighthouse !== undefined) sections.push(formatLighthouse(report.lighthouse));
  const rerunParts = [...new Set(report.reruns.map((r) => r.part))];
  const rerunNote =
    rerunParts.length === 0
      ? ''
      : `\n  (measured twice: ${rerunParts.join(', ')}; the tables above show the second measurement, each budget ` +
        'the figure it was judged on, and the JSON keeps the first)';
  sections.push(`Budgets: ${formatSummary(report)}${rerunNote}\n${formatBudgets(report.budgets, firstResults)}`);
  return sections.join('\n\n');
}
