/**
 * The timelines the harness can show, by name (`?timeline=<name>`):
 * `generated-<count>` is a generated timeline of that many events (tests/support/generateTimeline.ts);
 * `hostile` carries XSS payloads in every text field (tests/support/hostileTimeline.ts).
 */
import type { Timeline } from '../src/data/schema.ts';
import { generateTimeline } from '../tests/support/generateTimeline.ts';
import { makeHostileTimeline } from '../tests/support/hostileTimeline.ts';

/** The largest generated timeline the harness builds, so a mistyped link cannot hang the tab. */
const MAX_GENERATED_EVENTS = 100_000;

/** The timeline a harness URL names, or an error saying which names exist. */
export function getHarnessTimeline(name: string): Timeline {
  if (name === 'hostile') return makeHostileTimeline();
  const generated = /^generated-(\d+)$/.exec(name);
  const count = generated === null ? Number.NaN : Number(generated[1]);
  if (Number.isInteger(count) && count > 0 && count <= MAX_GENERATED_EVENTS) return generateTimeline({ events: count });
  throw new Error(`Unknown harness timeline "${name}": use hostile or generated-<1..${MAX_GENERATED_EVENTS}>.`);
}
