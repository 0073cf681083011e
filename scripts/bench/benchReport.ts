import type { BenchPart, BudgetResult } from './budgets.ts';
import type { FirstViewBytes } from './measureBytes.ts';
import type { GeneratedResult } from './measureGenerated.ts';
import type { PageTimings } from './measurePage.ts';
import type { LighthouseResult } from './runLighthouse.ts';

/** Everything one `npm run bench` measured: the JSON it prints and writes to .cache/bench/latest.json. */
export interface BenchReport {
  /** When the run started, ISO 8601 in UTC. */
  date: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGB: number;
    node: string;
    /** `chromium --version`; it runs headless with software rendering (--disable-gpu). */
    chromium: string;
  };
  /** The parts that ran (`--only` picks some). */
  parts: BenchPart[];
  bytes?: FirstViewBytes;
  page?: PageTimings & { url: string };
  generated?: GeneratedResult[];
  lighthouse?: { home: LighthouseResult; event: LighthouseResult };
  /** The first measurement of each part that was measured again because it missed a budget. */
  reruns: { part: BenchPart; missed: { id: string; value: number | null }[]; first: unknown }[];
  budgets: BudgetResult[];
  /** True when every measured budget passes. */
  pass: boolean;
  /** Wall-clock time of the whole run, s. */
  durationS: number;
}
