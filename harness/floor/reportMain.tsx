/**
 * The floor on the real report, for the benchmark's phone profile (scripts/bench/measurePhone.ts): the bare React
 * 19 + d3 page of main.tsx drawing the report's events. The events come bundled with its code (about as many bytes
 * as the app's preloaded data file, on the same network at the same time), and it ships none of the harness's
 * generators, whose code would count against the floor on a slow network. Built into
 * .cache/harness-dist/floor/report.html; never shipped.
 */
import { createRoot } from 'react-dom/client';
import type { Timeline } from '../../src/data/schema.ts';
import report from '../../src/data/timeline.json';
import { FloorChart } from './FloorChart.tsx';

const root = document.getElementById('root');
if (root === null) throw new Error('harness/floor/report.html has no #root element');

// The validated data file the build checks (scripts/timelineDataPlugin.ts); JSON's inferred type has plain strings.
createRoot(root).render(<FloorChart timeline={report as unknown as Timeline} />);
