// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { timeline } from '../../src/data/loadTimeline.ts';
import { parseTimelineText } from '../../src/data/parseTimeline.ts';
import { EXPORT_JSON_SCHEMA, toTimelineJson } from './toTimelineJson.ts';

describe('toTimelineJson', () => {
  const json = toTimelineJson(timeline);

  test('round-trips to the same validated data, with a $schema beside it', () => {
    expect(JSON.parse(json)).toEqual({ ...timeline, $schema: EXPORT_JSON_SCHEMA });
    expect(EXPORT_JSON_SCHEMA).toBe('./timeline.schema.json');
  });

  test('carries the corrections log, the last update and the notes added from outside the report', () => {
    const parsed = JSON.parse(json) as typeof timeline;
    expect(parsed.corrections).toEqual(timeline.corrections);
    expect(parsed.corrections.length).toBeGreaterThan(0);
    expect(parsed.meta.updated).toBe(timeline.meta.updated);
    expect(parsed.meta.context).toEqual(timeline.meta.context);
  });

  test('is pretty-printed with two spaces, starts with $schema and ends with a newline', () => {
    expect(json.startsWith('{\n  "$schema": "./timeline.schema.json",\n  "meta": {\n    "title"')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
  });

  test('passes the validator again', () => {
    expect(parseTimelineText(json).ok).toBe(true);
  });
});
