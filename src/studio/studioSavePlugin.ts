/**
 * The studio's dev-server endpoints (`vite --config vite.studio.config.ts` only; never in a build):
 * `GET /__studio/timeline` hands the timeline file to the studio, and `POST /__studio/timeline` writes it back,
 * only after `parseTimelineText` accepts it and every excerpt is verbatim in its document's text (where the config
 * hands the texts in, as the build does): a timeline the build would refuse is never written. The file is
 * `$TIMELINE_FILE` or src/data/timeline.json, and it must lie inside the project.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { format, resolveConfig } from 'prettier';
import { STUDIO_TIMELINE_ENDPOINT } from './studioTimelineEndpoint.ts';
import { checkProvenance } from '../data/checkProvenance.ts';
import type { DocumentTexts } from '../data/checkProvenance.ts';
import { formatTimelineProblems, MAX_TIMELINE_BYTES, parseTimelineText } from '../data/parseTimeline.ts';
import type { LoadedTimeline } from '../data/parseTimeline.ts';

/** Reads the text of each document a timeline cites, as the build does (scripts/timelineDataPlugin.ts). */
export type ReadDocumentTexts = (documents: LoadedTimeline['documents']) => DocumentTexts;

/**
 * The timeline file the dev server reads and writes: `chosen` (from `$TIMELINE_FILE`) or the curated one,
 * resolved against the project; undefined when it lies outside the project or is not a `.json` file.
 */
export function resolveTimelineFile(projectRoot: string, chosen: string | undefined): string | undefined {
  const file = resolve(projectRoot, chosen === undefined || chosen === '' ? 'src/data/timeline.json' : chosen);
  const inside = relative(projectRoot, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || !file.endsWith('.json')) return undefined;
  if (inside.split(/[\\/]/).some((part) => part === 'node_modules' || part === '.git')) return undefined;
  return file;
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > MAX_TIMELINE_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Validates a timeline's text and, when it is valid, formats it as the project's files are and writes it. */
export async function saveTimelineText(
  file: string,
  text: string,
  readTexts: ReadDocumentTexts = () => new Map(),
): Promise<{ ok: true } | { ok: false; message: string }> {
  const result = parseTimelineText(text);
  if (!result.ok) return { ok: false, message: formatTimelineProblems(file, result.problems) };
  const misquoted = checkProvenance(result.timeline, readTexts(result.timeline.documents));
  if (misquoted.length > 0) return { ok: false, message: formatTimelineProblems(file, misquoted) };
  const options = (await resolveConfig(file)) ?? {};
  const formatted = await format(text, { ...options, filepath: file });
  // Write beside it, then rename: a crash mid-write never leaves half a file.
  const temporary = `${file}.studio-${process.pid}.tmp`;
  await writeFile(temporary, formatted, 'utf8');
  await rename(temporary, file);
  return { ok: true };
}

export function studioSavePlugin(
  projectRoot: string,
  chosen: string | undefined = process.env.TIMELINE_FILE,
  readTexts?: ReadDocumentTexts,
): Plugin {
  const file = resolveTimelineFile(projectRoot, chosen);
  return {
    name: 'studio-save',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(STUDIO_TIMELINE_ENDPOINT, (request, response) => {
        void (async () => {
          if (file === undefined) {
            send(response, 403, {
              message: `TIMELINE_FILE must name a .json file inside the project (${projectRoot})`,
            });
            return;
          }
          const shown = relative(projectRoot, file);
          if (request.method === 'GET') {
            send(response, 200, { name: shown, text: await readFile(file, 'utf8') });
            return;
          }
          if (request.method !== 'POST') {
            send(response, 405, { message: 'use GET or POST' });
            return;
          }
          // Only the studio's own page may write: a request from another origin is refused.
          const origin = request.headers.origin;
          const host = request.headers.host;
          if (origin !== undefined && host !== undefined && new URL(origin).host !== host) {
            send(response, 403, { message: 'the studio saves only from its own page' });
            return;
          }
          const text = await readBody(request);
          if (text === undefined) {
            send(response, 413, { message: 'the timeline is over the size limit' });
            return;
          }
          const saved = await saveTimelineText(file, text, readTexts);
          if (saved.ok) send(response, 200, { name: shown });
          else send(response, 422, { message: saved.message });
        })().catch((error: unknown) => {
          send(response, 500, { message: error instanceof Error ? error.message : String(error) });
        });
      });
    },
  };
}
