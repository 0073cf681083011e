/**
 * The one way a timeline file reaches the app: whenever Vite builds or serves it, this plugin reads the file with
 * the strict validator (`parseTimelineText`), checks every excerpt against the report (`checkProvenance`), and
 * hands every consumer the validated data re-serialised, never the author's bytes: the module `timeline.json`
 * (the SSR bundle, and so the prerendered pages, previews and downloads) is `JSON.parse` of that text, and its
 * `?url` asset (which the client fetches) is that text.
 *
 * A malformed file or a misquoted excerpt stops `npm run build` with a message naming the file, the JSON path,
 * the record's id and the problem; `npm run dev` prints the same message and shows it in Vite's overlay over the
 * page, at start and whenever an edit breaks the file, and the timeline returns once the file is fixed.
 *
 * `TIMELINE_FILE=path/to/other.json` builds or serves the app on another timeline file (the security tests'
 * hostile timeline, a malformed file in the dev server). Each document the timeline cites is checked against its
 * text, one paragraph a line: the first document's is `REPORT_FILE` (`../shared/report.txt` beside the project by
 * default), and every other document's is `<id>.txt` in the same folder (`SOURCES_DIR` names another). A text
 * that is not there leaves that document's excerpts unchecked, which one loud line says; under `CI=true` the
 * build fails instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { styleText } from 'node:util';
import { searchForWorkspaceRoot } from 'vite';
import type { HtmlTagDescriptor, Logger, Plugin } from 'vite';
import { checkProvenance, splitReportParagraphs } from '../src/data/checkProvenance.ts';
import type { DocumentTexts } from '../src/data/checkProvenance.ts';
import { formatTimelineProblems, parseTimelineText } from '../src/data/parseTimeline.ts';
import type { LoadedTimeline } from '../src/data/parseTimeline.ts';

/** The curated timeline, which `src/data/loadTimeline.ts` imports. */
export const DEFAULT_TIMELINE_FILE = fileURLToPath(new URL('../src/data/timeline.json', import.meta.url));

/** The report the curated timeline quotes, kept outside the project: `../shared/report.txt` beside it. */
export const DEFAULT_REPORT_FILE = fileURLToPath(new URL('../../shared/report.txt', import.meta.url));

/** Where the dev server serves the validated data for `timeline.json?url`, under the base path. */
export const DEV_DATA_PATH = '@timeline-data/timeline.json';

/** The timeline file to build: `$TIMELINE_FILE` when set, else the curated one. */
export function getTimelineFile(): string {
  const chosen = process.env.TIMELINE_FILE;
  return chosen === undefined || chosen === '' ? DEFAULT_TIMELINE_FILE : resolve(chosen);
}

/** The report to check excerpts against: `$REPORT_FILE` when set, else `../shared/report.txt` beside the project. */
export function getReportFile(): string {
  const chosen = process.env.REPORT_FILE;
  return chosen === undefined || chosen === '' ? DEFAULT_REPORT_FILE : resolve(chosen);
}

/** Where each document's text is: the first at `reportFile`, every other as `<id>.txt` in `sourcesDir`. */
export interface DocumentTextFiles {
  reportFile: string;
  sourcesDir: string;
}

/** The folder other documents' texts are in: `$SOURCES_DIR` when set, else the report's own folder. */
export function getSourcesDir(reportFile: string): string {
  const chosen = process.env.SOURCES_DIR;
  return chosen === undefined || chosen === '' ? dirname(reportFile) : resolve(chosen);
}

/** The text file of each document of a timeline, by its id. */
export function getDocumentTextFiles(
  documents: LoadedTimeline['documents'],
  files: DocumentTextFiles,
): Map<string, string> {
  return new Map(
    documents.map((document, i) => [
      document.id,
      i === 0 ? files.reportFile : join(files.sourcesDir, `${document.id}.txt`),
    ]),
  );
}

/** Every document's text that is there, read, by the document's id; the paths of those that are not. */
export function readDocumentTexts(
  documents: LoadedTimeline['documents'],
  files: DocumentTextFiles,
): { texts: Map<string, readonly string[]>; missing: string[] } {
  const texts = new Map<string, readonly string[]>();
  const missing: string[] = [];
  for (const [id, path] of getDocumentTextFiles(documents, files)) {
    if (existsSync(path)) texts.set(id, splitReportParagraphs(readFileSync(path, 'utf8')));
    else missing.push(relative(process.cwd(), path));
  }
  return { texts, missing };
}

/** A timeline file's text, validated: the data re-serialised as JSON, or every problem formatted. */
export type ValidatedTimeline =
  | {
      ok: true;
      json: string;
      /** Documents whose text was not given, so their excerpts went unchecked. */
      unchecked: string[];
      /** True when the file was in the format before `documents` (read as citing one report). */
      migrated: boolean;
    }
  | { ok: false; message: string };

/**
 * Validates a timeline file's text and checks every excerpt against its document's paragraphs, for the documents
 * `readTexts` gives text for. `file` is the name the message shows.
 */
export function validateTimelineText(
  text: string,
  file: string,
  readTexts: (documents: LoadedTimeline['documents']) => DocumentTexts = () => new Map(),
): ValidatedTimeline {
  const result = parseTimelineText(text);
  if (!result.ok) return { ok: false, message: formatTimelineProblems(file, result.problems) };
  const texts = readTexts(result.timeline.documents);
  const misquoted = checkProvenance(result.timeline, texts);
  if (misquoted.length > 0) return { ok: false, message: formatTimelineProblems(file, misquoted) };
  const unchecked = result.timeline.documents.map((d) => d.id as string).filter((id) => !texts.has(id));
  return { ok: true, json: JSON.stringify(result.timeline), unchecked, migrated: result.migrated };
}

/**
 * The module that `timeline.json` becomes: `JSON.parse` of the validated text, never an object literal, in
 * which a `"__proto__"` key would set the prototype.
 */
export function toTimelineModule(json: string): string {
  return `export default JSON.parse(${JSON.stringify(json)});\n`;
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

/** What the plugin reads; each defaults to what the environment says. */
export interface TimelineDataOptions {
  /** The timeline file: `$TIMELINE_FILE`, else `src/data/timeline.json`. */
  file?: string;
  /** The first document's text, one paragraph a line: `$REPORT_FILE`, else `../shared/report.txt` beside the project. */
  reportFile?: string;
  /** The folder of the other documents' texts (`<id>.txt`): `$SOURCES_DIR`, else the report file's folder. */
  sourcesDir?: string;
  /** Whether a missing text stops the build rather than being reported: true under `CI=true`. */
  requireReport?: boolean;
}

/** Imports of the timeline file that would hand over its bytes unvalidated. */
const RAW_QUERIES = ['raw', 'inline', 'no-inline'];

export function timelineDataPlugin(options: TimelineDataOptions = {}): Plugin {
  const file = options.file ?? getTimelineFile();
  const reportFile = options.reportFile ?? getReportFile();
  const sourcesDir = options.sourcesDir ?? getSourcesDir(reportFile);
  const requireReport = options.requireReport ?? process.env.CI === 'true';
  const shownFile = relative(process.cwd(), file);
  let base = '/';
  let root = process.cwd();
  let isServe = false;
  let isSsrBuild = false;
  let logger: Logger | undefined;
  const warned = new Set<string>();
  let last:
    { text: string; documents: LoadedTimeline['documents']; signature: string; result: ValidatedTimeline } | undefined;

  /** Says once per line, loudly; the SSR build follows the client build in one `npm run build`, which said it. */
  const warnOnce = (line: string) => {
    if (warned.has(line) || isSsrBuild) return;
    warned.add(line);
    logger?.warn(styleText(['bold', 'yellow'], line, { stream: process.stderr }));
  };

  const readTexts = (documents: LoadedTimeline['documents']) =>
    readDocumentTexts(documents, { reportFile, sourcesDir });

  /** What a validation found, with the documents whose text was missing: a failure under CI, else a warning. */
  const judge = (result: ValidatedTimeline, missing: readonly string[]): ValidatedTimeline => {
    if (!result.ok) return result;
    if (missing.length > 0) {
      const names = missing.join(', ');
      if (requireReport) {
        const message = `${names} not found: with CI=true every excerpt must be checked against its document (set REPORT_FILE or SOURCES_DIR)`;
        return { ok: false, message };
      }
      const which = missing.length === 1 ? 'that document' : 'those documents';
      warnOnce(
        `warning: ${names} not found: excerpts were NOT checked against ${which} (set REPORT_FILE or SOURCES_DIR)`,
      );
    }
    if (result.migrated) {
      warnOnce(
        `note: ${shownFile} has no \`documents\` (the format before them): it was read as citing one document, "report"; \`node scripts/migrateTimeline.ts ${shownFile}\` rewrites it`,
      );
    }
    return result;
  };

  /** The file validated and its excerpts checked; checked again only when the file or a document's text changed. */
  const check = (): ValidatedTimeline => {
    const text = readFileSync(file, 'utf8');
    const getSignature = (read: ReturnType<typeof readTexts>) => JSON.stringify([[...read.texts], read.missing]);
    if (last?.text === text && getSignature(readTexts(last.documents)) === last.signature) return last.result;
    let documents: LoadedTimeline['documents'] = [];
    let read: ReturnType<typeof readTexts> = { texts: new Map(), missing: [] };
    const validated = validateTimelineText(text, shownFile, (cited) => {
      documents = cited;
      read = readTexts(cited);
      return read.texts;
    });
    last = { text, documents, signature: getSignature(read), result: judge(validated, read.missing) };
    return last.result;
  };

  return {
    name: 'timeline-data',
    // Before Vite's own JSON and asset plugins: the file's module and its URL are made here, from validated data.
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
      isSsrBuild = Boolean(config.build.ssr);
      logger = config.logger;
    },
    configureServer(server) {
      // The data the client fetches in development: validated and re-serialised, as in a build.
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== `${base}${DEV_DATA_PATH}`) {
          next();
          return;
        }
        const result = check();
        if (!result.ok) {
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/plain; charset=utf-8');
          response.end(result.message);
          return;
        }
        response.setHeader('Content-Type', 'application/json');
        response.setHeader('Cache-Control', 'no-store');
        response.end(result.json);
      });
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
      const result = check();
      if (result.ok) return;
      if (isServe) this.warn(result.message);
      else this.error(result.message);
    },
    load(id) {
      const [path, query = ''] = id.split('?');
      if (path !== file) return null;
      this.addWatchFile(file);
      const params = new URLSearchParams(query);
      if (RAW_QUERIES.some((name) => params.has(name))) {
        this.error(`${shownFile} may be imported as data or with ?url, never as its raw text (?${query})`);
      }
      const result = check();
      if (!result.ok) this.error(result.message);
      const { json } = result;
      if (!params.has('url')) return { code: toTimelineModule(json), moduleType: 'js' };
      if (isServe) return { code: `export default ${JSON.stringify(`${base}${DEV_DATA_PATH}`)};\n`, moduleType: 'js' };
      const referenceId = this.emitFile({ type: 'asset', name: basename(file), originalFileName: file, source: json });
      return { code: `export default import.meta.ROLLUP_FILE_URL_${referenceId};\n`, moduleType: 'js' };
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
