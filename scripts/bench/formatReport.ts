/** The benchmark's report as plain-text tables for a terminal. */
import type { BenchReport } from './benchReport.ts';
import { KB } from './budgets.ts';
import type { BudgetResult } from './budgets.ts';
import type { ByteTotals } from './measureBytes.ts';
import { LIGHTHOUSE_CATEGORIES } from './runLighthouse.ts';

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

function byteRow(label: string, totals: ByteTotals): string[] {
  return [label, String(totals.files), kb(totals.raw), kb(totals.gzip), kb(totals.brotli)];
}

function formatLimit(result: BudgetResult): string {
  const sign = { max: '≤', below: '<', min: '≥' }[result.comparison];
  return `${sign} ${result.limit}${result.unit === '' ? '' : ` ${result.unit}`}`;
}

function formatValue(result: BudgetResult): string {
  if (result.value === null) return 'not measured';
  const digits = result.unit === 'KB' || result.unit === 'ms' ? 1 : 0;
  return `${result.value.toFixed(digits)}${result.unit === '' ? '' : ` ${result.unit}`}`;
}

/** One line per budget: verdict, what, figure, limit, and whether it was measured twice. */
export function formatBudgets(results: readonly BudgetResult[], firstValues: ReadonlyMap<string, number>): string {
  return formatTable(
    results.map((r) => {
      const verdict = r.pass === null ? 'SKIP' : r.pass ? 'pass' : 'FAIL';
      const first = firstValues.get(r.id);
      const note = r.reran ? `re-ran once (first run: ${first === undefined ? '–' : first.toFixed(1)})` : '';
      return [`${verdict}  ${r.label}`, formatValue(r), formatLimit(r), note];
    }),
  );
}

export function formatReport(report: BenchReport, firstValues: ReadonlyMap<string, number>): string {
  const sections: string[] = [];
  const { machine } = report;
  sections.push(
    `Benchmark ${report.date} · ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGB} GB · Node ${machine.node} · ` +
      `${machine.chromium} (headless, software rendering) · ${report.durationS} s`,
  );
  if (report.bytes !== undefined) {
    const { network, static: fromHtml } = report.bytes;
    sections.push(
      `First view of the home page (KB = 1024 bytes; gzip level 9, brotli quality 11, each file alone)\n` +
        formatTable([
          ['', 'files', 'raw KB', 'gzip KB', 'brotli KB'],
          byteRow('JS, as loaded', network.js),
          byteRow('CSS, as loaded', network.css),
          byteRow('JS, from index.html tags', fromHtml.js),
          byteRow('CSS, from index.html tags', fromHtml.css),
        ]) +
        `\n  ${network.requests} requests in all`,
    );
  }
  if (report.page !== undefined) {
    const p = report.page;
    sections.push(
      `Real timeline, first visit, median of ${p.loads} loads (ms since navigation start)\n` +
        formatTable([
          ['FCP', 'LCP', 'timeline-interactive', 'chart svg elements'],
          [ms(p.fcpMs), ms(p.lcpMs), ms(p.interactiveMs), count(p.svgElements)],
        ]),
    );
  }
  if (report.generated !== undefined) {
    sections.push(
      'Generated timelines (harness): render = median of loads; frames and long tasks while zooming and panning\n' +
        formatTable([
          [
            'events',
            'render ms',
            'frame med',
            'frame p95',
            'frame max',
            'frames',
            'long tasks render',
            'long tasks zoom/pan',
            'heap MB',
            'svg elements',
          ],
          ...report.generated.map((g) => [
            count(g.events),
            ms(g.renderMs),
            ms(g.frames.medianMs),
            ms(g.frames.p95Ms),
            ms(g.frames.maxMs),
            String(g.frames.count),
            `${g.longTasks.render.count} / ${ms(g.longTasks.render.totalMs)} ms`,
            `${g.longTasks.interaction.count} / ${ms(g.longTasks.interaction.totalMs)} ms`,
            g.heapMB.toFixed(1),
            `${count(g.svgElements.afterRender)} → ${count(g.svgElements.afterInteraction)}`,
          ]),
        ]),
    );
  }
  if (report.lighthouse !== undefined) {
    const pages = [
      ['home', report.lighthouse.home],
      ['event', report.lighthouse.event],
    ] as const;
    sections.push(
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
          .join(''),
    );
  }
  sections.push(
    `Budgets: ${report.pass ? 'all measured budgets pass' : 'SOME BUDGETS ARE MISSED'}\n` +
      formatBudgets(report.budgets, firstValues),
  );
  return sections.join('\n\n');
}
