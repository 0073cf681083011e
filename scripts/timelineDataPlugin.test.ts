// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createServer } from 'vite';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { makeTestTimeline } from '../src/data/makeTestTimeline.ts';
import { timelineDataPlugin } from './timelineDataPlugin.ts';

let root: string;
let file: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'timeline-plugin-'));
  file = join(root, 'timeline.json');
  writeFileSync(join(root, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>');
  writeFileSync(join(root, 'main.js'), "import timeline from './timeline.json'; console.log(timeline.meta.title);");
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function writeTimeline(raw: unknown) {
  writeFileSync(file, JSON.stringify(raw));
}

function buildWithPlugin() {
  return build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [timelineDataPlugin(file)],
    build: { write: false },
  });
}

describe('the timeline-data plugin', () => {
  test('lets a valid timeline build', async () => {
    writeTimeline(makeTestTimeline());
    await expect(buildWithPlugin()).resolves.toBeDefined();
  });

  test('stops the build naming the file, the path, the event and the problem', async () => {
    const raw = makeTestTimeline();
    Object.assign(raw.events[1] as object, { category: 'weather' });
    writeTimeline(raw);
    await expect(buildWithPlugin()).rejects.toThrow(
      /timeline\.json: events\[1\]\.category \(id "claim"\): no category has the id "weather"/,
    );
  });

  test('stops the build on a truncated file with a JSON message, not a stack of parser noise', async () => {
    writeFileSync(file, JSON.stringify(makeTestTimeline()).slice(0, 100));
    await expect(buildWithPlugin()).rejects.toThrow(/timeline\.json: \(whole file\): not valid JSON/);
  });

  test('lets the dev server start on a malformed file, and fails the file’s import with the problem', async () => {
    const raw = makeTestTimeline();
    Object.assign(raw.events[0]?.time as object, { at: 'Friday night' });
    writeTimeline(raw);
    const server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [timelineDataPlugin(file)],
      server: { port: 0, host: '127.0.0.1' },
    });
    try {
      // Started, the server can show the problem in its overlay; stopped, the reader would see no page at all.
      await server.listen();
      await expect(server.environments.client.transformRequest('/timeline.json')).rejects.toThrow(
        /events\[0\]\.time\.at \(id "entry"\): must be an ISO 8601 instant/,
      );
    } finally {
      await server.close();
    }
  });
});
