// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { getOutDir, getPartialDir } from './build.ts';

describe('where a build is written', () => {
  test('OUT_DIR is the project’s folder when relative, and taken as it is when absolute', () => {
    expect(getOutDir(undefined, '/work/app')).toBe('/work/app/dist');
    expect(getOutDir(' ', '/work/app')).toBe('/work/app/dist');
    expect(getOutDir('dist-subpath', '/work/app')).toBe('/work/app/dist-subpath');
    expect(getOutDir('/srv/www/timeline', '/work/app')).toBe('/srv/www/timeline');
  });

  test('a build is written apart and moved on one file system: under .cache/ inside the project, beside it outside', () => {
    expect(getPartialDir('/work/app/dist', 42, '/work/app')).toBe('/work/app/.cache/builds/dist.partial-42');
    expect(getPartialDir('/work/app/out/site', 42, '/work/app')).toBe('/work/app/.cache/builds/site.partial-42');
    expect(getPartialDir('/srv/www/timeline', 42, '/work/app')).toBe('/srv/www/.timeline.partial-42');
    expect(getPartialDir('/work/application', 42, '/work/app')).toBe('/work/.application.partial-42');
  });
});
