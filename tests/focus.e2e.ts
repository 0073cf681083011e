import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { getMissingBrowserReason, type RecordedPage } from './browser.ts';
import { compositeOver, flattenPaints, formatHex, getContrastRatio, toRgba, type Paint } from './contrast.ts';
import { expectNoProblems, openTimeline, useChromium } from './timelinePage.ts';

/** WCAG 2.4.13 asks for a focus indicator at least 2 CSS px thick. */
const MIN_RING_WIDTH = 2;
/** WCAG 1.4.11: a focus indicator reaches 3:1 against what is next to it. */
const MIN_RING_CONTRAST = 3;
/** Half as many again as the page's Tab stops (about 250 with every section shown): reaching it means a trap. */
const MAX_STOPS = 400;
/** A small phone held upright, where the details are a bottom sheet over the page. */
const PHONE: BrowserContextOptions = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

const missingBrowser = getMissingBrowserReason();

/** What a sampled point of the focused element shows on top. */
interface PointHit {
  /** Where the point lies, e.g. `centre` or `top left`. */
  where: string;
  /** Viewport coordinates, CSS px. */
  x: number;
  y: number;
  /** The topmost element there, described, when it is neither the focused element nor inside it; else null. */
  coveredBy: string | null;
}

/** One way the focused element shows focus. */
interface Indicator {
  /** How it is drawn: `outline`, `box-shadow`, or `mark ring` (the ring a chart mark draws around itself). */
  kind: string;
  /** Its thickness on screen, CSS px. */
  width: number;
  /** Its paint. */
  paint: Paint;
  /** For each spot sampled just outside it, the coats of paint under it there, bottom first. */
  backdrops: Paint[][];
  /** How many of its four sides are on screen: inside the viewport and inside every clipping ancestor. */
  sidesShown: number;
}

/** Everything the checks need about the element that has keyboard focus, read in the page. */
interface FocusStop {
  /** Identifies the element across reads: the nearest id, then a path of tags and positions. */
  key: string;
  /** Tag, id, classes and accessible text, for messages. */
  description: string;
  /** Whether it matches `:focus-visible`, as it must after a key press. */
  isFocusVisible: boolean;
  /** Whether it is a mark of the chart. */
  isMark: boolean;
  /** Whether it is inside the event's details. */
  isInPanel: boolean;
  /** Every indicator it shows; empty when it shows none. */
  indicators: Indicator[];
  /** Whether some part of the element's box is inside the viewport. */
  isInViewport: boolean;
  /** The element's box and the viewport, CSS px, for messages. */
  box: string;
  /** Points of the element inside the viewport, and what is on top at each. */
  points: PointHit[];
}

/**
 * Reads the focused element, or returns null when focus is on no element of the page (the body, or outside the
 * document once Tab has passed the last stop).
 */
async function readFocusStop(page: Page): Promise<FocusStop | null> {
  // Focus moves at once, but scrolling it into view and any re-render it starts land in the next frames.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate((): FocusStop | null => {
    const active = document.activeElement;
    if (!document.hasFocus() || active === null || active === document.body || active === document.documentElement) {
      return null;
    }

    const describe = (node: Element): string => {
      const id = node.id === '' ? '' : `#${node.id}`;
      const classes = [...node.classList].map((c) => `.${c}`).join('');
      const text = (node.getAttribute('aria-label') ?? node.textContent).replace(/\s+/g, ' ').trim().slice(0, 60);
      return `${node.tagName.toLowerCase()}${id}${classes}${text === '' ? '' : ` "${text}"`}`;
    };
    const getKey = (node: Element): string => {
      const parts: string[] = [];
      for (let n: Element | null = node; n !== null && n !== document.body; n = n.parentElement) {
        if (n.id !== '') {
          parts.unshift(`#${n.id}`);
          break;
        }
        const index = n.parentElement === null ? 0 : [...n.parentElement.children].indexOf(n);
        parts.unshift(`${n.tagName.toLowerCase()}:${index}`);
      }
      return parts.join(' > ');
    };
    /** The background colours from the root down to `from`, bottom first. */
    const getBackgrounds = (from: Element | null): Paint[] => {
      const layers: Paint[] = [];
      for (let n = from; n !== null; n = n.parentElement) {
        layers.unshift({ colour: getComputedStyle(n).backgroundColor, opacity: 1 });
      }
      return layers;
    };
    /** The opacity an SVG element is painted with, from its own and its groups' `opacity`. */
    const getSvgOpacity = (node: Element): number => {
      let opacity = 1;
      for (let n: Element | null = node; n !== null && !(n instanceof SVGSVGElement); n = n.parentElement) {
        opacity *= Number(getComputedStyle(n).opacity);
      }
      return opacity;
    };

    const viewWidth = document.documentElement.clientWidth;
    const viewHeight = document.documentElement.clientHeight;
    const clips: DOMRect[] = [new DOMRect(0, 0, viewWidth, viewHeight)];
    for (let n = active.parentElement; n !== null && n !== document.body; n = n.parentElement) {
      const s = getComputedStyle(n);
      if (s.overflowX !== 'visible' || s.overflowY !== 'visible') {
        const b = n.getBoundingClientRect();
        clips.push(new DOMRect(b.left + n.clientLeft, b.top + n.clientTop, n.clientWidth, n.clientHeight));
      }
    }
    const isInside = ([x, y]: [number, number], r: DOMRect) =>
      x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
    /** The middles of the four sides of a ring drawn `reach` px outside `box`. */
    const getSides = (box: DOMRect, reach: number): [number, number][] => [
      [box.left + box.width / 2, box.top - reach],
      [box.left + box.width / 2, box.bottom + reach],
      [box.left - reach, box.top + box.height / 2],
      [box.right + reach, box.top + box.height / 2],
    ];
    const countShown = (sides: [number, number][]) =>
      sides.filter((side) => clips.every((clip) => isInside(side, clip))).length;

    const style = getComputedStyle(active);
    const box = active.getBoundingClientRect();
    const indicators: Indicator[] = [];

    // An outline or a box-shadow ring drawn outside the element lies on its parent's background; inside, on its own.
    if (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) {
      const width = Number.parseFloat(style.outlineWidth);
      const offset = Number.parseFloat(style.outlineOffset);
      indicators.push({
        kind: `outline (${style.outlineStyle})`,
        width,
        paint: { colour: style.outlineColor, opacity: 1 },
        backdrops: [getBackgrounds(offset < 0 ? active : active.parentElement)],
        sidesShown: countShown(getSides(box, offset + width / 2)),
      });
    }
    const shadow = /^(rgba?\([^)]*\)|color\([^)]*\))\s+(-?[\d.]+)px\s+(-?[\d.]+)px\s+([\d.]+)px\s+([\d.]+)px/.exec(
      style.boxShadow,
    );
    if (shadow !== null && !style.boxShadow.includes('inset') && Number(shadow[5]) > 0) {
      const width = Number(shadow[5]);
      indicators.push({
        kind: 'box-shadow',
        width,
        paint: { colour: shadow[1] ?? 'transparent', opacity: 1 },
        backdrops: [getBackgrounds(active.parentElement)],
        sidesShown: countShown(getSides(box, width / 2)),
      });
    }

    // A chart mark draws a ring around itself (src/timeline/timeline.css); its stroke straddles the ring's edge,
    // so its outer half meets whatever the chart paints next to the mark: the plot, a lane, another mark's label.
    const ring = active instanceof SVGGElement ? active.querySelector('.event-mark-ring') : null;
    const svg = ring instanceof SVGGraphicsElement ? ring.ownerSVGElement : null;
    if (ring instanceof SVGGraphicsElement && svg !== null) {
      const ringStyle = getComputedStyle(ring);
      if (ringStyle.stroke !== 'none' && Number.parseFloat(ringStyle.strokeWidth) > 0) {
        const width = Number.parseFloat(ringStyle.strokeWidth) * Math.abs(ring.getScreenCTM()?.a ?? 1);
        const ringBox = ring.getBoundingClientRect();
        const rects = [...svg.querySelectorAll('rect')].filter(
          (r) =>
            r.closest('defs') === null &&
            !active.contains(r) &&
            r.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING,
        );
        const outside = getSides(ringBox, width / 2 + 1);
        indicators.push({
          kind: 'mark ring',
          width,
          paint: { colour: ringStyle.stroke, opacity: Number(ringStyle.strokeOpacity) * getSvgOpacity(ring) },
          backdrops: outside.map(([x, y]) => [
            ...getBackgrounds(svg.parentElement),
            ...rects
              .filter((r) => {
                const b = r.getBoundingClientRect();
                const fill = getComputedStyle(r).fill;
                return isInside([x, y], b) && fill !== 'none' && !fill.startsWith('url(');
              })
              .map((r) => ({
                colour: getComputedStyle(r).fill,
                opacity: Number(getComputedStyle(r).fillOpacity) * getSvgOpacity(r),
              })),
          ]),
          sidesShown: countShown(getSides(ringBox, 0)),
        });
      }
    }

    // Points of the element inside the viewport: its centre, the centre of each line box, the first box's corners.
    const isInViewport = box.right > 0 && box.bottom > 0 && box.left < viewWidth && box.top < viewHeight;
    const lineBoxes = [...active.getClientRects()].filter((r) => r.width > 0 && r.height > 0).slice(0, 3);
    const first = lineBoxes[0] ?? box;
    const inset = (size: number) => Math.min(4, size / 4);
    // A link that wraps has a bounding box whose centre can fall between its lines, on the text around it: its
    // centre is then the centre of its first line box.
    const centreBox = lineBoxes.length > 1 ? first : box;
    const candidates: [string, number, number][] = [
      ['centre', centreBox.left + centreBox.width / 2, centreBox.top + centreBox.height / 2],
      ...lineBoxes
        .slice(1)
        .map((r, i): [string, number, number] => [`line ${i + 2}`, r.left + r.width / 2, r.top + r.height / 2]),
      ['top left', first.left + inset(first.width), first.top + inset(first.height)],
      ['top right', first.right - inset(first.width), first.top + inset(first.height)],
      ['bottom left', first.left + inset(first.width), first.bottom - inset(first.height)],
      ['bottom right', first.right - inset(first.width), first.bottom - inset(first.height)],
    ];
    const points = candidates
      .filter(([, x, y]) => x >= 0 && y >= 0 && x < viewWidth && y < viewHeight)
      .map(([where, x, y]): PointHit => {
        const top = document.elementsFromPoint(x, y)[0];
        const isOwn = top !== undefined && (top === active || active.contains(top));
        return {
          where,
          x: Math.round(x),
          y: Math.round(y),
          coveredBy: isOwn ? null : top === undefined ? 'nothing' : describe(top),
        };
      });

    const round = (n: number) => Math.round(n);
    return {
      key: getKey(active),
      description: describe(active),
      isFocusVisible: active.matches(':focus-visible'),
      isMark: active.matches('.timeline-svg [role="option"]'),
      isInPanel: active.closest('.app-panel') !== null,
      indicators,
      isInViewport,
      box: `box ${round(box.left)},${round(box.top)} ${round(box.width)}×${round(box.height)} in ${viewWidth}×${viewHeight}`,
      points,
    };
  });
}

/** What is wrong with one indicator, one line each; empty when it is thick enough, contrasts and is on screen. */
function findIndicatorProblems(indicator: Indicator): string[] {
  const problems: string[] = [];
  if (indicator.width < MIN_RING_WIDTH) {
    problems.push(`${indicator.kind} is ${indicator.width} px thick (needs ${MIN_RING_WIDTH} px)`);
  }
  for (const layers of indicator.backdrops) {
    const backdrop = flattenPaints(layers);
    const ring = compositeOver(toRgba(indicator.paint), backdrop);
    const ratio = getContrastRatio(ring, backdrop);
    if (ratio < MIN_RING_CONTRAST) {
      problems.push(
        `${indicator.kind} ${formatHex(ring)} on ${formatHex(backdrop)} is ${ratio.toFixed(2)}:1 (needs ${MIN_RING_CONTRAST}:1)`,
      );
    }
  }
  if (indicator.sidesShown === 0) problems.push(`${indicator.kind} is clipped away on all four sides`);
  return problems;
}

/** What is wrong with how a focus stop shows, one line each; empty when its focus is plainly visible. */
function findFocusProblems(stop: FocusStop): string[] {
  const problems: string[] = [];
  if (!stop.isFocusVisible) problems.push('does not match :focus-visible after a key press');
  // One good indicator is enough: a chart mark may show both an outline and its own ring.
  const indicatorProblems = stop.indicators.map(findIndicatorProblems);
  if (stop.indicators.length === 0) {
    problems.push('shows no focus indicator (no outline, box-shadow ring or mark ring)');
  } else if (indicatorProblems.every((list) => list.length > 0)) {
    problems.push(`shows no good focus indicator: ${indicatorProblems.flat().join('; ')} (${stop.box})`);
  }
  if (!stop.isInViewport) problems.push(`is outside the viewport after focus scrolled to it (${stop.box})`);
  // WCAG 2.4.11: focus not entirely hidden. The centre must show, and so must some point when the centre is off screen.
  const shown = stop.points.filter((point) => point.coveredBy === null);
  const centre = stop.points.find((point) => point.where === 'centre');
  if (stop.isInViewport && (shown.length === 0 || (centre !== undefined && centre.coveredBy !== null))) {
    const covered = stop.points
      .filter((point) => point.coveredBy !== null)
      .map((point) => `${point.where} (${point.x},${point.y}) under ${point.coveredBy ?? ''}`);
    problems.push(
      `is hidden: ${shown.length} of ${stop.points.length} sampled points show it; ${covered.join('; ')} (${stop.box})`,
    );
  }
  return problems;
}

/** The stops one walk visited and the focus problems found at them, one line per problem naming its stop. */
interface Walk {
  stops: FocusStop[];
  problems: string[];
  /**
   * Why the walk ended: focus left the page (`left`), came back round to the walk's first stop (`wrapped`), came
   * back to a later stop it had visited (`cycled`: a loop through part of the page, which traps focus), or reached
   * the stop the walk was looking for (`arrived`).
   */
  end: 'left' | 'wrapped' | 'cycled' | 'arrived';
  /** The stop focus came back to, when it did. */
  returnedTo: FocusStop | undefined;
}

/**
 * Presses `key` (Tab or Shift+Tab) until focus leaves the page, comes back to a stop already visited, or
 * reaches a stop `isLast` picks, checking how every stop shows. {@link MAX_STOPS} presses without one of those
 * is a trap and throws.
 */
async function walkFocus(
  page: Page,
  key: 'Tab' | 'Shift+Tab',
  label: string,
  isLast: (stop: FocusStop) => boolean = () => false,
): Promise<Walk> {
  const stops: FocusStop[] = [];
  const problems: string[] = [];
  for (let presses = 0; presses < MAX_STOPS; presses += 1) {
    await page.keyboard.press(key);
    const stop = await readFocusStop(page);
    if (stop === null) return { stops, problems, end: 'left', returnedTo: undefined };
    const seen = stops.find((s) => s.key === stop.key);
    if (seen !== undefined) return { stops, problems, end: seen === stops[0] ? 'wrapped' : 'cycled', returnedTo: seen };
    stops.push(stop);
    for (const problem of findFocusProblems(stop)) {
      problems.push(`${label}, ${key} stop ${stops.length}: ${stop.description} ${problem}`);
    }
    if (isLast(stop)) return { stops, problems, end: 'arrived', returnedTo: undefined };
  }
  const last = stops.slice(-5).map((s) => s.description);
  throw new Error(
    `${label}: ${MAX_STOPS} presses of ${key} never left the page or came back round; focus is trapped. ` +
      `Last stops: ${last.join(' → ')}`,
  );
}

/**
 * The first or last element of the page that Tab can reach, in document order (the page sets no positive
 * tabindex), described as {@link FocusStop.description} is: where a walk that has passed every stop ends.
 */
async function readEndTabbable(page: Page, end: 'first' | 'last'): Promise<string> {
  return page.evaluate((end) => {
    const tabbable = [...document.body.querySelectorAll('*')].filter(
      (node) =>
        (node instanceof HTMLElement || node instanceof SVGElement) &&
        node.tabIndex >= 0 &&
        !node.matches(':disabled') &&
        node.closest('[inert]') === null &&
        node.checkVisibility({ visibilityProperty: true }),
    );
    const last = tabbable.at(end === 'first' ? 0 : -1);
    if (last === undefined) return '';
    const id = last.id === '' ? '' : `#${last.id}`;
    const classes = [...last.classList].map((c) => `.${c}`).join('');
    const text = (last.getAttribute('aria-label') ?? last.textContent).replace(/\s+/g, ' ').trim().slice(0, 60);
    return `${last.tagName.toLowerCase()}${id}${classes}${text === '' ? '' : ` "${text}"`}`;
  }, end);
}

// A walk reads some 250 stops, each after two frames; a busy two-core machine needs more than the default minute.
describe.skipIf(missingBrowser !== undefined)(
  'keyboard focus is never trapped and always visible',
  { timeout: 180_000 },
  () => {
    const chromium = useChromium();

    /** Opens the app in a fresh context with `options`; the context is closed after the test. */
    async function open(options: BrowserContextOptions = {}): Promise<RecordedPage> {
      const result = await openTimeline(chromium.browser, inject('baseUrl'), options);
      chromium.context = result.context;
      return result.opened;
    }

    /**
     * Checks a walk passed every stop of the page (ending on the last one, or the first going backwards) and then
     * left the page or came back round to where it started, never into a loop through part of it.
     */
    async function expectWholePage(page: Page, walk: Walk, label: string, end: 'first' | 'last'): Promise<void> {
      expect(['left', 'wrapped'], `${label}: focus came back to ${walk.returnedTo?.description ?? ''}`).toContain(
        walk.end,
      );
      expect(walk.stops.at(-1)?.description, `${label}: focus left the page early`).toBe(
        await readEndTabbable(page, end),
      );
    }

    test('Tab from the top of the page passes every stop, each plainly focused, and never loops', async () => {
      const opened = await open();
      const { page } = opened;

      const walk = await walkFocus(page, 'Tab', 'desktop');

      expect(walk.stops[0]?.description).toBe('a.skip-link "Skip to the timeline"');
      expect(walk.stops.filter((stop) => stop.isMark)).toHaveLength(1);
      await expectWholePage(page, walk, 'desktop', 'last');
      expect(walk.problems).toEqual([]);
      await expectNoProblems(opened);
    });

    test('Shift+Tab from the end of the page visits the same stops in reverse, each plainly focused', async () => {
      const opened = await open();
      const { page } = opened;

      const forwards = await walkFocus(page, 'Tab', 'desktop');
      await expectWholePage(page, forwards, 'desktop, forwards', 'last');
      const backwards = await walkFocus(page, 'Shift+Tab', 'desktop');

      await expectWholePage(page, backwards, 'desktop, backwards', 'first');
      expect(backwards.stops.map((stop) => stop.description).reverse()).toEqual(
        forwards.stops.map((stop) => stop.description),
      );
      expect(backwards.stops.map((stop) => stop.key).reverse()).toEqual(forwards.stops.map((stop) => stop.key));
      expect([...forwards.problems, ...backwards.problems]).toEqual([]);
      await expectNoProblems(opened);
    });

    describe.each([
      { device: 'desktop 1280 × 800, details in a side column', options: {} },
      { device: 'phone 360 × 740, details in a bottom sheet', options: PHONE },
    ])('with an event’s details open on a $device', ({ device, options }) => {
      test('a whole round of Tab, from the details back to the mark they came from, shows every stop', async () => {
        const opened = await open(options);
        const { page } = opened;

        // Tab to the chart and open the focused event's details with Enter.
        const toChart = await walkFocus(page, 'Tab', `${device}, to the chart`, (stop) => stop.isMark);
        expect(toChart.end).toBe('arrived');
        const mark = toChart.stops.at(-1);
        if (mark === undefined) throw new Error('Tab never reached the chart.');
        await page.keyboard.press('Enter');
        await expect
          .poll(() => page.evaluate(() => document.activeElement?.matches('.event-panel h2') ?? false))
          .toBe(true);
        const heading = await readFocusStop(page);
        if (heading === null) throw new Error('Focus left the page when the details opened.');
        const headingProblems = findFocusProblems(heading).map(
          (problem) => `${device}, details opened: ${heading.description} ${problem}`,
        );

        // On through the details and the rest of the page, then round from the top back to the mark.
        const rest = await walkFocus(page, 'Tab', `${device}, details open`);
        await expectWholePage(page, rest, `${device}, details open`, 'last');
        expect(rest.stops.filter((stop) => stop.isInPanel).length).toBeGreaterThan(0);
        const round = await walkFocus(
          page,
          'Tab',
          `${device}, details open, from the top`,
          (stop) => stop.key === mark.key,
        );
        expect(round.end).toBe('arrived');
        expect(round.stops[0]?.description).toBe('a.skip-link "Skip to the timeline"');

        expect([...toChart.problems, ...headingProblems, ...rest.problems, ...round.problems]).toEqual([]);
        await expectNoProblems(opened);
      });
    });
  },
);
