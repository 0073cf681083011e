// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { makeTestTimeline } from '../../tests/support/makeTestTimeline.ts';
import { saveTimelineText } from './studioSavePlugin.ts';

let root: string;
let file: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'studio-save-'));
  file = join(root, 'timeline.json');
  writeFileSync(file, 'the file as it was');
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('saveTimelineText', () => {
  test('refuses, and leaves the file alone, when an excerpt is not in its document’s text, as the build would', async () => {
    const text = JSON.stringify(makeTestTimeline());
    const report = ['Nothing of the kind.', 'b', 'c', 'd', 'e'];
    const saved = await saveTimelineText(file, text, () => new Map([['report', report]]));
    expect(saved).toMatchObject({
      ok: false,
      message: expect.stringContaining(
        'events[0].sources[0].excerpt (id "entry"): the excerpt is not verbatim in paragraph 1 of document "report"',
      ) as string,
    });
    expect(readFileSync(file, 'utf8')).toBe('the file as it was');
  });

  test('writes a valid timeline whose excerpts its documents hold', async () => {
    const text = JSON.stringify(makeTestTimeline());
    const report = [
      'At 9.20pm the gunmen entered the café, witnesses said.',
      'The attackers later claimed a toll of 24.',
      'The police would not confirm the figure.',
      'Subscribe to our newsletter.',
      'The siege ended the next morning.',
    ];
    expect(await saveTimelineText(file, text, () => new Map([['report', report]]))).toEqual({ ok: true });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(makeTestTimeline());
  });
});
