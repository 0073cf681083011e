/**
 * The floor the benchmark holds the app against: a bare React 19 + d3 page that draws one SVG circle per event
 * on a time axis, with wheel zoom and drag pan through d3-zoom (FloorChart.tsx). It gets the same generated
 * events as the app's harness (`?timeline=generated-<count>`) and keeps them, as the app does, and it sets the
 * same User Timing marks, so scripts/bench/measureGenerated.ts times both alike. Built into
 * .cache/harness-dist/floor/; never shipped.
 */
import { createRoot } from 'react-dom/client';
import { getHarnessTimeline } from '../fixtures.ts';
import { FloorChart } from './FloorChart.tsx';

const root = document.getElementById('root');
if (root === null) throw new Error('harness/floor/index.html has no #root element');

const name = new URLSearchParams(window.location.search).get('timeline') ?? 'generated-1000';
const timeline = getHarnessTimeline(name);

performance.mark('harness-render-start');
createRoot(root).render(<FloorChart timeline={timeline} />);
