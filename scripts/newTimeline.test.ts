// @vitest-environment node
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { parseTimelineText } from '../src/data/parseTimeline.ts';
import { validateTimelineText } from './timelineDataPlugin.ts';

const SCRIPT = new URL('./newTimeline.ts', import.meta.url).pathname;
let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'new-timeline-'));
  writeFileSync(join(root, 'fire.txt'), 'A fire broke out at the docks, the fire service said.\nSubscribe now.\n');
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('npm run new', () => {
  test('scaffolds a timeline of the report that the build accepts: its one document, the meta, no events', () => {
    const said = execFileSync(
      process.execPath,
      [SCRIPT, join(root, 'fire.txt'), '--title', 'Fire at the docks', '--zone', 'Europe/London'],
      {
        encoding: 'utf8',
      },
    );
    expect(said).toContain('fire.timeline.json: "Fire at the docks", 2 paragraphs, no events yet.');
    const text = readFileSync(join(root, 'fire.timeline.json'), 'utf8');
    const parsed = parseTimelineText(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.timeline.documents).toEqual([
      { id: 'fire', title: 'Fire at the docks', paragraphCount: 2, furniture: [] },
    ]);
    expect(parsed.timeline.meta).toMatchObject({ title: 'Fire at the docks', zone: 'Europe/London' });
    expect(parsed.timeline.events).toEqual([]);
    expect(validateTimelineText(text, 'fire.timeline.json', () => new Map([['fire', ['a', 'b']]]))).toMatchObject({
      ok: true,
      unchecked: [],
    });
  });

  test('never overwrites a file, and says what is wrong with a zone or a missing report', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });
    writeFileSync(join(root, 'fire.timeline.json'), 'mine');
    expect(run(join(root, 'fire.txt'))).toMatchObject({
      status: 1,
      stderr: expect.stringMatching(/already exists/) as string,
    });
    expect(readFileSync(join(root, 'fire.timeline.json'), 'utf8')).toBe('mine');
    const out = join(root, 'other.json');
    expect(run(join(root, 'fire.txt'), '--out', out, '--zone', 'Mars/Olympus')).toMatchObject({
      status: 1,
      stderr: expect.stringMatching(/not an IANA time zone/) as string,
    });
    expect(run(join(root, 'missing.txt'))).toMatchObject({
      status: 1,
      stderr: expect.stringMatching(/missing\.txt not found/) as string,
    });
  });
});
