import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { getMissingBrowserReason, newContext, openPage, type RecordedPage } from './browser.ts';
import {
  expectNoHorizontalScroll,
  expectNoProblems,
  expectNoProblemsWithoutScript,
  getChart,
  getChronology,
  readDataEvents,
  readSettledAxis,
  useChromium,
  waitForApp,
} from './timelinePage.ts';

/** What a context is opened with: the test defaults' overrides, and whether the content note was seen. */
type ContextOptions = NonNullable<Parameters<typeof newContext>[1]>;

const events = readDataEvents();
const TOTAL = events.length;
/** Every WCAG 2.0–2.2 A and AA rule axe has, and its best practices (as in accessibility.e2e.ts). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** Sums of the report's death tolls that a careless page might show: 22 + 24 + 2, 22 + 24 + 20 + 2 (+ 1), all. */
const TOTALS = ['48', '68', '69', '75'];

function getTitle(id: string): string {
  const event = events.find((e) => e.id === id);
  if (event === undefined) throw new Error(`timeline.json has no event "${id}".`);
  return event.title;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function getSearchBox(page: Page): Locator {
  return page.getByRole('searchbox', { name: 'Search events /' });
}

function getSearchResult(page: Page): Locator {
  return page.getByRole('search').getByRole('status');
}

/** Chart options whose accessible name says the event matches the search or the highlighted entity. */
function getMatchingOptions(page: Page): Locator {
  return getChart(page).getByRole('option', { name: /, matches$/ });
}

/** The chronology's "Matches" badges, one per matching event. */
function getChronologyBadges(page: Page): Locator {
  return getChronology(page).getByText('Matches', { exact: true });
}

function getChronologyTitles(page: Page): Locator {
  return getChronology(page).getByRole('heading', { level: 3 });
}

function getFiltersSummary(page: Page): Locator {
  return page.locator('summary', { hasText: /^Filters$/ });
}

/** A query parameter of the page's current URL, or null. */
function readParam(page: Page, key: string): string | null {
  return new URL(page.url()).searchParams.get(key);
}

/** The number at the end of a filter option's label: "Stated by the report (12 events)" → 12. */
async function readOptionCount(checkbox: Locator): Promise<number> {
  const label = await checkbox.evaluate((node) => node.closest('label')?.textContent ?? '');
  const match = /\((\d+) events?\)\s*$/.exec(label);
  if (match === null) throw new Error(`A filter option's label does not end in "(N events)": "${label}"`);
  return Number(match[1]);
}

/**
 * Waits until the page has hydrated and run its effects (the content note's among them): "/" focuses the search
 * box only once the app's key listener is attached, and only when no modal dialog is in the way.
 */
async function waitUntilInteractive(page: Page): Promise<void> {
  await expect
    .poll(
      async () => {
        await page.keyboard.press('/');
        return getSearchBox(page).evaluate((node) => node === document.activeElement);
      },
      { message: '"/" never focused the search box: the app did not hydrate, or a modal dialog is open' },
    )
    .toBe(true);
}

/** Opens the Filters panel by a click on its summary and waits until it is open. */
async function openFilters(page: Page): Promise<void> {
  const summary = getFiltersSummary(page);
  await summary.click();
  await expect.poll(() => summary.evaluate((node) => (node.parentElement as HTMLDetailsElement).open)).toBe(true);
}

/** Presses Tab until `target` has focus, or fails after `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 15): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((node) => node === document.activeElement)) return;
  }
  throw new Error(`${limit} presses of Tab never reached ${target.toString()}.`);
}

/** Runs axe over the whole page: one line per rule broken, with its impact and the elements it is broken for. */
async function findAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} [${violation.impact ?? 'no impact'}] ${violation.help} on ` +
      violation.nodes.map((node) => node.target.join(' >> ')).join(', '),
  );
}

describe.skipIf(getMissingBrowserReason() !== undefined)(
  'exploring the report: search, filters, figures, people',
  () => {
    const baseUrl = inject('baseUrl');
    const chromium = useChromium();

    /** The home page (or `path`) opened in a fresh context over the defaults, chart drawn; closed after the test. */
    async function open(path = '', options: ContextOptions = {}): Promise<RecordedPage> {
      const context = chromium.keep(await newContext(chromium.browser, options));
      const opened = await openPage(context, new URL(path, baseUrl).href);
      await waitForApp(opened.page);
      return opened;
    }

    test('“What did the police say?”: “/” and a word highlight the matches, and the link keeps them', async () => {
      const opened = await open();
      const { page } = opened;

      await page.keyboard.press('/');
      await expect.poll(() => getSearchBox(page).evaluate((node) => node === document.activeElement)).toBe(true);
      await page.keyboard.type('police');

      await expect
        .poll(() => getSearchResult(page).textContent())
        .toMatch(new RegExp(`^\\d+ of ${TOTAL} events match your search; they are highlighted\\.$`));
      const count = Number(/^\d+/.exec((await getSearchResult(page).textContent()) ?? '')?.[0]);
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThan(TOTAL);
      await expect.poll(() => getMatchingOptions(page).count()).toBe(count);
      await expect.poll(() => getChronologyBadges(page).count()).toBe(count);
      // The search highlights and never hides.
      expect(await getChart(page).getByRole('option').count()).toBe(TOTAL);
      expect(await getChronologyTitles(page).count()).toBe(TOTAL);
      await expect.poll(() => readParam(page, 'q')).toBe('police');
      const matchedNames = await getMatchingOptions(page).evaluateAll((nodes) =>
        nodes.map((node) => node.getAttribute('aria-label')),
      );

      const reopened = await open(page.url());
      await expect.poll(() => getSearchBox(reopened.page).inputValue()).toBe('police');
      await expect
        .poll(() => getSearchResult(reopened.page).textContent())
        .toBe(`${count} of ${TOTAL} events match your search; they are highlighted.`);
      await expect
        .poll(() =>
          getMatchingOptions(reopened.page).evaluateAll((nodes) =>
            nodes.map((node) => node.getAttribute('aria-label')),
          ),
        )
        .toEqual(matchedNames);
      await expect.poll(() => getChronologyBadges(reopened.page).count()).toBe(count);

      // Escape in the box clears the search, its highlights and the link's q.
      await getSearchBox(reopened.page).focus();
      await reopened.page.keyboard.press('Escape');
      await expect.poll(() => getSearchBox(reopened.page).inputValue()).toBe('');
      await expect.poll(() => getSearchResult(reopened.page).textContent()).toBe('');
      await expect.poll(() => getMatchingOptions(reopened.page).count()).toBe(0);
      await expect.poll(() => readParam(reopened.page, 'q')).toBeNull();

      await getSearchBox(reopened.page).fill('zzzz no such word');
      await expect.poll(() => getSearchResult(reopened.page).textContent()).toBe('No event matches your search.');

      await expectNoProblems(opened);
      await expectNoProblems(reopened);
    });

    test('“Show me only what the report states”: a filter keeps its count in chart and list, chips undo it', async () => {
      const opened = await open();
      const { page } = opened;
      await openFilters(page);

      const byWord = page.getByRole('group', { name: 'On whose word' });
      const stated = byWord.getByRole('checkbox', { name: /^Stated by the report \(\d+ events?\)$/ });
      const statedCount = await readOptionCount(stated);
      expect(statedCount).toBeGreaterThan(0);
      expect(statedCount).toBeLessThan(TOTAL);

      await stated.check();
      await expect.poll(() => getChart(page).getByRole('option').count()).toBe(statedCount);
      await expect.poll(() => getChronologyTitles(page).count()).toBe(statedCount);
      await expect
        .poll(() => page.getByText(`Showing ${statedCount} of ${TOTAL} events.`, { exact: true }).count())
        .toBe(1);
      const chip = page.getByRole('button', { name: 'Remove filter: Stated by the report', exact: true });
      expect(await chip.isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'Clear all filters' }).isVisible()).toBe(true);
      await expect.poll(() => readParam(page, 'status')).toBe('stated');

      await chip.click();
      await expect.poll(() => getChart(page).getByRole('option').count()).toBe(TOTAL);
      await expect.poll(() => getChronologyTitles(page).count()).toBe(TOTAL);
      await expect.poll(() => chip.count()).toBe(0);
      expect(await stated.isChecked()).toBe(false);
      await expect.poll(() => readParam(page, 'status')).toBeNull();

      // The attackers' claims and a category none of them is in: the option says "(0 events)" before it is chosen.
      await byWord.getByRole('checkbox', { name: /^Claimed by the attackers / }).check();
      const emptyCategory = page
        .getByRole('group', { name: 'Category' })
        .getByRole('checkbox', { name: /\(0 events\)$/ })
        .first();
      expect(await emptyCategory.count()).toBe(1);
      await emptyCategory.check();
      const emptyMessage = page.getByText('Nothing in the timeline matches all of these filters.');
      await expect.poll(() => emptyMessage.isVisible()).toBe(true);
      await expect.poll(() => getChart(page).getByRole('option').count()).toBe(0);
      expect(await getChronologyTitles(page).count()).toBe(0);
      await expect.poll(() => readParam(page, 'lane')).not.toBeNull();
      expect(readParam(page, 'status')).toBe('claimed');

      await page.getByRole('button', { name: 'Clear the filters' }).click();
      await expect.poll(() => getChart(page).getByRole('option').count()).toBe(TOTAL);
      await expect.poll(() => getChronologyTitles(page).count()).toBe(TOTAL);
      expect(await emptyMessage.count()).toBe(0);
      await expect.poll(() => [readParam(page, 'lane'), readParam(page, 'status')]).toEqual([null, null]);

      await expectNoProblems(opened);
    });

    test('every person, organisation and place counts the same events in the Filters panel as in the index', async () => {
      const opened = await open();
      const { page } = opened;
      await openFilters(page);
      const group = page.getByRole('group', { name: 'People, organisations and places' });
      await group.getByRole('checkbox').first().waitFor();
      const filterCounts = new Map<string, number>();
      for (const checkbox of await group.getByRole('checkbox').all()) {
        const name = (await checkbox.evaluate((node) => node.closest('label')?.textContent ?? '')).replace(
          /\s*\(\d+ events?\)\s*$/,
          '',
        );
        filterCounts.set(name.trim(), await readOptionCount(checkbox));
      }
      // The index says each entity's count in words: a place counts the events of the places inside it too.
      const indexCounts = await page.getByRole('article').evaluateAll((articles) =>
        articles.flatMap((article) => {
          const heading = article.querySelector('h4');
          if (heading === null) return [];
          const name = heading.textContent.trim();
          const text = article.textContent;
          const here = /Events here \((\d+) of (\d+)\)/.exec(text);
          const own = /Events \((\d+)\)/.exec(text);
          const within = /(\d+) events? in the places within it/.exec(text);
          const count = here?.[2] ?? own?.[1] ?? within?.[1] ?? (text.includes('ties no event') ? '0' : undefined);
          return [[name, count === undefined ? -1 : Number(count)] as const];
        }),
      );
      expect(indexCounts.length).toBe(filterCounts.size);
      expect(new Map(indexCounts)).toEqual(filterCounts);
      expect(filterCounts.get('Gulshan')).toBeGreaterThan(0);
      await expectNoProblems(opened);
    });

    test('“How many died, according to whom?”: every toll on its own, never a total, each tied to its event', async () => {
      const opened = await open();
      const { page } = opened;
      const ledger = page.getByRole('region', { name: 'What the numbers are' });
      expect(await ledger.getByRole('heading', { level: 2, name: 'What the numbers are' }).isVisible()).toBe(true);
      expect(await ledger.getByRole('heading', { level: 3, name: 'Killed or dead', exact: true }).isVisible()).toBe(
        true,
      );
      expect(await ledger.getByRole('img', { name: /^Killed or dead, / }).count()).toBe(1);
      // The gunmen's deaths have a chart and a table of their own: never on the victims' number line.
      expect(await ledger.getByRole('heading', { level: 3, name: 'Gunmen killed', exact: true }).isVisible()).toBe(
        true,
      );
      const gunmen = ledger.getByRole('table', { name: /^Gunmen killed: / });
      expect(await gunmen.locator('tbody tr').count()).toBe(1);

      const killed = ledger.getByRole('table', { name: /^Killed or dead: / });
      await killed.scrollIntoViewIfNeeded();
      const rows = await killed.locator('tbody tr').evaluateAll((trs) =>
        trs.map((tr) => {
          const [figure, subject, who, claim, source] = [...tr.children].map((cell) =>
            cell.textContent.replace(/\s+/g, ' ').trim(),
          );
          return { figure, subject, who, claim, source };
        }),
      );
      const findRow = (figure: string) => rows.filter((row) => row.figure === figure);
      expect(findRow('at least 22')).toEqual([expect.objectContaining({ who: 'the report itself' }) as unknown]);
      expect(findRow('24').map((row) => row.who)).toEqual(['the terrorists']);
      expect(findRow('24').map((row) => row.claim)).toEqual([
        expect.stringMatching(/Claimed by the attackers.*Not confirmed by Bangladeshi police/) as unknown,
      ]);
      expect(findRow('20').map((row) => row.subject)).toEqual(['foreign hostages']);
      expect(findRow('2').map((row) => row.subject)).toEqual(['police officers']);
      expect(findRow('6')).toEqual([]);
      for (const row of rows) expect(row.source, JSON.stringify(row)).toMatch(/¶\d+/);

      const totalsShown = await page.evaluate((totals) => {
        const texts: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) texts.push(node.textContent ?? '');
        for (const element of document.body.querySelectorAll('[aria-label]')) {
          texts.push(element.getAttribute('aria-label') ?? '');
        }
        const ledgerText = document.querySelector('.figures-ledger')?.textContent ?? '';
        return [
          ...texts.filter((text) => totals.includes(text.trim())),
          ...totals.filter((total) => new RegExp(`(^|[^\\d:.])${total}(?![\\d:])`).test(ledgerText)),
        ];
      }, TOTALS);
      expect(totalsShown).toEqual([]);

      const claimTitle = getTitle('attackers-casualty-claim');
      await killed.getByRole('row', { name: /^24 / }).getByRole('link', { name: claimTitle, exact: true }).click();
      const panel = page.locator('section.event-panel');
      await expect
        .poll(() => panel.getByRole('heading', { level: 2, name: claimTitle, exact: true }).isVisible())
        .toBe(true);

      await expectNoProblems(opened);
    });

    test('“What happened to the hostages?”: the people index highlights their events on the timeline', async () => {
      const opened = await open();
      const { page } = opened;
      const people = page.getByRole('region', { name: 'People, organisations and places' });
      expect(
        await people.getByRole('heading', { level: 2, name: 'People, organisations and places' }).isVisible(),
      ).toBe(true);
      const hostages = people.getByRole('article', { name: 'The hostages', exact: true });
      const toggle = hostages.getByRole('button', { name: 'Highlight its events on the timeline' });
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');

      // The index's code loads as the reader comes to it; its toggle is disabled until then.
      await hostages.scrollIntoViewIfNeeded();
      await expect.poll(() => toggle.isEnabled()).toBe(true);
      // Its events wait behind their disclosure.
      await hostages.locator('summary', { hasText: /^Events/ }).click();
      const titles = await hostages.getByRole('list', { name: 'Events' }).getByRole('link').allTextContents();
      expect(titles.length).toBeGreaterThan(0);
      await toggle.click();
      await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => getMatchingOptions(page).count()).toBe(titles.length);
      for (const title of titles) {
        const option = getChart(page).getByRole('option', {
          name: new RegExp(`^${escapeRegExp(title)}, .*, matches$`),
        });
        expect(await option.count(), title).toBe(1);
      }
      await expect.poll(() => getChronologyBadges(page).count()).toBe(titles.length);
      await expect.poll(() => readParam(page, 'hl')).toBe('hostages');

      await toggle.click();
      await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
      await expect.poll(() => getMatchingOptions(page).count()).toBe(0);
      await expect.poll(() => getChronologyBadges(page).count()).toBe(0);
      await expect.poll(() => readParam(page, 'hl')).toBeNull();

      await expectNoProblems(opened);
    });

    describe('the content note', () => {
      test('a first visit opens on the page, with the note inline before the chart and no dialog', async () => {
        const opened = await open();
        const { page } = opened;
        const note = page.getByRole('banner').getByRole('note');
        expect(await note.textContent()).toMatch(/people were killed/i);
        await waitUntilInteractive(page);
        expect(await page.getByRole('dialog').count()).toBe(0);
        expect(await page.evaluate(() => document.querySelector('dialog:modal'))).toBeNull();
        const noteBox = await note.boundingBox();
        const chartBox = await getChart(page).boundingBox();
        expect(noteBox !== null && chartBox !== null && noteBox.y < chartBox.y).toBe(true);

        await expectNoProblems(opened);
      });

      test('a shared event link in a new profile opens the event’s details at once', async () => {
        const opened = await open('events/gunmen-storm-cafe/');
        const { page } = opened;
        const heading = page
          .locator('section.event-panel')
          .getByRole('heading', { level: 2, name: getTitle('gunmen-storm-cafe'), exact: true });
        await expect.poll(() => heading.isVisible()).toBe(true);
        expect(await page.getByRole('dialog').count()).toBe(0);

        await expectNoProblems(opened);
      });

      test('without JavaScript the same note reads in the page header', async () => {
        const context = chromium.keep(await newContext(chromium.browser, { javaScriptEnabled: false }));
        const opened = await openPage(context, baseUrl);
        const { page } = opened;
        const note = page.getByRole('banner').getByRole('note');
        expect(await note.textContent()).toMatch(/people were killed/i);
        expect(await page.getByRole('dialog').count()).toBe(0);

        await expectNoProblemsWithoutScript(opened);
      });
    });

    test('at 320 × 640 nothing scrolls sideways, and the filters work from the keyboard alone', async () => {
      const opened = await open('', { viewport: { width: 320, height: 640 } });
      const { page } = opened;
      await expectNoHorizontalScroll(page, 'on load');

      await page.keyboard.press('/');
      await page.keyboard.type('hostages');
      await expect.poll(() => getSearchResult(page).textContent()).toMatch(/events match your search/);
      await expectNoHorizontalScroll(page, 'with search results');

      const summary = getFiltersSummary(page);
      await tabTo(page, summary);
      await page.keyboard.press('Enter');
      await expect.poll(() => summary.evaluate((node) => (node.parentElement as HTMLDetailsElement).open)).toBe(true);
      const firstCategory = page.getByRole('group', { name: 'Category' }).getByRole('checkbox').first();
      const count = await readOptionCount(firstCategory);
      await tabTo(page, firstCategory);
      await page.keyboard.press('Space');
      await expect.poll(() => firstCategory.isChecked()).toBe(true);
      await expect.poll(() => getChart(page).getByRole('option').count()).toBe(count);
      await expect.poll(() => readParam(page, 'lane')).not.toBeNull();
      await expectNoHorizontalScroll(page, 'with the Filters panel open and a filter chosen');
      await page.keyboard.press('Space');
      await expect.poll(() => firstCategory.isChecked()).toBe(false);
      await expect.poll(() => getChart(page).getByRole('option').count()).toBe(TOTAL);

      for (const name of ['What the numbers are', 'People, organisations and places']) {
        const section = page.getByRole('region', { name });
        await section.scrollIntoViewIfNeeded();
        await expectNoHorizontalScroll(page, `with “${name}” in view`);
      }

      await expectNoProblems(opened);
    });

    // axe takes ten seconds or more a page on a busy two-core machine.
    describe('axe finds no violation', { timeout: 120_000 }, () => {
      test('with search results showing', async () => {
        const opened = await open('?q=police');
        await expect.poll(() => getMatchingOptions(opened.page).count()).toBeGreaterThan(0);
        await readSettledAxis(opened.page);
        expect(await findAxeViolations(opened.page)).toEqual([]);
        await expectNoProblems(opened);
      });

      test('with the Filters panel open and a filter active', async () => {
        const opened = await open();
        const { page } = opened;
        await openFilters(page);
        await page
          .getByRole('group', { name: 'On whose word' })
          .getByRole('checkbox', { name: /^Attributed / })
          .check();
        await expect.poll(() => page.getByRole('button', { name: 'Remove filter: Attributed' }).count()).toBe(1);
        await readSettledAxis(page);
        expect(await findAxeViolations(page)).toEqual([]);
        await expectNoProblems(opened);
      });

      test('with the ledger in view', async () => {
        const opened = await open();
        await opened.page.getByRole('region', { name: 'What the numbers are' }).scrollIntoViewIfNeeded();
        expect(await findAxeViolations(opened.page)).toEqual([]);
        await expectNoProblems(opened);
      });
    });
  },
);
