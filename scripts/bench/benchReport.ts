import type { BenchPart, BudgetResult } from './budgets.ts';
import type { FirstViewBytes } from './measureBytes.ts';
import type { GeneratedResult } from './measureGenerated.ts';
import type { FirstViewModules } from './measureModules.ts';
import type { FloorPaint, PageTimings } from './measurePage.ts';
import type { PhoneResult } from './measurePhone.ts';
import type { LighthouseResult } from './runLighthouse.ts';

/** The app and the floor on the same generated timeline, measured load by load in turn. */
export interface GeneratedPair {
  events: number;
  app: GeneratedResult;
  floor: GeneratedResult;
}

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
  /** A smoke run (BENCH_SMOKE=1 or --smoke): fewer loads, and the phone profile's misses only reported. */
  isSmoke: boolean;
  /** What the first view of the home page and of an event page downloads, and the modules it is made of. */
  bytes?: {
    home: FirstViewBytes;
    event: FirstViewBytes;
    modules: FirstViewModules;
  };
  /** The real home page's paints, and the floor's first paint on 25 events, loaded in turn. */
  page?: { url: string; app: PageTimings; floor: FloorPaint };
  /** The app and the floor on 1,000 and 10,000 generated events. */
  generated?: GeneratedPair[];
  /**
   * The home page and an event page on an emulated cheap phone, and the floor page drawing the report's events
   * (absent from reports written before it was measured).
   */
  phone?: { home: PhoneResult; event: PhoneResult; floor?: PhoneResult };
  lighthouse?: { home: LighthouseResult; event: LighthouseResult };
  /** The first measurement of each part that was measured again because it missed a budget. */
  reruns: { part: BenchPart; missed: { id: string; value: number | null; ratio: number | null }[]; first: unknown }[];
  budgets: BudgetResult[];
  /** True when no enforced budget failed. */
  pass: boolean;
  /** Wall-clock time of the whole run, s. */
  durationS: number;
}
