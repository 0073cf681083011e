import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { expectNoHorizontalScroll } from './timelinePage.ts';
import { getMissingBrowserReason, launchBrowser, newContext, openPage } from './browser.ts';
import {
  compositeOver,
  flattenPaints,
  formatHex,
  getContrastRatio,
  parseCssColour,
  toRgba,
  type Paint,
} from './contrast.ts';

/** Every WCAG 2.0–2.2 A and AA rule axe has, and its best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** WCAG 1.4.3: text. */
const MIN_TEXT_CONTRAST = 4.5;
/** WCAG 1.4.11: marks, grid lines and focus indicators. */
const MIN_GRAPHIC_CONTRAST = 3;
/** WCAG 2.4.13 asks for a focus indicator at least 2 CSS px thick. */
const MIN_FOCUS_RING_WIDTH = 2;
/** The event whose details are opened: the attack's one exactly timed moment. */
const OPENED_EVENT = /^Gunmen burst into the Holey Artisan Bakery/;
/** WCAG 1.4.12's text-spacing test, as a stylesheet a reader's extension would add. */
const TEXT_SPACING_CSS = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

const missingBrowser = getMissingBrowserReason();

/** Opens the app in a new context laid over the test defaults and waits until the chart is drawn and still. */
async function openApp(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, options);
  const { page, settle } = await openPage(context, inject('baseUrl'));
  await page.locator('.timeline-svg [role="option"]').first().waitFor();
  await settle();
  await waitForStillChart(page);
  return { context, page };
}

/** Waits until the chart has stopped moving: two reads of every mark's position, a few frames apart, agree. */
async function waitForStillChart(page: Page): Promise<void> {
  const read = () =>
    page.evaluate(async () => {
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))));
      return [...document.querySelectorAll('.timeline-svg .event-mark-ring, .time-axis-label')]
        .map((node) => `${node.getAttribute('x')},${node.getAttribute('width')}`)
        .join(' ');
    });
  let previous = await read();
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const current = await read();
    if (current === previous) return;
    previous = current;
  }
  throw new Error('The chart never stopped moving.');
}

/**
 * Runs axe over the whole page. One line per rule broken and per thing wrong: the rule, its impact, what is
 * wrong, and the elements (axe's targets) it is wrong for.
 */
async function findAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.flatMap((violation) => {
    const targetsBySummary = new Map<string, string[]>();
    for (const node of violation.nodes) {
      const summary = (node.failureSummary ?? violation.help).replace(/\s+/g, ' ').trim();
      targetsBySummary.set(summary, [...(targetsBySummary.get(summary) ?? []), node.target.join(' >> ')]);
    }
    return [...targetsBySummary].map(
      ([summary, targets]) =>
        `${violation.id} [${violation.impact ?? 'no impact'}] ${summary} ` +
        `on ${targets.length} element(s): ${targets.join(', ')} (${violation.helpUrl})`,
    );
  });
}

/** An SVG element's colour and what lies under it, as the page paints them. */
interface PaintedElement {
  /** What kind of element, selector-like: tag and classes, and whether it is a major tick's. */
  kind: string;
  /** Which one: its text, the tick it marks, or the event mark it belongs to. */
  where: string;
  /** The fill (text) or stroke (lines, shapes) being measured. */
  paint: Paint;
  /** Computed stroke width, px. */
  strokeWidth: number;
  /** For each distinct spot sampled under the element, its coats of paint from the page root up, bottom first. */
  backgrounds: Paint[][];
}

/**
 * Reads the paint of every element of the chart that matches `selector`. Under each element it samples points
 * along its long side and, for each, stacks the page's background colours, then every rect of the chart drawn
 * before the element whose box covers the point (the plot and lane backgrounds, a selected mark's ring, a label's
 * backing), then a text's own halo (a stroke painted under its fill).
 */
async function readChartPaint(page: Page, selector: string, property: 'fill' | 'stroke'): Promise<PaintedElement[]> {
  return page.locator('svg.timeline-svg').evaluate(
    (svg, { selector, property }) => {
      const ancestors: Element[] = [];
      for (let node = svg.parentElement; node !== null; node = node.parentElement) ancestors.unshift(node);
      const pageBackground = ancestors.map((node) => ({ colour: getComputedStyle(node).backgroundColor, opacity: 1 }));
      const getOpacity = (node: Element) => {
        let opacity = 1;
        for (let n: Element | null = node; n !== null && n !== svg.parentElement; n = n.parentElement) {
          opacity *= Number(getComputedStyle(n).opacity);
        }
        return opacity;
      };
      // A line or path of a mark's whiskers or window has no class of its own: name it by its group's.
      const nameOf = (node: Element): string =>
        node.classList.length > 0
          ? `${node.tagName}.${[...node.classList].join('.')}`
          : `${node.parentElement === null ? '' : `${nameOf(node.parentElement)} `}${node.tagName}`;
      const isSolid = (colour: string) => colour !== 'none' && !colour.startsWith('url(');
      const rects = [...svg.querySelectorAll('rect')].filter((rect) => rect.closest('defs') === null);

      return [...svg.querySelectorAll(selector)].flatMap((target) => {
        const style = getComputedStyle(target);
        const colour = style[property];
        const box = target.getBoundingClientRect();
        if (!isSolid(colour) || (box.width === 0 && box.height === 0)) return [];
        const paintOpacity = Number(property === 'fill' ? style.fillOpacity : style.strokeOpacity);

        const isWide = box.width >= box.height;
        const length = isWide ? box.width : box.height;
        const points: [number, number][] = [];
        for (let along = 0; along <= length; along += 6) {
          points.push(
            isWide ? [box.left + along, box.top + box.height / 2] : [box.left + box.width / 2, box.top + along],
          );
        }
        const halo =
          target instanceof SVGTextElement &&
          style.paintOrder.startsWith('stroke') &&
          isSolid(style.stroke) &&
          Number.parseFloat(style.strokeWidth) > 0
            ? [{ colour: style.stroke, opacity: Number(style.strokeOpacity) * getOpacity(target) }]
            : [];
        const seen = new Map<string, { colour: string; opacity: number }[]>();
        for (const [x, y] of points) {
          const under = rects
            .filter(
              (rect) => rect !== target && rect.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING,
            )
            .filter((rect) => {
              const r = rect.getBoundingClientRect();
              return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom && isSolid(getComputedStyle(rect).fill);
            })
            .map((rect) => ({
              colour: getComputedStyle(rect).fill,
              opacity: Number(getComputedStyle(rect).fillOpacity) * getOpacity(rect),
            }));
          const layers = [...pageBackground, ...under, ...halo];
          seen.set(JSON.stringify(layers), layers);
        }

        const mark = target.closest('.event-mark');
        const tick = target.closest('.time-axis-tick');
        const major = tick?.classList.contains('is-major') === true ? ' (major tick)' : '';
        const where =
          mark !== null
            ? `#${mark.id}`
            : tick !== null
              ? `tick "${tick.querySelector('text')?.textContent ?? ''}"`
              : `"${target.textContent}"`;
        return [
          {
            kind: `${nameOf(target)}${major}`,
            where,
            paint: { colour, opacity: paintOpacity * getOpacity(target) },
            strokeWidth: Number.parseFloat(style.strokeWidth),
            backgrounds: [...seen.values()],
          },
        ];
      });
    },
    { selector, property },
  );
}

/** One measured pairing of an element's colour with what is under it. */
interface Measurement {
  kind: string;
  where: string;
  ratio: number;
  foreground: string;
  background: string;
}

/** Each element's worst contrast against any background sampled under it. */
function measureContrast(elements: readonly PaintedElement[]): Measurement[] {
  return elements.map((element) => {
    const measurements = element.backgrounds.map((layers) => {
      const background = flattenPaints(layers);
      const foreground = compositeOver(toRgba(element.paint), background);
      return {
        kind: element.kind,
        where: element.where,
        ratio: getContrastRatio(foreground, background),
        foreground: formatHex(foreground),
        background: formatHex(background),
      };
    });
    return measurements.reduce((worst, m) => (m.ratio < worst.ratio ? m : worst));
  });
}

/**
 * The measurements below `minimum`, one line per kind of element and colour pair, with how many elements share
 * it and a few of them, so a failure reads as a short list of fixes.
 */
function describeLowContrast(measurements: readonly Measurement[], minimum: number): string[] {
  const groups = new Map<string, Measurement[]>();
  for (const m of measurements.filter((m) => m.ratio < minimum)) {
    const key = `${m.kind}: ${m.ratio.toFixed(2)}:1, ${m.foreground} on ${m.background} (needs ${minimum}:1)`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return [...groups].map(([key, group]) => {
    const examples = group.slice(0, 3).map((m) => m.where);
    return `${key}; ${group.length} element(s), e.g. ${examples.join(' | ')}`;
  });
}

/** Tabs from the top of the page until a mark of the chart has keyboard focus. */
async function tabIntoChart(page: Page): Promise<void> {
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.closest('.timeline-svg [role="option"]') != null)) return;
  }
  throw new Error('Forty presses of Tab never reached the chart.');
}

test('the contrast maths agrees with WCAG on known pairs', () => {
  const white = parseCssColour('rgb(255, 255, 255)');
  expect(getContrastRatio(parseCssColour('rgb(0, 0, 0)'), white)).toBeCloseTo(21, 5);
  expect(getContrastRatio(parseCssColour('rgb(119, 119, 119)'), white)).toBeCloseTo(4.48, 2);
  expect(getContrastRatio(parseCssColour('color(srgb 0.4627 0.4627 0.4627)'), white)).toBeCloseTo(4.54, 2);
  expect(parseCssColour('color(srgb 1 0 0.5 / 0.14)')).toEqual({ r: 255, g: 0, b: 127.5, a: 0.14 });
  expect(parseCssColour('rgba(0, 0, 0, 0)').a).toBe(0);
  expect(flattenPaints([{ colour: 'rgb(0, 0, 0)', opacity: 0.5 }]).r).toBeCloseTo(127.5, 5);
});

describe.skipIf(missingBrowser !== undefined)('accessibility of the production build', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  /** Runs `check` on a fresh context opened with `options`, and closes it whatever happens. */
  async function withApp(options: BrowserContextOptions, check: (page: Page) => Promise<void>): Promise<void> {
    const { context, page } = await openApp(browser, options);
    try {
      await check(page);
    } finally {
      await context.close();
    }
  }

  // axe takes ten seconds or more a page on a busy two-core machine.
  describe('axe finds no violation', { timeout: 120_000 }, () => {
    test('on first load, 1280 × 800', async () => {
      await withApp({}, async (page) => {
        expect(await findAxeViolations(page)).toEqual([]);
      });
    });

    test('with an event’s details open', async () => {
      await withApp({}, async (page) => {
        await page.getByRole('option', { name: OPENED_EVENT }).click();
        await page.locator('section.event-panel').waitFor();
        await waitForStillChart(page);
        expect(await findAxeViolations(page)).toEqual([]);
      });
    });

    test('in dark mode', async () => {
      await withApp({ colorScheme: 'dark' }, async (page) => {
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
        expect(await findAxeViolations(page)).toEqual([]);
      });
    });

    test('at 320 px wide', async () => {
      await withApp({ viewport: { width: 320, height: 640 } }, async (page) => {
        expect(await findAxeViolations(page)).toEqual([]);
      });
    });

    test('in forced colours', async () => {
      await withApp({ forcedColors: 'active' }, async (page) => {
        expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
        expect(await findAxeViolations(page)).toEqual([]);
      });
    });

    test('with the legend and the keyboard help open', async () => {
      await withApp({}, async (page) => {
        for (const name of ['How to read the chart', 'Keyboard shortcuts']) {
          const summary = page.locator('details > summary', { hasText: name });
          await summary.click();
          await expect
            .poll(() => summary.evaluate((node) => (node.parentElement as HTMLDetailsElement).open))
            .toBe(true);
        }
        expect(await findAxeViolations(page)).toEqual([]);
      });
    });
  });

  describe.each([
    { theme: 'light', colorScheme: 'light' },
    { theme: 'dark', colorScheme: 'dark' },
  ] as const)('the chart’s own contrast in the $theme theme', ({ colorScheme }) => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      ({ context, page } = await openApp(browser, { colorScheme }));
      const isDark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
      expect(isDark).toBe(colorScheme === 'dark');
    });

    afterAll(async () => {
      await context.close();
    });

    test('axis, lane and mark labels reach 4.5:1 against the plot and lane backgrounds', async () => {
      const texts = await readChartPaint(
        page,
        'text.time-axis-label, text.timeline-lane-label, text.event-mark-label',
        'fill',
      );
      expect(texts.filter((t) => t.kind.includes('time-axis-label')).length).toBeGreaterThan(0);
      expect(texts.filter((t) => t.kind.includes('timeline-lane-label')).length).toBeGreaterThan(0);
      expect(texts.filter((t) => t.kind.includes('event-mark-label')).length).toBeGreaterThan(0);
      expect(describeLowContrast(measureContrast(texts), MIN_TEXT_CONTRAST)).toEqual([]);
    });

    test('marks reach 3:1 against the plot and lane backgrounds', async () => {
      const marks = await readChartPaint(
        page,
        '.event-mark-shape, .event-mark-band, .event-mark-whiskers line, .event-mark-window line, .event-mark-window path',
        'stroke',
      );
      expect(marks.filter((m) => m.kind.includes('event-mark-shape')).length).toBeGreaterThan(0);
      expect(describeLowContrast(measureContrast(marks), MIN_GRAPHIC_CONTRAST)).toEqual([]);
    });

    test('axis grid lines reach 3:1 against the plot and lane backgrounds', async () => {
      const lines = await readChartPaint(page, 'line.time-axis-grid', 'stroke');
      expect(lines.length).toBeGreaterThan(0);
      expect(describeLowContrast(measureContrast(lines), MIN_GRAPHIC_CONTRAST)).toEqual([]);
    });

    test('a mark focused by keyboard shows a ring at least 2 px wide with 3:1 against the lane', async () => {
      await tabIntoChart(page);
      const rings = await readChartPaint(page, '.event-mark:focus-visible .event-mark-ring', 'stroke');
      expect(rings).toHaveLength(1);
      const [ring] = rings as [PaintedElement];
      expect(ring.strokeWidth).toBeGreaterThanOrEqual(MIN_FOCUS_RING_WIDTH);
      expect(describeLowContrast(measureContrast(rings), MIN_GRAPHIC_CONTRAST)).toEqual([]);
    });

    test('a selected mark keeps its label at 4.5:1 and its shape and ring at 3:1', async () => {
      await page.getByRole('option', { name: OPENED_EVENT }).click();
      await page.locator('section.event-panel').waitFor();
      await waitForStillChart(page);
      const label = await readChartPaint(page, '.event-mark.is-selected text.event-mark-label', 'fill');
      const graphics = await readChartPaint(
        page,
        '.event-mark.is-selected :is(.event-mark-shape, .event-mark-band, .event-mark-ring)',
        'stroke',
      );
      expect(label).toHaveLength(1);
      expect(graphics.length).toBeGreaterThanOrEqual(2);
      expect([
        ...describeLowContrast(measureContrast(label), MIN_TEXT_CONTRAST),
        ...describeLowContrast(measureContrast(graphics), MIN_GRAPHIC_CONTRAST),
      ]).toEqual([]);
    });
  });

  describe('reflow: the page never scrolls sideways', () => {
    test('at 320 px wide, with and without an event’s details open', async () => {
      await withApp({ viewport: { width: 320, height: 640 } }, async (page) => {
        await expectNoHorizontalScroll(page);
        await page.getByRole('option', { name: OPENED_EVENT }).click();
        await page.locator('section.event-panel').waitFor();
        await waitForStillChart(page);
        await expectNoHorizontalScroll(page);
      });
    });

    test('at 200 % text size with WCAG 1.4.12 text spacing', async () => {
      await withApp({}, async (page) => {
        // A constructed stylesheet is CSSOM, which the page's style-src policy allows; a <style> tag it would block.
        await page.evaluate((css) => {
          document.documentElement.style.fontSize = '200%';
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(css);
          document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        }, TEXT_SPACING_CSS);
        await waitForStillChart(page);
        await expectNoHorizontalScroll(page);
      });
    });
  });
});
