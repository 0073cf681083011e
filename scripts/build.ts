/**
 * `npm run build`: the client build, the server build of src/app/renderPage.tsx, then the prerender
 * (scripts/prerender.ts), all into a folder of their own. Only when every step has passed does that folder
 * take the place of OUT_DIR (default `dist`, relative to the project or absolute); a failed step leaves the
 * previous build as it was and removes its own half-written folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const VITE = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
const PRERENDER = join(ROOT, 'scripts', 'prerender.ts');
const PARTIAL_SUFFIX = '.partial-';

/** OUT_DIR as an absolute path: relative values are taken from the project's folder, not the shell's. */
export function getOutDir(value: string | undefined = process.env.OUT_DIR, root: string = ROOT): string {
  return resolve(root, value === undefined || value.trim() === '' ? 'dist' : value.trim());
}

/**
 * Where a build of `outDir` is written before it is moved into place. Inside the project it is under .cache/
 * (ignored by git, the linter and the formatter, even if a killed build leaves it behind); elsewhere it is a
 * hidden sibling of `outDir`, so the final move is a rename on one file system.
 */
export function getPartialDir(outDir: string, pid: number = process.pid, root: string = ROOT): string {
  const name = `${basename(outDir)}${PARTIAL_SUFFIX}`;
  const isInsideProject = !relative(root, outDir).startsWith('..') && resolve(outDir) !== resolve(root);
  return isInsideProject ? join(root, '.cache', 'builds', `${name}${pid}`) : join(dirname(outDir), `.${name}${pid}`);
}

/** Runs one step with this Node, its output shown as it comes; throws, naming the step, when it fails. */
function runStep(name: string, args: string[], env: NodeJS.ProcessEnv): void {
  console.log(`build: ${name}`);
  const result = spawnSync(process.execPath, args, { cwd: ROOT, env, stdio: 'inherit' });
  if (result.error !== undefined) throw new Error(`${name} could not start: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(`${name} failed (${result.signal ?? `exit code ${String(result.status)}`})`);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what builds of the same OUT_DIR left behind when they were killed before they could clean up. A
 * build that is still running (another shell's) keeps its folders.
 */
function removeStalePartials(partialDir: string): void {
  const folder = dirname(partialDir);
  if (!existsSync(folder)) return;
  const name = basename(partialDir);
  const prefix = name.slice(0, name.lastIndexOf(PARTIAL_SUFFIX) + PARTIAL_SUFFIX.length);
  for (const entry of readdirSync(folder)) {
    if (!entry.startsWith(prefix)) continue;
    const pid = Number.parseInt(entry.slice(prefix.length), 10);
    if (Number.isInteger(pid) && pid !== process.pid && isRunning(pid)) continue;
    rmSync(join(folder, entry), { recursive: true, force: true });
  }
}

/** Puts the finished build in place of the old one; if the move fails the old one is put back. */
function moveIntoPlace(partialDir: string, outDir: string): void {
  const previous = `${partialDir}-previous`;
  const hadPrevious = existsSync(outDir);
  mkdirSync(dirname(outDir), { recursive: true });
  if (hadPrevious) renameSync(outDir, previous);
  try {
    renameSync(partialDir, outDir);
  } catch (error) {
    if (hadPrevious) renameSync(previous, outDir);
    throw error;
  }
  if (hadPrevious) rmSync(previous, { recursive: true, force: true });
}

function main(): void {
  const outDir = getOutDir();
  const partialDir = getPartialDir(outDir);
  // The server bundle is this build's own too, so two builds at once never prerender from each other's. It
  // stays inside the project, wherever OUT_DIR is, so that it finds the project's node_modules.
  const ssrDir = join(ROOT, '.cache', 'builds', `${basename(outDir)}-ssr${PARTIAL_SUFFIX}${process.pid}`);
  removeStalePartials(partialDir);
  removeStalePartials(ssrDir);
  mkdirSync(dirname(partialDir), { recursive: true });
  const env = { ...process.env, OUT_DIR: partialDir, SSR_DIR: ssrDir };
  try {
    runStep('vite build', [VITE, 'build', '--outDir', partialDir, '--emptyOutDir'], env);
    runStep(
      'server build',
      [VITE, 'build', '--ssr', 'src/app/renderPage.tsx', '--outDir', ssrDir, '--emptyOutDir'],
      env,
    );
    runStep('prerender', [PRERENDER], env);
    moveIntoPlace(partialDir, outDir);
  } catch (error) {
    rmSync(partialDir, { recursive: true, force: true });
    rmSync(ssrDir, { recursive: true, force: true });
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`build: ${reason}; ${relative(ROOT, outDir) || outDir} was left as it was.`);
    process.exit(1);
  }
  rmSync(ssrDir, { recursive: true, force: true });
  console.log(`build: done, in ${outDir}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
