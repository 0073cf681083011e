// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { parseTimelineText } from '../src/data/parseTimeline.ts';
import { writeNewTimeline } from './newTimeline.ts';
import { validateTimelineText } from './timelineDataPlugin.ts';

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
    const report = join(root, 'fire.txt');
    const result = writeNewTimeline({ report, title: 'Fire at the docks', zone: 'Europe/London', today: '2026-12-04' });
    expect(result).toEqual({
      ok: true,
      file: join(root, 'fire.timeline.json'),
      title: 'Fire at the docks',
      paragraphCount: 2,
    });
    const text = readFileSync(join(root, 'fire.timeline.json'), 'utf8');
    const parsed = parseTimelineText(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.timeline.documents).toEqual([
      { id: 'fire', title: 'Fire at the docks', paragraphCount: 2, furniture: [] },
    ]);
    expect(parsed.timeline.meta).toMatchObject({
      title: 'Fire at the docks',
      zone: 'Europe/London',
      updated: '2026-12-04',
    });
    expect(parsed.timeline.events).toEqual([]);
    expect(validateTimelineText(text, 'fire.timeline.json', () => new Map([['fire', ['a', 'b']]]))).toMatchObject({
      ok: true,
      unchecked: [],
    });
  });

  test('never overwrites a file, and says what is wrong with a zone or a missing report', () => {
    const report = join(root, 'fire.txt');
    writeFileSync(join(root, 'fire.timeline.json'), 'mine');
    expect(writeNewTimeline({ report })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/already exists/) as string,
    });
    expect(readFileSync(join(root, 'fire.timeline.json'), 'utf8')).toBe('mine');
    expect(writeNewTimeline({ report, out: join(root, 'other.json'), zone: 'Mars/Olympus' })).toEqual({
      ok: false,
      message: '--zone Mars/Olympus is not an IANA time zone such as Asia/Dhaka',
    });
    expect(writeNewTimeline({ report: join(root, 'missing.txt') })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/missing\.txt not found/) as string,
    });
  });
});
