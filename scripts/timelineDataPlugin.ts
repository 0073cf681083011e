/**
 * Validates `src/data/timeline.json` whenever Vite builds or serves it. A
 * malformed file stops `npm run build` and `npm run dev` with a message naming
 * the file, the JSON path, the record's id and the problem; while the dev server
 * runs, an edit that breaks the file shows the same message in Vite's overlay.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { formatTimelineProblems, parseTimelineText } from '../src/data/parseTimeline.ts';

const TIMELINE_FILE = fileURLToPath(new URL('../src/data/timeline.json', import.meta.url));

/** The problems in a timeline file's text, formatted, or undefined when it is valid. */
export function validateTimelineText(text: string, file: string): string | undefined {
  const result = parseTimelineText(text);
  return result.ok ? undefined : formatTimelineProblems(file, result.problems);
}

export function timelineDataPlugin(file: string = TIMELINE_FILE): Plugin {
  const shown = relative(process.cwd(), file);
  return {
    name: 'timeline-data',
    // Before Vite's own JSON plugin, so a syntax error gets our message too.
    enforce: 'pre',
    buildStart() {
      const message = validateTimelineText(readFileSync(file, 'utf8'), shown);
      if (message !== undefined) this.error(message);
    },
    transform(code, id) {
      if (id.split('?')[0] !== file) return null;
      const message = validateTimelineText(code, shown);
      if (message !== undefined) this.error(message);
      return { code, map: null };
    },
  };
}
