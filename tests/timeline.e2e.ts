import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { getMissingBrowserReason, type RecordedPage } from './browser.ts';
import {
  expectNoProblems,
  findEmptyPlotPoint,
  getAxisScale,
  getChart,
  getChronology,
  getChronologyItem,
  getLiveRegion,
  getTimelineSection,
  getToolbarButton,
  openTimeline,
  readAxis,
  readAxisLabels,
  readSettledAxis,
  useChromium,
} from './timelinePage.ts';

const missingBrowser = getMissingBrowserReason();

const STORMING = 'Gunmen burst into the Holey Artisan Bakery';
/** How the storming's mark names on whose word it rests, after its title and time. */
const STORMING_STATUS = ', attributed to witnesses and Gowher Rizvi';
const RAID = 'Troops raid the building';

/** An event's option in the chart, by its title (its accessible name goes on with the time). */
function getOption(page: Page, title: string) {
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return getChart(page).getByRole('option', { name: new RegExp(`^${escaped}, `) });
}

/** The chart's left edge in page coordinates, to turn a pointer position into a position in the chart's SVG. */
async function getChartLeft(page: Page): Promise<number> {
  const box = await getChart(page).boundingBox();
  if (box === null) throw new Error('The chart is not laid out.');
  return box.x;
}

describe.skipIf(missingBrowser !== undefined)('the timeline chart in a desktop browser', () => {
  const chromium = useChromium();
  let opened: RecordedPage;
  let page: Page;

  /** Each journey starts from a fresh profile on the home page (`?scale=chronological` for the clock scale). */
  async function open(search = ''): Promise<void> {
    let context: BrowserContext;
    ({ context, opened } = await openTimeline(chromium.browser, new URL(search, inject('baseUrl')).href));
    chromium.context = context;
    page = opened.page;
  }

  test('a plain wheel over the chart scrolls the page, zooms nothing, and says once how to zoom', async () => {
    await open();
    const before = await readSettledAxis(page);
    const point = await findEmptyPlotPoint(page);
    const scrolledBefore = await page.evaluate(() => window.scrollY);
    await page.mouse.move(point.x, point.y);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolledBefore);
    const hint = page.getByText('Use Ctrl + scroll (⌘ + scroll on a Mac) to zoom');
    await expect.poll(() => hint.isVisible()).toBe(true);
    expect((await readAxis(page)).map((tick) => tick.label)).toEqual(before.map((tick) => tick.label));
    expect(await getToolbarButton(page, 'Zoom out').isDisabled()).toBe(true);
    await expect.poll(() => hint.isVisible(), { timeout: 5000 }).toBe(false);

    await expectNoProblems(opened);
  });

  test('Ctrl + wheel over the plot zooms in about the pointer, and a drag on empty plot pans to later times', async () => {
    await open('?scale=chronological');
    const zoomOut = getToolbarButton(page, 'Zoom out');
    expect(await zoomOut.isDisabled()).toBe(true);
    const whole = await readSettledAxis(page);
    const wholeScale = getAxisScale(whole);
    const announcedAtLoad = await getLiveRegion(page).textContent();

    const point = await findEmptyPlotPoint(page);
    const pointerX = point.x - (await getChartLeft(page));
    const timeUnderPointer = wholeScale.minutesAtLeftEdge + pointerX * wholeScale.minutesPerPixel;
    await page.mouse.move(point.x, point.y);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -500);
    await page.keyboard.up('Control');

    await expect.poll(() => getLiveRegion(page).textContent()).not.toBe(announcedAtLoad);
    expect(await getLiveRegion(page).textContent()).toMatch(
      /^Showing .+ to .+, Dhaka \(UTC\+6\): \d+ of 25 events shown\.$/,
    );
    const zoomed = await readSettledAxis(page);
    const zoomedScale = getAxisScale(zoomed);
    // A narrower window: fewer minutes per pixel, and the time under the pointer stays put.
    expect(zoomedScale.minutesPerPixel).toBeLessThan(wholeScale.minutesPerPixel * 0.9);
    expect(zoomedScale.minutesAtLeftEdge + pointerX * zoomedScale.minutesPerPixel).toBeCloseTo(timeUnderPointer, -0.5);
    expect(zoomed.map((tick) => tick.label)).not.toEqual(whole.map((tick) => tick.label));
    expect(await zoomOut.isEnabled()).toBe(true);
    expect(await getToolbarButton(page, 'Fit all').isEnabled()).toBe(true);

    const start = await findEmptyPlotPoint(page);
    const announcedAfterZoom = await getLiveRegion(page).textContent();
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x - 150, start.y, { steps: 6 });
    await page.mouse.up();

    await expect.poll(() => getLiveRegion(page).textContent()).not.toBe(announcedAfterZoom);
    const panned = await readSettledAxis(page);
    const pannedScale = getAxisScale(panned);
    expect(panned.map((tick) => tick.label)).not.toEqual(zoomed.map((tick) => tick.label));
    // Dragging the story left by 150 px brings 150 px' worth of later time in, at the same zoom.
    expect(pannedScale.minutesPerPixel).toBeCloseTo(zoomedScale.minutesPerPixel, 2);
    const shift = pannedScale.minutesAtLeftEdge - zoomedScale.minutesAtLeftEdge;
    expect(shift / (150 * zoomedScale.minutesPerPixel)).toBeGreaterThan(0.95);
    expect(shift / (150 * zoomedScale.minutesPerPixel)).toBeLessThan(1.05);

    await expectNoProblems(opened);
  });

  test('the toolbar zooms in, pans earlier and later, and fits the whole story again', async () => {
    await open('?scale=chronological');
    const zoomIn = getToolbarButton(page, 'Zoom in');
    const zoomOut = getToolbarButton(page, 'Zoom out');
    const fit = getToolbarButton(page, 'Fit all');
    const earlier = getToolbarButton(page, '← Earlier');
    const later = getToolbarButton(page, 'Later →');
    // The whole story is on screen: only zooming in can do anything.
    expect(await zoomIn.isEnabled()).toBe(true);
    for (const button of [zoomOut, fit, earlier, later]) expect(await button.isDisabled()).toBe(true);
    const whole = await readSettledAxis(page);
    const wholeScale = getAxisScale(whole);

    await zoomIn.click();
    await expect.poll(() => readAxisLabels(page)).not.toEqual(whole.map((tick) => tick.label));
    const zoomed = await readSettledAxis(page);
    const zoomedScale = getAxisScale(zoomed);
    expect(zoomedScale.minutesPerPixel / wholeScale.minutesPerPixel).toBeCloseTo(0.5, 1);
    for (const button of [zoomOut, fit, earlier, later]) expect(await button.isEnabled()).toBe(true);

    await earlier.click();
    await expect.poll(() => readAxisLabels(page)).not.toEqual(zoomed.map((tick) => tick.label));
    const wentEarlier = await readSettledAxis(page);
    const earlierScale = getAxisScale(wentEarlier);
    expect(earlierScale.minutesAtLeftEdge).toBeLessThan(zoomedScale.minutesAtLeftEdge - 10);
    expect(earlierScale.minutesPerPixel).toBeCloseTo(zoomedScale.minutesPerPixel, 2);

    await later.click();
    await expect.poll(() => readAxisLabels(page)).not.toEqual(wentEarlier.map((tick) => tick.label));
    const wentLater = await readSettledAxis(page);
    expect(getAxisScale(wentLater).minutesAtLeftEdge).toBeGreaterThan(earlierScale.minutesAtLeftEdge + 10);

    await fit.click();
    await expect.poll(() => readAxisLabels(page)).toEqual(whole.map((tick) => tick.label));
    const refitted = await readSettledAxis(page);
    expect(refitted.map((tick) => tick.label)).toEqual(whole.map((tick) => tick.label));
    refitted.forEach((tick, i) => {
      expect(tick.x).toBeCloseTo(whole[i]?.x ?? Number.NaN, 0);
    });
    for (const button of [zoomOut, fit, earlier]) expect(await button.isDisabled()).toBe(true);

    await expectNoProblems(opened);
  });

  test('dragging the overview’s brush pans the chart, and resizing it by a handle zooms', async () => {
    await open('?scale=chronological');
    const whole = await readSettledAxis(page);
    const wholeScale = getAxisScale(whole);
    const zoomIn = getToolbarButton(page, 'Zoom in');
    await zoomIn.click();
    await readSettledAxis(page);
    await zoomIn.click();
    await expect
      .poll(async () => getAxisScale(await readAxis(page)).minutesPerPixel)
      .toBeLessThan(wholeScale.minutesPerPixel * 0.3);
    const zoomed = await readSettledAxis(page);
    const zoomedScale = getAxisScale(zoomed);

    const overview = page.getByRole('img', { name: /^Overview of the whole story/ });
    const brushWindow = overview.locator('g.overview-brush rect.selection');
    // The brush's code loads as a pointer comes over the strip; a person's pointer gets there before it presses.
    await overview.scrollIntoViewIfNeeded();
    await overview.hover();
    await brushWindow.waitFor();
    const windowBox = await brushWindow.boundingBox();
    if (windowBox === null) throw new Error('The brush shows no window.');
    // A quarter of the story is visible, so the brush covers about a quarter of the strip.
    const overviewBox = await overview.boundingBox();
    expect(windowBox.width / (overviewBox?.width ?? Number.NaN)).toBeGreaterThan(0.2);
    expect(windowBox.width / (overviewBox?.width ?? Number.NaN)).toBeLessThan(0.3);

    const y = windowBox.y + windowBox.height / 2;
    await page.mouse.move(windowBox.x + windowBox.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(windowBox.x + windowBox.width / 2 - 120, y, { steps: 6 });
    await page.mouse.up();

    await expect.poll(() => readAxisLabels(page)).not.toEqual(zoomed.map((tick) => tick.label));
    const panned = await readSettledAxis(page);
    const pannedScale = getAxisScale(panned);
    // The overview is drawn at the whole-story scale: moving its window 120 px moves the chart's window that far.
    expect(pannedScale.minutesPerPixel).toBeCloseTo(zoomedScale.minutesPerPixel, 2);
    const shift = zoomedScale.minutesAtLeftEdge - pannedScale.minutesAtLeftEdge;
    expect(shift / (120 * wholeScale.minutesPerPixel)).toBeGreaterThan(0.95);
    expect(shift / (120 * wholeScale.minutesPerPixel)).toBeLessThan(1.05);
    const movedBox = await brushWindow.boundingBox();
    expect(movedBox?.x).toBeCloseTo(windowBox.x - 120, 0);
    expect(movedBox?.width).toBeCloseTo(windowBox.width, 0);

    const handle = overview.locator('g.overview-brush .handle--e');
    const handleBox = await handle.boundingBox();
    if (handleBox === null || movedBox === null) throw new Error('The brush has no handle.');
    await page.mouse.move(handleBox.x + handleBox.width / 2, handleBox.y + handleBox.height / 2);
    await page.mouse.down();
    await page.mouse.move(handleBox.x + handleBox.width / 2 - 80, handleBox.y + handleBox.height / 2, { steps: 6 });
    await page.mouse.up();

    await expect.poll(() => readAxisLabels(page)).not.toEqual(panned.map((tick) => tick.label));
    const resized = await readSettledAxis(page);
    const resizedScale = getAxisScale(resized);
    // A narrower brush is a narrower window that starts where it did: zoomed in about its left edge.
    const expectedRatio = (movedBox.width - 80) / movedBox.width;
    expect(resizedScale.minutesPerPixel / pannedScale.minutesPerPixel).toBeCloseTo(expectedRatio, 1);
    expect(Math.abs(resizedScale.minutesAtLeftEdge - pannedScale.minutesAtLeftEdge)).toBeLessThan(5);
    const resizedBox = await brushWindow.boundingBox();
    expect(resizedBox?.width).toBeCloseTo(movedBox.width - 80, 0);

    await expectNoProblems(opened);
  });

  test('switching zone rewrites every time: chart names, the chronology and the axis', async () => {
    await open('?scale=chronological');
    const zone = page.getByRole('combobox', { name: 'Show times in' });
    // Each group says what its zones are to the story, so the closed menu shows a short name. (Playwright's role
    // queries see no group inside a select, so the groups are found by their label.)
    const choicesIn = (group: string) =>
      zone.locator(`optgroup[label="${group}"]`).getByRole('option').allTextContents();
    expect(await choicesIn('Where it happened')).toEqual(['Dhaka (UTC+6)']);
    expect(await choicesIn('Also in the report')).toEqual(['London (UTC+1), the report’s “BST”']);
    // The browser runs in Los Angeles, which is none of those.
    expect(await choicesIn('Other zones')).toEqual(['UTC', expect.stringMatching(/^Your zone: /)]);

    const storming = getChronologyItem(page, STORMING);
    expect(
      await getChart(page)
        .getByRole('option', {
          name: `${STORMING}, 9.20pm, Friday 1 July 2016, Dhaka (UTC+6)${STORMING_STATUS}`,
          exact: true,
        })
        .count(),
    ).toBe(1);
    const stormingTime = storming.locator('time').first();
    expect(await stormingTime.textContent()).toBe('9.20pm, Friday 1 July 2016, Dhaka (UTC+6)');
    const dhakaAxis = await readSettledAxis(page);
    const tenPm = dhakaAxis.find((tick) => tick.label === '10pm');
    expect(tenPm).toBeDefined();
    expect(dhakaAxis.some((tick) => tick.label === '5pm')).toBe(false);
    /** The label drawn where Dhaka's 10pm (4pm UTC) was. */
    const labelAtTenPmDhaka = async () =>
      (await readAxis(page)).find((tick) => Math.abs(tick.x - (tenPm?.x ?? Number.NaN)) < 1)?.label;

    await zone.selectOption({ label: 'London (UTC+1), the report’s “BST”' });
    const londonName = `${STORMING}, 4.20pm, Friday 1 July 2016, London (UTC+1)${STORMING_STATUS}`;
    await expect.poll(() => getChart(page).getByRole('option', { name: londonName, exact: true }).count()).toBe(1);
    await expect.poll(() => stormingTime.textContent()).toBe('4.20pm, Friday 1 July 2016, London (UTC+1)');
    await expect.poll(labelAtTenPmDhaka).toBe('5pm');

    await zone.selectOption({ label: 'UTC' });
    const utcName = `${STORMING}, 3.20pm, Friday 1 July 2016, UTC${STORMING_STATUS}`;
    await expect.poll(() => getChart(page).getByRole('option', { name: utcName, exact: true }).count()).toBe(1);
    expect(await getChart(page).getByRole('option', { name: londonName, exact: true }).count()).toBe(0);
    await expect.poll(() => stormingTime.textContent()).toBe('3.20pm, Friday 1 July 2016, UTC');
    await expect.poll(labelAtTenPmDhaka).toBe('4pm');
    // The chronology's item names its time in the chosen zone, with the same instant for machines.
    expect(new Date((await stormingTime.getAttribute('datetime')) ?? '').toISOString()).toBe(
      '2016-07-01T15:20:00.000Z',
    );

    await expectNoProblems(opened);
  });

  test('story steps are the default, labelled with what the report gives; clock time spaces by the hour, and back', async () => {
    await open();
    const section = getTimelineSection(page);
    const caption = section.locator('.timeline-caption');
    const clockTime = page.getByRole('radio', { name: /^Clock time/ });
    const storySteps = page.getByRole('radio', { name: /^Story steps/ });
    expect(await storySteps.isChecked()).toBe(true);
    const storyCaption = await caption.textContent();
    expect(storyCaption).toContain('Columns are steps, not times');
    expect(storyCaption).toContain('Dhaka (UTC+6)');
    const storyAxis = (await readSettledAxis(page)).map((tick) => tick.label).filter((label) => label !== '');
    // The window's date is said once, on the first stretch whose label has room for it.
    expect(storyAxis.map((label) => label.replace(', Fri 1 Jul', ''))).toEqual([
      'Before 9.20pm',
      '9.20pm',
      'After 9.20pm',
      'After 11.20pm',
    ]);
    expect(storyAxis.filter((label) => label.endsWith(', Fri 1 Jul'))).toHaveLength(1);

    await clockTime.check();
    await expect.poll(() => caption.textContent()).not.toBe(storyCaption);
    expect(await caption.textContent()).toMatch(/^Spaced by the clock, in Dhaka \(UTC\+6\)\./);
    const clockAxis = (await readSettledAxis(page)).map((tick) => tick.label);
    // One clock style on the page: the report's "9.20pm", never "21:20"; the window's date is on the axis.
    expect(
      clockAxis.every((label) =>
        /^(\d{1,2}(\.\d{2})?(am|pm)|noon|midnight|[A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2})$/.test(label),
      ),
    ).toBe(true);
    expect(await getChart(page).locator('text.time-axis-date').textContent()).toBe('Fri 1 Jul');

    await storySteps.check();
    await expect.poll(() => caption.textContent()).toBe(storyCaption);

    await expectNoProblems(opened);
  });

  test('choosing an event in the list selects it in the chart, and choosing in the chart marks it in the list', async () => {
    await open();
    const chronology = getChronology(page);
    const selectedOptions = getChart(page).locator('[role="option"][aria-selected="true"]');
    const currentItems = chronology.locator('li[aria-current="true"]');
    expect(await selectedOptions.count()).toBe(0);
    expect(await currentItems.count()).toBe(0);

    await chronology.getByRole('link', { name: STORMING, exact: true }).click();
    await expect.poll(() => getOption(page, STORMING).getAttribute('aria-selected')).toBe('true');
    expect(await selectedOptions.count()).toBe(1);
    expect(await getChronologyItem(page, STORMING).getAttribute('aria-current')).toBe('true');
    expect(await currentItems.count()).toBe(1);
    // The details' code loads when an event is first chosen.
    await page.getByRole('region', { name: STORMING, exact: true }).waitFor({ state: 'visible' });

    // Details opened from the list close back to the list's button.
    await page.keyboard.press('Escape');
    await page.getByRole('region', { name: STORMING, exact: true }).waitFor({ state: 'detached' });
    const listButton = chronology.getByRole('link', { name: STORMING, exact: true });
    await expect.poll(() => listButton.evaluate((button) => button === document.activeElement)).toBe(true);

    await getOption(page, RAID).click();
    await expect.poll(() => getChronologyItem(page, RAID).getAttribute('aria-current')).toBe('true');
    expect(await getChronologyItem(page, STORMING).getAttribute('aria-current')).toBeNull();
    expect(await currentItems.count()).toBe(1);
    expect(await getOption(page, RAID).getAttribute('aria-selected')).toBe('true');
    expect(await getOption(page, STORMING).getAttribute('aria-selected')).toBe('false');
    expect(await selectedOptions.count()).toBe(1);
    await page.getByRole('region', { name: RAID, exact: true }).waitFor({ state: 'visible' });

    await expectNoProblems(opened);
  });
});
