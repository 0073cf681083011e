import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { getMissingBrowserReason } from './browser.ts';
import {
  expectNoProblems,
  getChart,
  getLiveRegion,
  getMarkDomId,
  getToolbarButton,
  openTimeline,
  readAxisLabels,
  readDataEvents,
  readSettledAxis,
  useChromium,
} from './timelinePage.ts';

const missingBrowser = getMissingBrowserReason();

/** What has keyboard focus: its id, role, accessible-name source and text, read in the page. */
async function readFocus(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement;
    return {
      id: active?.id ?? '',
      tag: active?.tagName.toLowerCase() ?? '',
      role: active?.getAttribute('role') ?? '',
      text: active?.textContent.trim() ?? '',
      tabIndex: active instanceof HTMLElement || active instanceof SVGElement ? active.tabIndex : Number.NaN,
      isInChart: active?.closest('[role="listbox"]') != null,
    };
  });
}

/** Presses a key, then waits until focus has left the element that had it. */
async function pressAndFollowFocus(page: Page, key: string): Promise<string> {
  const before = (await readFocus(page)).id;
  await page.keyboard.press(key);
  await expect.poll(async () => (await readFocus(page)).id).not.toBe(before);
  return (await readFocus(page)).id;
}

describe.skipIf(missingBrowser !== undefined)('the timeline by keyboard alone', () => {
  const dataEvents = readDataEvents();
  /** The events in story order: step by step, as each mark's position in the set says. */
  let events: typeof dataEvents = [];
  const chromium = useChromium();

  test('the skip link leads to the chart; arrows visit every event in story order; Enter opens details and Escape returns to the mark', async () => {
    expect(dataEvents).toHaveLength(25);
    const result = await openTimeline(chromium.browser, inject('baseUrl'));
    chromium.context = result.context;
    const { opened } = result;
    const { page } = opened;
    const byPosition = await getChart(page)
      .getByRole('option')
      .evaluateAll((options) => options.map((o) => ({ id: o.id, position: Number(o.getAttribute('aria-posinset')) })));
    byPosition.sort((a, b) => a.position - b.position);
    expect(byPosition.map((o) => o.position)).toEqual(dataEvents.map((_, i) => i + 1));
    // Story order goes column by column: no event comes before one in an earlier column.
    const columns = await getChart(page)
      .getByRole('option')
      .evaluateAll((options) =>
        options.map((o) => ({
          position: Number(o.getAttribute('aria-posinset')),
          x: o.querySelector('.event-mark-shape')?.getBoundingClientRect().left ?? Number.NaN,
        })),
      );
    columns.sort((a, b) => a.position - b.position);
    columns.slice(1).forEach((mark, i) => expect(mark.x).toBeGreaterThanOrEqual((columns[i]?.x ?? 0) - 0.5));
    events = byPosition.map(({ id }) => {
      const event = dataEvents.find((e) => getMarkDomId(e.id) === id);
      if (event === undefined) throw new Error(`No event for the mark ${id}.`);
      return event;
    });

    // The first Tab from the top of the page reaches the skip link; following it puts the chart within three Tabs.
    await page.keyboard.press('Tab');
    expect(await readFocus(page)).toMatchObject({ tag: 'a', text: 'Skip to the timeline' });
    await page.keyboard.press('Enter');
    let tabs = 0;
    while (!(await readFocus(page)).isInChart && tabs < 3) {
      await page.keyboard.press('Tab');
      tabs += 1;
    }
    const first = await readFocus(page);
    expect(first.isInChart).toBe(true);
    // The chart is one tab stop, on the first event.
    expect(first).toMatchObject({ role: 'option', id: getMarkDomId(events[0]?.id ?? ''), tabIndex: 0 });
    expect(await getChart(page).locator('[role="option"][tabindex="0"]').count()).toBe(1);

    // → walks every event in story order and stops at the last.
    const forwards = [first.id];
    for (let i = 1; i < events.length; i += 1) forwards.push(await pressAndFollowFocus(page, 'ArrowRight'));
    expect(forwards).toEqual(events.map((event) => getMarkDomId(event.id)));
    const last = events.at(-1);
    expect(await getLiveRegion(page).textContent()).toBe(`${last?.title ?? ''}. Event 25 of 25.`);
    await page.keyboard.press('ArrowRight');
    expect((await readFocus(page)).id).toBe(getMarkDomId(last?.id ?? ''));
    // Focus moved the tab stop with it: still exactly one, on the focused mark.
    expect(await getChart(page).locator('[role="option"][tabindex="0"]').getAttribute('id')).toBe(forwards.at(-1));

    // ← walks them back.
    const backwards = [forwards.at(-1) ?? ''];
    for (let i = 1; i < events.length; i += 1) backwards.push(await pressAndFollowFocus(page, 'ArrowLeft'));
    expect(backwards).toEqual([...forwards].reverse());
    expect(await getLiveRegion(page).textContent()).toBe(`${events[0]?.title ?? ''}. Event 1 of 25.`);

    // End and Home jump to either end.
    expect(await pressAndFollowFocus(page, 'End')).toBe(getMarkDomId(last?.id ?? ''));
    expect(await pressAndFollowFocus(page, 'Home')).toBe(getMarkDomId(events[0]?.id ?? ''));

    // Enter on the fifth event opens its details with focus on their heading.
    for (let i = 1; i < 5; i += 1) await pressAndFollowFocus(page, 'ArrowRight');
    const fifth = events[4];
    if (fifth === undefined) throw new Error('The report has fewer than five events.');
    expect((await readFocus(page)).id).toBe(getMarkDomId(fifth.id));
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: fifth.title, exact: true });
    await panel.waitFor();
    await expect.poll(() => readFocus(page)).toMatchObject({ tag: 'h2', text: fifth.title });
    expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe(fifth.title);
    expect(
      await getChart(page)
        .locator(`#${getMarkDomId(fifth.id)}`)
        .getAttribute('aria-selected'),
    ).toBe('true');

    // Escape closes them and puts focus back on the mark they were opened from.
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await expect.poll(async () => (await readFocus(page)).id).toBe(getMarkDomId(fifth.id));

    await expectNoProblems(opened);
  });

  test('keys on a focused mark zoom in, pan and fit the whole story', async () => {
    const result = await openTimeline(chromium.browser, inject('baseUrl'));
    chromium.context = result.context;
    const { opened } = result;
    const { page } = opened;
    const whole = (await readSettledAxis(page)).map((tick) => tick.label);
    await getChart(page).locator('[role="option"][tabindex="0"]').focus();

    await page.keyboard.press('+');
    await expect.poll(() => readAxisLabels(page)).not.toEqual(whole);
    const zoomed = (await readSettledAxis(page)).map((tick) => tick.label);
    expect(zoomed.length).toBeGreaterThan(1);
    expect(await getToolbarButton(page, 'Zoom out').isEnabled()).toBe(true);

    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => readAxisLabels(page)).not.toEqual(zoomed);
    await readSettledAxis(page);
    expect(await getLiveRegion(page).textContent()).toMatch(/^Showing .+: \d+ of 25 events shown\.$/);

    await page.keyboard.press('0');
    await expect.poll(() => readAxisLabels(page)).toEqual(whole);
    // The labels can match a frame before the animated fit ends; the button turns off once it has.
    await expect.poll(() => getToolbarButton(page, 'Zoom out').isDisabled()).toBe(true);

    await expectNoProblems(opened);
  });
});
