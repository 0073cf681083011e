/** The whole validated timeline in its own format: every source, the context notes, `meta.updated` and the corrections log. */
import type { LoadedTimeline } from '../../src/data/parseTimeline.ts';

/** The `$schema` of an exported JSON file: the JSON Schema is published beside it under this name. */
export const EXPORT_JSON_SCHEMA = './timeline.schema.json';

/**
 * The timeline re-serialised, pretty-printed with two spaces and a final newline (`application/json`). Its
 * `$schema` names `timeline.schema.json`, published beside it.
 */
export function toTimelineJson(timeline: LoadedTimeline): string {
  const { $schema: _ignored, ...rest } = timeline;
  return `${JSON.stringify({ $schema: EXPORT_JSON_SCHEMA, ...rest }, null, 2)}\n`;
}
