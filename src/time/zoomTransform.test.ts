// @vitest-environment node
import { scaleLinear } from 'd3-scale';
import { zoom, zoomIdentity as d3ZoomIdentity } from 'd3-zoom';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createLinearScale } from './createLinearScale.ts';
import { constrainTransform, zoomIdentity } from './zoomTransform.ts';
import type { ZoomExtent } from './zoomTransform.ts';

const k = fc.double({ min: 1, max: 1e5, noNaN: true });
const px = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const ms = fc.double({ min: 1.4e12, max: 1.5e12, noNaN: true });

describe('the zoom transform', () => {
  test('moves, scales and rescales exactly as d3-zoom’s does', () => {
    fc.assert(
      fc.property(k, px, px, px, ms, (scale, dx, dy, at, start) => {
        const ours = zoomIdentity.translate(dx, dy).scale(scale).translate(at, 0);
        const d3 = d3ZoomIdentity.translate(dx, dy).scale(scale).translate(at, 0);
        expect([ours.k, ours.x, ours.y]).toEqual([d3.k, d3.x, d3.y]);
        expect(ours.invertX(at)).toBe(d3.invertX(at));
        expect(ours.applyX(at)).toBe(d3.applyX(at));
        const domain: [number, number] = [start, start + 86_400_000];
        const shown = ours.rescaleX(createLinearScale(domain, [16, 784])).domain();
        expect(shown).toEqual(d3.rescaleX(scaleLinear().domain(domain).range([16, 784])).domain());
      }),
      { numRuns: 1000 },
    );
  });

  test('is kept within the extent as d3-zoom’s default constrain keeps it', () => {
    const constrain = zoom().constrain();
    fc.assert(
      fc.property(k, px, px, (scale, x, y) => {
        const extent: ZoomExtent = [
          [16, 0],
          [784, 300],
        ];
        const bounds: [[number, number], [number, number]] = [
          [16, 0],
          [784, 300],
        ];
        const ours = constrainTransform(zoomIdentity.translate(x, y).scale(scale), extent);
        const d3 = constrain(d3ZoomIdentity.translate(x, y).scale(scale), bounds, bounds);
        expect([ours.k, ours.x, ours.y]).toEqual([d3.k, d3.x, d3.y]);
      }),
      { numRuns: 1000 },
    );
  });
});
