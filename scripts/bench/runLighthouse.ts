/**
 * Lighthouse 13 with its default config (the mobile preset: a mid-range phone, simulated slow 4G and CPU
 * throttling) in Debian's Chromium, launched by chrome-launcher (Lighthouse's own launcher) with the browser
 * tests' flags. One fresh browser per page.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, getChromiumPath } from '../../tests/browser.ts';

/** The categories scored, by Lighthouse's ids. */
export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];

export interface LighthouseResult {
  url: string;
  /** Scores 0–100 by category; `null` when Lighthouse could not score one. */
  scores: Record<LighthouseCategory, number | null>;
  /** Lab metrics from the performance category, ms (CLS unitless). */
  metrics: { fcpMs: number | undefined; lcpMs: number | undefined; tbtMs: number | undefined; cls: number | undefined };
  /** Scored audits that did not get full marks, by category: what to look at when a score drops. */
  imperfect: Record<LighthouseCategory, string[]>;
  /** Lighthouse's own warnings and a runtime error, if any. */
  warnings: string[];
}

export async function runLighthouse(url: string): Promise<LighthouseResult> {
  const chrome = await launch({ chromePath: getChromiumPath(), chromeFlags: [...CHROMIUM_ARGS], logLevel: 'silent' });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: [...LIGHTHOUSE_CATEGORIES],
    });
    if (result === undefined) throw new Error(`Lighthouse returned no result for ${url}`);
    const { lhr } = result;
    const scores = {} as Record<LighthouseCategory, number | null>;
    const imperfect = {} as Record<LighthouseCategory, string[]>;
    for (const id of LIGHTHOUSE_CATEGORIES) {
      const category = lhr.categories[id];
      const score = category?.score ?? null;
      scores[id] = score === null ? null : Math.round(score * 100);
      imperfect[id] = (category?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id])
        .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
        .map((audit) => `${audit?.id ?? '?'} (${Math.round((audit?.score ?? 0) * 100)})`);
    }
    const metric = (id: string) => lhr.audits[id]?.numericValue;
    const warnings = [...lhr.runWarnings];
    if (lhr.runtimeError !== undefined) warnings.push(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    return {
      url,
      scores,
      metrics: {
        fcpMs: metric('first-contentful-paint'),
        lcpMs: metric('largest-contentful-paint'),
        tbtMs: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
      },
      imperfect,
      warnings,
    };
  } finally {
    chrome.kill();
  }
}
