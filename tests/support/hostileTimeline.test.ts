import { describe, expect, test } from 'vitest';
import { checkTimeline, parseTimeline } from '../../src/data/parseTimeline.ts';
import { PLAIN_TEXT_MESSAGE, TimelineSchema } from '../../src/data/schema.ts';
import { toTimelineJsonSchema } from '../../src/data/toTimelineJsonSchema.ts';
import { makeHostileTimeline, XSS_PAYLOADS } from './hostileTimeline.ts';

/** One string in a JSON value: where it is (`events[2].title`), the same without indices (`events[].title`), and it. */
interface StringLeaf {
  path: (string | number)[];
  field: string;
  value: string;
}

function formatField(path: readonly (string | number)[]): string {
  return path.map((key, i) => (typeof key === 'number' ? '[]' : i === 0 ? key : `.${key}`)).join('');
}

function listStrings(value: unknown, path: (string | number)[] = []): StringLeaf[] {
  if (typeof value === 'string') return [{ path, field: formatField(path), value }];
  if (Array.isArray(value)) return value.flatMap((item: unknown, i) => listStrings(item, [...path, i]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => listStrings(item, [...path, key]));
  }
  return [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The free-text fields of the schema, read from its JSON Schema: every string with the same pattern as the
 * report's title (the plain-text rule), so a text field added to the schema later is covered here too.
 */
function listSchemaTextFields(): Set<string> {
  const schema: unknown = JSON.parse(toTimelineJsonSchema());
  const fields = new Set<string>();
  let plainTextPattern: unknown;
  const visit = (node: unknown, path: (string | number)[]) => {
    if (!isRecord(node)) return;
    if (node.type === 'string' && node.pattern === plainTextPattern) fields.add(formatField(path));
    if (isRecord(node.properties)) {
      for (const [key, child] of Object.entries(node.properties)) visit(child, [...path, key]);
    }
    if (node.items !== undefined) visit(node.items, [...path, 0]);
    for (const variants of [node.oneOf, node.anyOf, node.allOf]) {
      if (Array.isArray(variants)) for (const variant of variants) visit(variant, path);
    }
  };
  if (isRecord(schema) && isRecord(schema.properties) && isRecord(schema.properties.meta)) {
    const meta = schema.properties.meta;
    if (isRecord(meta.properties) && isRecord(meta.properties.title)) plainTextPattern = meta.properties.title.pattern;
  }
  if (typeof plainTextPattern !== 'string') throw new Error('The JSON Schema has no pattern on meta.title.');
  visit(schema, []);
  return fields;
}

const textFields = listSchemaTextFields();
const hostileStrings = listStrings(makeHostileTimeline());
const hostileText = hostileStrings.filter((leaf) => textFields.has(leaf.field));

describe('the hostile timeline for the security tests', () => {
  test('has at least 30 distinct payloads, each calling home with its own number', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(XSS_PAYLOADS).size).toBe(XSS_PAYLOADS.length);
    XSS_PAYLOADS.forEach((payload, i) => {
      // A base64 data: URL says what it runs only once decoded.
      const base64 = /;base64,(.*)$/.exec(payload)?.[1];
      expect(base64 === undefined ? payload : atob(base64)).toMatch(
        new RegExp(`(?:__xssFired|alert|confirm|prompt)\\(${i + 1}\\)`),
      );
    });
  });

  test('the schema has the free-text fields the fixture was written for', () => {
    // A sanity check on reading the JSON Schema: if these go missing, the walk above is broken, not the fixture.
    for (const field of ['meta.title', 'events[].title', 'events[].time.known', 'entities[].sources[].excerpt']) {
      expect(textFields).toContain(field);
    }
  });

  test('fills every free-text field of the schema, optional ones too, and nothing else with markup', () => {
    const filled = new Set(hostileText.map((leaf) => leaf.field));
    expect([...textFields].filter((field) => !filled.has(field))).toEqual([]);
    for (const leaf of hostileText) expect(XSS_PAYLOADS, leaf.path.join('.')).toContain(leaf.value);
  });

  test('uses every payload in at least one text field', () => {
    const used = new Set(hostileText.map((leaf) => leaf.value));
    expect(XSS_PAYLOADS.filter((payload) => !used.has(payload))).toEqual([]);
  });

  test('is built the same on every call', () => {
    expect(makeHostileTimeline()).toEqual(makeHostileTimeline());
  });

  test('the validator refuses it only for markup in text: its structure passes every other check', () => {
    const hostile = makeHostileTimeline();
    const parsed = TimelineSchema.safeParse(hostile);
    expect(parsed.success).toBe(false);
    const issues = parsed.error?.issues ?? [];
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      // One payload hides its markup behind a line break and a tab; the message names the first of them too.
      expect(issue.message).toMatch(
        new RegExp(`^(?:contains U\\+000A, a control character, at character \\d+, and )?${PLAIN_TEXT_MESSAGE}$`),
      );
      expect(textFields).toContain(formatField(issue.path.map((key) => (typeof key === 'number' ? key : String(key)))));
    }
    expect(checkTimeline(hostile)).toEqual([]);
    expect(parseTimeline(hostile).ok).toBe(false);
  });

  test('with its text made plain, the same timeline passes the validator', () => {
    const plain: unknown = structuredClone(makeHostileTimeline());
    hostileText.forEach((leaf, n) => {
      const parent = leaf.path
        .slice(0, -1)
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], plain);
      const key = leaf.path.at(-1);
      if (!isRecord(parent) && !Array.isArray(parent)) throw new Error(`No parent for ${leaf.path.join('.')}`);
      (parent as Record<string | number, unknown>)[key ?? ''] = `Plain text ${n}`;
    });
    const result = parseTimeline(plain);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});
