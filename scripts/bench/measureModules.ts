/**
 * The first view's JavaScript by module: the client is built once more with the shipped config and hidden
 * source maps (into .cache/bench/modules-build, never served), and each byte of every chunk a first view loads
 * is given to the source file it came from. A chunk's gzip size is shared among its modules in proportion to
 * each module's code compressed alone, so the shares add up to what the chunk costs. It also checks that no
 * code of the studio, of Zod, of the harness or of the floor page is in a reader's first view.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import type { FirstViewBytes } from './measureBytes.ts';
import { ROOT } from './serveBuild.ts';
import { splitCodeBySource } from './sourceMapBytes.ts';
import type { SourceMapV3 } from './sourceMapBytes.ts';
import { sum } from './stats.ts';

/** Where the build with source maps goes. */
export const MODULES_BUILD_DIR = join(ROOT, '.cache/bench/modules-build');
/** The name given to chunk code that maps to no source: the bundler's runtime, line breaks. */
export const UNMAPPED = '(bundler runtime and glue)';

export type PageName = 'home' | 'event';

/** One source file's share of the first views. */
export interface ModuleBytes {
  /** Its path from the repository's root (`node_modules/d3-zoom/src/zoom.js`, `src/timeline/Timeline.tsx`). */
  module: string;
  /** Its package (`d3-zoom`) or folder (`src/timeline`). */
  group: string;
  /** The pages whose first view loads it. */
  pages: PageName[];
  /** The first-view files it is in. */
  files: string[];
  /** Minified bytes in the chunks. */
  raw: number;
  /** Its share of its chunks' gzip size (level 9), bytes. */
  gzip: number;
}

export interface ModuleGroup {
  group: string;
  modules: number;
  raw: number;
  gzip: number;
}

/** Code that must never be in a reader's first view, and why it is there. */
export interface ForbiddenModule {
  module: string;
  file: string;
  rule: string;
}

export interface FirstViewModules {
  /** The first views' JavaScript files, and whether the source-mapped build reproduced each byte for byte. */
  files: { path: string; pages: PageName[]; raw: number; gzip: number; isExactMatch: boolean }[];
  /** Every module, largest gzip share first. */
  modules: ModuleBytes[];
  /** The modules by package or folder, largest first. */
  groups: ModuleGroup[];
  forbidden: ForbiddenModule[];
}

/** What may never reach a reader's first view, by path from the repository's root. */
export const FORBIDDEN_MODULES: readonly { rule: string; pattern: RegExp }[] = [
  { rule: 'the studio (src/studio/)', pattern: /^src\/studio\// },
  { rule: 'Zod', pattern: /(^|\/)node_modules\/zod\// },
  { rule: 'the floor page (harness/floor/)', pattern: /^harness\/floor\// },
  { rule: 'the harness (harness/)', pattern: /^harness\// },
];

/** The rule a module breaks by being in a first view, if any. */
export function getForbiddenRule(module: string): string | undefined {
  return FORBIDDEN_MODULES.find(({ pattern }) => pattern.test(module))?.rule;
}

/** The package a module belongs to (`@date-fns/tz`, `react-dom`), else its first two folders (`src/timeline`). */
export function getModuleGroup(module: string): string {
  const at = module.lastIndexOf('node_modules/');
  const inPackage = at < 0 ? null : /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(module.slice(at));
  if (inPackage?.[1] !== undefined) return inPackage[1];
  const parts = module.split('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : module;
}

/** Builds the client with the shipped config and hidden source maps; the code is the same as the shipped build's. */
export async function buildWithSourceMaps(outDir = MODULES_BUILD_DIR): Promise<void> {
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, sourcemap: 'hidden' },
  });
}

/** `assets/index-abc123.js` → `assets/index`: a chunk's name without its content hash. */
function withoutHash(path: string): string {
  return path.replace(/-[\w-]{8}\.js$/, '');
}

/** The file in the source-mapped build that matches a shipped file: the same name, else the same chunk name. */
function findBuiltFile(buildDir: string, path: string): string | undefined {
  if (existsSync(join(buildDir, path))) return path;
  const folder = dirname(path);
  const stem = withoutHash(path);
  if (!existsSync(join(buildDir, folder))) return undefined;
  const candidates = readdirSync(join(buildDir, folder))
    .map((name) => join(folder, name))
    .filter((candidate) => candidate.endsWith('.js') && withoutHash(candidate) === stem);
  return candidates.length === 1 ? candidates[0] : undefined;
}

const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/**
 * Attributes the first views' JavaScript (as measured in `views`, files served from `distDir`) to modules,
 * reading the source-mapped build in `buildDir`.
 */
export function attributeModules(
  views: Record<PageName, FirstViewBytes>,
  distDir: string,
  buildDir = MODULES_BUILD_DIR,
): FirstViewModules {
  const pagesByFile = new Map<string, PageName[]>();
  for (const page of ['home', 'event'] as const) {
    for (const file of views[page].network.files) {
      if (file.type !== 'js') continue;
      const path = file.path.replace(/^\/+/, '');
      pagesByFile.set(path, [...new Set([...(pagesByFile.get(path) ?? []), page])]);
    }
  }
  const files: FirstViewModules['files'] = [];
  const modules = new Map<string, ModuleBytes>();
  for (const [path, pages] of pagesByFile) {
    const shipped = readFileSync(join(distDir, path));
    const builtPath = findBuiltFile(buildDir, path);
    if (builtPath === undefined) {
      throw new Error(`${path} has no counterpart in ${relative(ROOT, buildDir)}: is ${distDir} out of date?`);
    }
    const code = readFileSync(join(buildDir, builtPath), 'utf8');
    const map = JSON.parse(readFileSync(join(buildDir, `${builtPath}.map`), 'utf8')) as SourceMapV3;
    const chunkGzip = gzipSize(shipped);
    files.push({ path, pages, raw: shipped.length, gzip: chunkGzip, isExactMatch: code === shipped.toString('utf8') });
    const parts = [...splitCodeBySource(code, map)].map(([index, text]) => {
      const source = index < 0 ? null : (map.sources[index] ?? null);
      const module = source === null ? UNMAPPED : relative(ROOT, resolve(dirname(join(buildDir, builtPath)), source));
      return { module, raw: Buffer.byteLength(text), alone: gzipSize(text) };
    });
    const totalAlone = sum(parts.map((p) => p.alone));
    for (const part of parts) {
      const share = totalAlone === 0 ? 0 : (part.alone / totalAlone) * chunkGzip;
      const entry = modules.get(part.module) ?? {
        module: part.module,
        group: part.module === UNMAPPED ? UNMAPPED : getModuleGroup(part.module),
        pages: [],
        files: [],
        raw: 0,
        gzip: 0,
      };
      entry.raw += part.raw;
      entry.gzip += share;
      entry.pages = [...new Set([...entry.pages, ...pages])].sort();
      if (!entry.files.includes(path)) entry.files.push(path);
      modules.set(part.module, entry);
    }
  }
  const sorted = [...modules.values()]
    .map((m) => ({ ...m, gzip: Math.round(m.gzip) }))
    .sort((a, b) => b.gzip - a.gzip || a.module.localeCompare(b.module));
  const groups = new Map<string, ModuleGroup>();
  for (const m of sorted) {
    const group = groups.get(m.group) ?? { group: m.group, modules: 0, raw: 0, gzip: 0 };
    group.modules += 1;
    group.raw += m.raw;
    group.gzip += m.gzip;
    groups.set(m.group, group);
  }
  const forbidden = sorted.flatMap((m): ForbiddenModule[] => {
    const rule = getForbiddenRule(m.module);
    return rule === undefined ? [] : m.files.map((file) => ({ module: m.module, file, rule }));
  });
  return {
    files,
    modules: sorted,
    groups: [...groups.values()].sort((a, b) => b.gzip - a.gzip),
    forbidden,
  };
}
