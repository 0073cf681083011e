// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { getDownloadFiles } from '../../src/data/downloadFiles.ts';
import { timeline } from '../../src/data/loadTimeline.ts';
import { UTF8_BOM } from './csvTable.ts';
import { makeCraftedTimeline } from './readDownloads.ts';
import { toDownloadsReadme } from './toDownloadsReadme.ts';
import { FIGURE_COLUMNS } from './toFiguresCsv.ts';
import { EVENT_COLUMNS } from './toTimelineCsv.ts';

/** The curated timeline’s download files. */
const downloadFiles = getDownloadFiles(timeline);

describe('toDownloadsReadme', () => {
  const readme = toDownloadsReadme(timeline);

  test('starts with a byte-order mark and says when the facts last changed', () => {
    expect(readme.startsWith(`${UTF8_BOM}${timeline.meta.title}: the data\nLast updated 3 December 2026`)).toBe(true);
  });

  test('names every download file', () => {
    for (const name of Object.values(downloadFiles).filter((name) => name !== downloadFiles.readme)) {
      expect(readme).toContain(`- ${name}: `);
    }
    expect(readme).toContain('there is no total');
  });

  test('names the source document with what is known of it, and no more', () => {
    expect(readme).toContain(
      '- An untitled news report on the Holey Artisan Bakery attack [report]: no publisher or date given; 23 paragraphs (paragraphs 8 and 13: page furniture, left out).',
    );
  });

  test('lists every note added from outside the report, with its reason', () => {
    for (const note of timeline.meta.context) expect(readme).toContain(`- ${note.statement}\n  ${note.why}\n`);
  });

  test('glosses BST, which the report’s own words use', () => {
    expect(readme).toContain('- “BST” here is British Summer Time, UTC+1.');
  });

  test('explains every column of both CSVs and every time kind', () => {
    for (const column of [...EVENT_COLUMNS, ...FIGURE_COLUMNS])
      expect(readme).toContain(`\n- ${column.name}: ${column.about}\n`);
    for (const kind of ['exact', 'approximate', 'window-moment', 'window-lasting', 'order-only']) {
      expect(readme).toContain(`\n- ${kind}: `);
    }
  });

  test('lists every correction by id, with its date, records, what changed and why', () => {
    expect(readme).toContain(`Corrections (${timeline.corrections.length})`);
    for (const correction of timeline.corrections) {
      expect(readme).toContain(`- ${correction.id}, `);
      expect(readme).toContain(
        `records: ${correction.records.join(', ')}\n  What changed: ${correction.what}\n  Why: ${correction.why}\n`,
      );
    }
  });

  test('says so when no quoted passage needs a gloss', () => {
    expect(toDownloadsReadme(makeCraftedTimeline(() => undefined))).toContain(
      'None of the quoted passages needs a gloss.',
    );
  });
});
