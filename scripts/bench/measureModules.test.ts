// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { getForbiddenRule, getModuleGroup } from './measureModules.ts';

describe('getModuleGroup', () => {
  it('groups a dependency by its package, scoped or not', () => {
    expect(getModuleGroup('node_modules/d3-zoom/src/zoom.js')).toBe('d3-zoom');
    expect(getModuleGroup('node_modules/@date-fns/tz/tzOffset/index.js')).toBe('@date-fns/tz');
    expect(getModuleGroup('node_modules/a/node_modules/react-dom/index.js')).toBe('react-dom');
  });

  it('groups our own code by its first two folders', () => {
    expect(getModuleGroup('src/timeline/Timeline.tsx')).toBe('src/timeline');
    expect(getModuleGroup('src/main.tsx')).toBe('src/main.tsx');
  });
});

describe('getForbiddenRule', () => {
  it('names the studio, Zod, the harness and the floor page', () => {
    expect(getForbiddenRule('src/studio/Studio.tsx')).toMatch(/studio/);
    expect(getForbiddenRule('node_modules/zod/v4/classic/schemas.js')).toBe('Zod');
    expect(getForbiddenRule('harness/floor/FloorChart.tsx')).toMatch(/floor/);
    expect(getForbiddenRule('harness/fixtures.ts')).toMatch(/harness/);
  });

  it('lets the reader’s own code through', () => {
    expect(getForbiddenRule('src/timeline/Timeline.tsx')).toBeUndefined();
    expect(getForbiddenRule('node_modules/d3-zoom/src/zoom.js')).toBeUndefined();
    expect(getForbiddenRule('src/data/studioFree.ts')).toBeUndefined();
  });
});
