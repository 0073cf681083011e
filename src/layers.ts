/**
 * The layers of `src/`, lowest first: each folder, what it holds, and the folders of ours it may import. This
 * table is the layering rule. eslint.config.js generates its import-boundary rule from it, and the tables in
 * docs/style.md and docs/architecture.md say the same (layers.test.ts reads them and compares). Imports flow
 * one way, up this list; the features (timeline to entities) never import each other and meet only in app/.
 */

/** One folder of `src/` and what it may import. */
export interface Layer {
  /** The folder, under `src/`. */
  folder: string;
  /** What it holds, in a few words (the docs' tables repeat it). */
  holds: string;
  /** The folders of `src/` its modules may import, besides their own. */
  mayImport: readonly string[];
  /** True where the validator (Zod, schema.ts, parseTimeline.ts) may run: never in the reader's bundle. */
  runsValidator?: boolean;
}

/** What every feature may import: the floors, never another feature. */
const FEATURE_IMPORTS = ['data', 'time', 'view', 'shared'] as const;

/** Every folder of `src/`, lowest first. */
export const LAYERS: readonly Layer[] = [
  {
    folder: 'data',
    holds: 'the schema and its types, the loader, the index, the status rules, `assertNever`',
    mayImport: [],
  },
  {
    folder: 'time',
    holds: 'pure time maths: zones, wording of times, scales, ticks, windows',
    mayImport: ['data'],
  },
  {
    folder: 'view',
    holds: 'the one `ViewState`, its actions and reducer, the filter model, the table of link fields, `useUrlSync`',
    mayImport: ['data', 'time'],
  },
  {
    folder: 'shared',
    holds: 'what two or more features use: source lists, figure and status wording, the places walk, small hooks',
    mayImport: ['data', 'time', 'view'],
  },
  { folder: 'timeline', holds: 'the chart: layout, marks, axis, overview, zoom', mayImport: FEATURE_IMPORTS },
  { folder: 'details', holds: 'the panel for one event, and the story’s title card', mayImport: FEATURE_IMPORTS },
  { folder: 'chronology', holds: 'the list of every event', mayImport: FEATURE_IMPORTS },
  { folder: 'explore', holds: 'search and filters', mayImport: FEATURE_IMPORTS },
  { folder: 'figures', holds: 'the figures ledger', mayImport: FEATURE_IMPORTS },
  { folder: 'entities', holds: 'the index of people, organisations, groups and places', mayImport: FEATURE_IMPORTS },
  {
    folder: 'app',
    holds: 'the shell that composes the features, and the entries (browser, prerender)',
    mayImport: [...FEATURE_IMPORTS, 'timeline', 'details', 'chronology', 'explore', 'figures', 'entities'],
  },
  {
    folder: 'studio',
    holds: 'the author’s tool, its own entry; it previews the reader’s page (app/)',
    mayImport: [...FEATURE_IMPORTS, 'app'],
    runsValidator: true,
  },
];

/** The folders a layer may not import: every other folder of `src/` it does not list. */
export function getForbiddenFolders(layer: Layer): string[] {
  return LAYERS.map((other) => other.folder).filter(
    (folder) => folder !== layer.folder && !layer.mayImport.includes(folder),
  );
}
