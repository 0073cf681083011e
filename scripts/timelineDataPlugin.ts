/**
 * Validates `src/data/timeline.json` whenever Vite builds or serves it. A
 * malformed file stops `npm run build` and `npm run dev` with a message naming
 * the file, the JSON path, the record's id and the problem; while the dev server
 * runs, an edit that breaks the file shows the same message in Vite's overlay.
 *
 * `TIMELINE_FILE=path/to/other.json` builds or serves the app on another timeline
 * file (the security tests' hostile timeline, a malformed file in the dev server).
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { formatTimelineProblems, parseTimelineText } from '../src/data/parseTimeline.ts';

/** The curated timeline, which `src/data/loadTimeline.ts` imports. */
export const DEFAULT_TIMELINE_FILE = fileURLToPath(new URL('../src/data/timeline.json', import.meta.url));

/** The timeline file to build: `$TIMELINE_FILE` when set, else the curated one. */
export function getTimelineFile(): string {
  const chosen = process.env.TIMELINE_FILE;
  return chosen === undefined || chosen === '' ? DEFAULT_TIMELINE_FILE : resolve(chosen);
}

/** The problems in a timeline file's text, formatted, or undefined when it is valid. */
export function validateTimelineText(text: string, file: string): string | undefined {
  const result = parseTimelineText(text);
  return result.ok ? undefined : formatTimelineProblems(file, result.problems);
}

export function timelineDataPlugin(file: string = getTimelineFile()): Plugin {
  const shown = relative(process.cwd(), file);
  return {
    name: 'timeline-data',
    // Before Vite's own JSON plugin, so a syntax error gets our message too.
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (file === DEFAULT_TIMELINE_FILE || !source.endsWith('.json')) return null;
      // The app imports the curated file by its path; another chosen file takes its place.
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id.split('?')[0] === DEFAULT_TIMELINE_FILE ? file : null;
    },
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
