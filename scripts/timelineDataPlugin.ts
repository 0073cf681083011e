/**
 * Validates `src/data/timeline.json` whenever Vite builds or serves it. A
 * malformed file stops `npm run build` with a message naming the file, the JSON
 * path, the record's id and the problem; `npm run dev` prints the same message
 * and shows it in Vite's overlay over the page, at start and whenever an edit
 * breaks the file, and the timeline returns once the file is fixed.
 *
 * `TIMELINE_FILE=path/to/other.json` builds or serves the app on another timeline
 * file (the security tests' hostile timeline, a malformed file in the dev server).
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { searchForWorkspaceRoot } from 'vite';
import type { HtmlTagDescriptor, Plugin } from 'vite';
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

/**
 * The `<link rel="preload">` that lets the browser fetch the timeline's data alongside the script that asks
 * for it (src/app/fetchTimeline.ts). `crossorigin` matches fetch()'s own mode, so the preload is reused.
 */
export function getTimelinePreloadTag(href: string): HtmlTagDescriptor {
  return {
    tag: 'link',
    attrs: { rel: 'preload', href, as: 'fetch', type: 'application/json', crossorigin: 'anonymous' },
    injectTo: 'head',
  };
}

export function timelineDataPlugin(file: string = getTimelineFile()): Plugin {
  const shown = relative(process.cwd(), file);
  let base = '/';
  let root = process.cwd();
  let isServe = false;
  const validate = (text: string, fail: (message: string) => void) => {
    const message = validateTimelineText(text, shown);
    if (message !== undefined) fail(message);
  };
  return {
    name: 'timeline-data',
    // Before Vite's own JSON plugin, so a syntax error gets our message too.
    enforce: 'pre',
    config(config) {
      if (file === DEFAULT_TIMELINE_FILE) return undefined;
      // The dev server serves a chosen file from its folder, wherever that is, as well as the project. (The
      // folder, not the file: Vite checks `file?url` against the list, and only a folder prefix matches it.)
      return { server: { fs: { allow: [searchForWorkspaceRoot(config.root ?? process.cwd()), dirname(file)] } } };
    },
    configResolved(config) {
      base = config.base;
      root = config.root;
      isServe = config.command === 'serve';
    },
    async resolveId(source, importer, options) {
      const [path = source, query] = source.split('?');
      if (file === DEFAULT_TIMELINE_FILE || !path.endsWith('.json')) return null;
      // The app imports the curated file by its path; another chosen file takes its place.
      const resolved = await this.resolve(path, importer, { ...options, skipSelf: true });
      if (resolved?.id.split('?')[0] !== DEFAULT_TIMELINE_FILE) return null;
      return query === undefined ? file : `${file}?${query}`;
    },
    buildStart() {
      // The dev server starts whatever the file holds, says what is wrong in the terminal, and the page shows
      // the same in Vite's overlay (the file's import fails below): a stopped server would show no page at all.
      validate(readFileSync(file, 'utf8'), (message) => (isServe ? this.warn(message) : this.error(message)));
    },
    transform(code, id) {
      const [path, query] = id.split('?');
      if (path !== file) return null;
      // The client fetches the file by its URL (`?url`), so that import is where a broken file must show.
      this.addWatchFile(file);
      validate(query === undefined ? code : readFileSync(file, 'utf8'), (message) => this.error(message));
      return null;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const asset = Object.values(context.bundle ?? {}).find(
          (output) => output.type === 'asset' && output.originalFileNames.some((name) => resolve(root, name) === file),
        );
        return asset === undefined ? [] : [getTimelinePreloadTag(`${base}${asset.fileName}`)];
      },
    },
  };
}
