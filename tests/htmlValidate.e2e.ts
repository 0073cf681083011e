/**
 * Every page of the build (`dist/`, and `dist-subpath/` when built) passes html-validate with the project's
 * `.htmlvalidate.json`: the `recommended` and `document` presets, with these changes, each because the rule
 * judges style or misreads valid output of React's server renderer or Vite, never because the markup is wrong:
 *
 * - `valid-id` relaxed: React's `useId` makes ids such as `_R_kd_` (and ours append `-heading` to them); HTML
 *   allows any id without spaces, and only the strict mode asks for a leading letter.
 * - `attr-case` accepts camelCase too: React writes the DOM property names `dateTime`, `autoComplete`,
 *   `maxLength`, `spellCheck` as they are; HTML attribute names are case-insensitive.
 * - `attribute-boolean-style` asks for `disabled=""` instead of a bare `disabled`: that is how React writes them.
 * - `attribute-empty-style` off: React writes `download=""` and Vite a bare `crossorigin`; both mean the same.
 * - `void-style` and `doctype-style` off: `<meta />` against `<meta>`, `<!doctype html>` against
 *   `<!DOCTYPE html>` are spelling only.
 * - `long-title` off: a search engine's display length. Event pages lead with the event's title and end with
 *   the story's name, so a cut-off title loses only the part every page shares.
 * - `heading-level` lets a modal dialog start at `<h2>` (as the WAI-ARIA practices' dialogs do): the content
 *   note comes before the page's `<h1>` in the source, which the default `auto` would require it to be.
 * - `prefer-native-element` skips `listbox`: the chart is an SVG listbox of marks on purpose (no native
 *   `<select>` can draw a timeline); `tests/keyboard.e2e.ts` checks it works as one.
 * - `require-sri` only for other origins: the pages load nothing from any, and same-origin assets come from
 *   the same server as the page itself.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { readDataEvents } from './timelinePage.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILDS = ['dist', 'dist-subpath'].filter((dir) => existsSync(join(ROOT, dir, 'index.html')));

/** Every `.html` file under `dir`, as absolute paths, sorted. */
function findPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name))
    .sort();
}

/** The pages the prerender step promises: home, 404, and one full and one embed page per event. */
function getExpectedPages(): string[] {
  const ids = readDataEvents().map((event) => event.id);
  return [
    'index.html',
    '404.html',
    'embed/index.html',
    ...ids.map((id) => `events/${id}/index.html`),
    ...ids.map((id) => `embed/events/${id}/index.html`),
  ];
}

/** Each message of a report as `file:line:column rule: message (selector)`. */
async function validatePages(validator: HtmlValidate, pages: readonly string[]): Promise<string[]> {
  const messages: string[] = [];
  for (const page of pages) {
    const report = await validator.validateFile(page);
    for (const result of report.results) {
      for (const m of result.messages) {
        const where = `${relative(ROOT, page)}:${m.line}:${m.column}`;
        messages.push(`${where} ${m.ruleId}: ${m.message}${m.selector === null ? '' : ` (${m.selector})`}`);
      }
    }
  }
  return messages;
}

describe('html-validate', () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());

  test('the project’s configuration is in force: it still catches a duplicate id and a div posing as a region', async () => {
    const page = join(ROOT, 'dist', 'probe.html');
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>Probe</title></head><body><main>' +
        '<h1 id="a">One</h1><p id="a">Two</p><div role="region" aria-label="Box">Three</div></main></body></html>',
      page,
    );
    const rules = report.results.flatMap((result) => result.messages.map((m) => m.ruleId));
    expect(rules).toEqual(expect.arrayContaining(['no-dup-id', 'prefer-native-element']));
  });

  test.each(BUILDS)('every page in %s/ is valid, with zero errors', async (build) => {
    const dir = join(ROOT, build);
    const pages = findPages(dir);
    const missing = getExpectedPages().filter((page) => !pages.includes(join(dir, page)));
    expect(missing, `pages the build should have made`).toEqual([]);

    const messages = await validatePages(validator, pages);
    expect(messages, `${messages.length} html-validate message(s) in ${pages.length} pages`).toEqual([]);
  });
});
