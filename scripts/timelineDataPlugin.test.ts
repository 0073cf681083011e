// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createLogger, createServer } from 'vite';
import type { Logger, Rolldown } from 'vite';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { makeTestTimeline } from '../tests/support/makeTestTimeline.ts';
import { parseTimelineText } from '../src/data/parseTimeline.ts';
import { DEV_DATA_PATH, timelineDataPlugin } from './timelineDataPlugin.ts';
import type { TimelineDataOptions } from './timelineDataPlugin.ts';

/** A report the test timeline quotes faithfully (tests/support/makeTestTimeline.ts): five paragraphs, one a line. */
const REPORT = [
  'At 9.20pm the gunmen entered the café, witnesses said.',
  'The attackers later claimed a toll of 24.',
  'The police would not confirm the figure.',
  'Subscribe to our newsletter.',
  'The siege ended the next morning.',
].join('\n');

let root: string;
let file: string;
let reportFile: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'timeline-plugin-'));
  file = join(root, 'timeline.json');
  reportFile = join(root, 'report.txt');
  writeFileSync(reportFile, REPORT);
  writeFileSync(join(root, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>');
  writeFileSync(
    join(root, 'main.js'),
    "import timeline from './timeline.json'; import url from './timeline.json?url'; console.log(timeline.meta.title, url);",
  );
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function writeTimeline(raw: unknown) {
  writeFileSync(file, JSON.stringify(raw, null, 2));
}

/** A logger that keeps what Vite would print as warnings. */
function createRecordingLogger(): { logger: Logger; warnings: string[] } {
  const warnings: string[] = [];
  const logger = { ...createLogger('silent'), warn: (message: string) => void warnings.push(message) };
  return { logger, warnings };
}

async function buildWithPlugin(options: TimelineDataOptions = {}, logger?: Logger): Promise<Rolldown.OutputBundle> {
  const output = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    ...(logger === undefined ? {} : { customLogger: logger }),
    plugins: [timelineDataPlugin({ file, reportFile, requireReport: false, ...options })],
    build: { write: false, assetsInlineLimit: 0 },
  });
  const [result] = Array.isArray(output) ? output : [output];
  if (!('output' in result)) throw new Error('the build returned a watcher, not its output');
  return Object.fromEntries(result.output.map((item) => [item.fileName, item]));
}

/** The text of every output file whose name matches. */
function readOutputs(bundle: Rolldown.OutputBundle, name: RegExp): string[] {
  return Object.values(bundle)
    .filter((item) => name.test(item.fileName))
    .map((item) => (item.type === 'chunk' ? item.code : String(item.source)));
}

describe('the timeline-data plugin', () => {
  test('ships the validated data re-serialised, as the fetched asset and as JSON.parse in the script', async () => {
    writeTimeline(makeTestTimeline());
    const bundle = await buildWithPlugin();
    const parsed = parseTimelineText(JSON.stringify(makeTestTimeline(), null, 2));
    if (!parsed.ok) throw new Error('the test timeline is invalid');
    const validated = JSON.stringify(parsed.timeline);
    const [asset] = readOutputs(bundle, /^assets\/timeline-.*\.json$/);
    expect(asset).toBe(validated);
    const [script = ''] = readOutputs(bundle, /\.js$/);
    // The minifier may requote the string; the data stays one string handed to JSON.parse, never an object literal.
    expect(script).toMatch(/JSON\.parse\(([`"'])\{"meta":\{"title":"A test timeline"/);
    expect(script).toContain(validated);
    const [html = ''] = readOutputs(bundle, /index\.html$/);
    const assetName = Object.keys(bundle).find((name) => name.endsWith('.json')) ?? '';
    expect(html).toContain(`<link rel="preload" href="/${assetName}" as="fetch"`);
  });

  test('never ships the author’s bytes: keys the schema drops and the file’s layout are gone', async () => {
    const raw = { $schema: './timeline.schema.json', ...makeTestTimeline() };
    writeFileSync(file, `\n\n${JSON.stringify(raw, null, 8)}\n\n`);
    const bundle = await buildWithPlugin();
    const [asset = ''] = readOutputs(bundle, /\.json$/);
    expect(asset.startsWith('{"$schema":"./timeline.schema.json","meta":{"title":"A test timeline"')).toBe(true);
    expect(asset).not.toContain('\n');
  });

  test('refuses a __proto__ key by name, and nothing is built', async () => {
    const text = JSON.stringify(makeTestTimeline(), null, 2).replace(
      '"id": "entry",',
      '"id": "entry",\n      "__proto__": { "status": "claimed", "sources": [{ "paragraph": 2, "excerpt": "x" }] },',
    );
    writeFileSync(file, text);
    await expect(buildWithPlugin()).rejects.toThrow(
      /timeline\.json: events\[0\]\.__proto__ \(id "entry"\): the key "__proto__" is refused anywhere in a timeline file \(line 35, column 7\)/,
    );
  });

  test('stops the build naming the file, the path, the event and the problem', async () => {
    const raw = makeTestTimeline();
    Object.assign(raw.events[1] as object, { category: 'weather' });
    writeTimeline(raw);
    await expect(buildWithPlugin()).rejects.toThrow(
      /timeline\.json: events\[1\]\.category \(id "claim"\): no category has the id "weather"/,
    );
  });

  test('stops the build on a truncated file with its line and column, not a stack of parser noise', async () => {
    writeFileSync(file, JSON.stringify(makeTestTimeline()).slice(0, 100));
    await expect(buildWithPlugin()).rejects.toThrow(
      /timeline\.json: \(whole file\): not valid JSON: line 1, column 99: a string is not closed/,
    );
  });

  test('stops the build on a misquote, naming the file, the path, the record, the paragraph and the words', async () => {
    const raw = makeTestTimeline();
    Object.assign(raw.events[2]?.sources[0] as object, { excerpt: 'police would not deny' });
    writeTimeline(raw);
    await expect(buildWithPlugin()).rejects.toThrow(
      'timeline.json: events[2].sources[0].excerpt (id "denial"): the excerpt is not verbatim in paragraph 3 of document "report": it has "deny" where the paragraph has "confirm the figure."',
    );
  });

  test('builds without the report, saying so in one loud line', async () => {
    writeTimeline(makeTestTimeline());
    const { logger, warnings } = createRecordingLogger();
    await buildWithPlugin({ reportFile: join(root, 'missing.txt') }, logger);
    const said = warnings.filter((warning) => warning.includes('missing.txt'));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(
      /warning: .*missing\.txt not found: excerpts were NOT checked against that document \(set REPORT_FILE or SOURCES_DIR\)/,
    );
    expect(said[0]).not.toContain('\n');
  });

  test('under CI, stops the build when the report is missing', async () => {
    writeTimeline(makeTestTimeline());
    await expect(buildWithPlugin({ reportFile: join(root, 'missing.txt'), requireReport: true })).rejects.toThrow(
      /missing\.txt not found: with CI=true every excerpt must be checked against its document \(set REPORT_FILE or SOURCES_DIR\)/,
    );
  });

  test('checks a second document’s citations against `<id>.txt` beside the report, or in `sourcesDir`', async () => {
    const raw = makeTestTimeline();
    raw.documents.push({ id: 'statement', title: 'A police statement', paragraphCount: 1, furniture: [] });
    Object.assign(raw.events[2]?.sources[0] as object, { document: 'statement', paragraph: 1, excerpt: 'no comment' });
    writeTimeline(raw);
    writeFileSync(join(root, 'statement.txt'), 'The police said: no comment.\n');
    await expect(buildWithPlugin()).resolves.toBeDefined();
    writeFileSync(join(root, 'statement.txt'), 'The police said nothing.\n');
    await expect(buildWithPlugin()).rejects.toThrow(
      'timeline.json: events[2].sources[0].excerpt (id "denial"): the excerpt is not verbatim in paragraph 1 of document "statement": it has "comment" where the paragraph has "thing."',
    );
    const elsewhere = mkdtempSync(join(tmpdir(), 'timeline-sources-'));
    try {
      writeFileSync(join(elsewhere, 'statement.txt'), 'The police said: no comment.\n');
      await expect(buildWithPlugin({ sourcesDir: elsewhere })).resolves.toBeDefined();
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  test('builds a file of the format before `documents`, saying in one line how to update it', async () => {
    const { documents, ...raw } = makeTestTimeline();
    const [report] = documents;
    const old = {
      ...raw,
      meta: { ...raw.meta, paragraphCount: report?.paragraphCount, furniture: report?.furniture },
      events: raw.events.map((event) => ({
        ...event,
        sources: event.sources.map(({ document: _document, ...source }) => source),
      })),
    };
    writeTimeline(old);
    const { logger, warnings } = createRecordingLogger();
    const bundle = await buildWithPlugin({}, logger);
    const [asset = ''] = readOutputs(bundle, /\.json$/);
    expect(JSON.parse(asset)).toMatchObject({ documents: [{ id: 'report', paragraphCount: 5, furniture: [4] }] });
    expect(warnings).toEqual([
      expect.stringMatching(
        /note: .*timeline\.json has no `documents` \(the format before them\): it was read as citing one document, "report"; `node scripts\/migrateTimeline\.ts .*timeline\.json` rewrites it/,
      ),
    ]);
  });

  test('refuses an import of the file’s raw text', async () => {
    writeTimeline(makeTestTimeline());
    writeFileSync(join(root, 'main.js'), "import text from './timeline.json?raw'; console.log(text);");
    await expect(buildWithPlugin()).rejects.toThrow(/may be imported as data or with \?url, never as its raw text/);
  });

  test('lets the dev server start on a malformed file, fails the file’s import with the problem, and serves the data once it is fixed', async () => {
    const raw = makeTestTimeline();
    Object.assign(raw.events[0]?.time as object, { at: 'Friday night' });
    writeTimeline(raw);
    const server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [timelineDataPlugin({ file, reportFile, requireReport: false })],
      server: { port: 0, host: '127.0.0.1' },
    });
    try {
      // Started, the server can show the problem in its overlay; stopped, the reader would see no page at all.
      await server.listen();
      await expect(server.environments.client.transformRequest('/timeline.json')).rejects.toThrow(
        /events\[0\]\.time\.at \(id "entry"\): must be an ISO 8601 instant/,
      );
      const dataUrl = new URL(DEV_DATA_PATH, server.resolvedUrls?.local[0]);
      expect((await fetch(dataUrl)).status).toBe(500);

      writeTimeline(makeTestTimeline());
      const module = await server.environments.client.transformRequest('/timeline.json?url');
      expect(module?.code).toContain(`/${DEV_DATA_PATH}`);
      const response = await fetch(dataUrl);
      const parsed = parseTimelineText(JSON.stringify(makeTestTimeline()));
      expect(await response.text()).toBe(parsed.ok ? JSON.stringify(parsed.timeline) : '');
    } finally {
      await server.close();
    }
  });
});
