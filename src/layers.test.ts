// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { LAYERS } from './layers.ts';

/** The rows of the layer table between the `layers:start` and `layers:end` markers of a doc. */
function readLayerTable(doc: string): { folder: string; holds: string; mayImport: string[] }[] {
  const text = readFileSync(new URL(`../docs/${doc}`, import.meta.url), 'utf8');
  const start = text.indexOf('<!-- layers:start -->');
  const end = text.indexOf('<!-- layers:end -->');
  if (start === -1 || end < start) throw new Error(`docs/${doc} has no layer table between its markers`);
  const rows = text
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
  const folderName = (cell: string) => cell.replace(/^`|\/`$|`$/g, '').replace(/\/$/, '');
  return rows.slice(2).map(([folder = '', holds = '', mayImport = '']) => ({
    folder: folderName(folder),
    holds,
    mayImport: mayImport === 'nothing of ours' ? [] : mayImport.split(',').map((cell) => folderName(cell.trim())),
  }));
}

describe('the layering rule', () => {
  const inCode = LAYERS.map(({ folder, holds, mayImport }) => ({ folder, holds, mayImport: [...mayImport] }));

  test.each(['style.md', 'architecture.md'])('docs/%s states the same layers as src/layers.ts, in order', (doc) => {
    expect(readLayerTable(doc)).toEqual(inCode);
  });

  test('every layer imports only layers listed before it, so imports flow one way', () => {
    LAYERS.forEach((layer, i) => {
      const below = new Set(LAYERS.slice(0, i).map((l) => l.folder));
      for (const folder of layer.mayImport) expect(below).toContain(folder);
    });
  });

  test('the features import only the floors, never each other', () => {
    for (const feature of ['timeline', 'details', 'chronology', 'explore', 'figures', 'entities']) {
      expect(LAYERS.find((l) => l.folder === feature)?.mayImport).toEqual(['data', 'time', 'view', 'shared']);
    }
  });
});
