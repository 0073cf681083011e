/**
 * Turns a timeline file's text, or unknown JSON, into a frozen `Timeline`, or into a list of problems that each
 * name the JSON path, the record's id where there is one, and the reason. Used by the build (the Vite plugin,
 * which ships only what this validated, re-serialised), the tests and the benchmark; the shipped app never
 * bundles the validator.
 */
import { z } from 'zod';
import { deepFreeze } from './deepFreeze.ts';
import type { DeepReadonly } from './deepFreeze.ts';
import { deriveStatus, getStatusContext } from './deriveStatus.ts';
import { migrateTimeline } from './migrateTimeline.ts';
import { readTimelineJson } from './readTimelineJson.ts';
import { MAX_EXCERPT_WORDS, TimelineSchema } from './schema.ts';
import type { EventId, Source, Timeline, TimelineEvent } from './schema.ts';

/** The timeline as the app sees it: validated, readonly and frozen. */
export type LoadedTimeline = DeepReadonly<Timeline>;

/** One problem found in a timeline file. */
export interface TimelineProblem {
  /** A JSON path such as `events[3].time.latest`; empty for the whole file. */
  path: string;
  /** The id of the record the path lies in, when it has one. */
  recordId?: string;
  message: string;
}

export type ParseTimelineResult =
  | {
      ok: true;
      timeline: LoadedTimeline;
      /** True when the file was in the format before `documents` and was read as citing one report. */
      migrated: boolean;
    }
  | { ok: false; problems: readonly TimelineProblem[] };

/** The largest timeline file read, in bytes of UTF-8: some 600 times the curated report, refused before parsing. */
export const MAX_TIMELINE_BYTES = 20 * 1024 * 1024;

/** The most events a timeline may hold, refused before the schema runs; 10,000 (some 9 MB) read and validate in one to two seconds. */
export const MAX_EVENTS = 50_000;

/** The text's size in bytes of UTF-8 when it is over the limit; counted only when it can be (3 bytes per UTF-16 unit). */
function getOversize(text: string): number | undefined {
  if (text.length * 3 <= MAX_TIMELINE_BYTES) return undefined;
  const bytes = new TextEncoder().encode(text).byteLength;
  return bytes > MAX_TIMELINE_BYTES ? bytes : undefined;
}

function formatMegabytes(bytes: number): string {
  return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
}

/** Parses the text of a timeline file: its size and JSON syntax first, then the schema and the cross-checks. */
export function parseTimelineText(text: string): ParseTimelineResult {
  if (text.trim() === '') return { ok: false, problems: [{ path: '', message: 'the file is empty' }] };
  const oversize = getOversize(text);
  if (oversize !== undefined) {
    const message = `the file is ${formatMegabytes(oversize)}; a timeline file may be at most ${formatMegabytes(MAX_TIMELINE_BYTES)}`;
    return { ok: false, problems: [{ path: '', message }] };
  }
  const read = readTimelineJson(text);
  if (!read.ok) {
    const problems = read.problems.map((problem) =>
      problem.path.length === 0
        ? { path: '', message: `not valid JSON: ${problem.message}` }
        : withRecordId({ path: formatPath(problem.path), message: problem.message }, read.value, problem.path),
    );
    return { ok: false, problems };
  }
  return parseTimeline(read.value);
}

/** Validates unknown JSON against the schema, then checks what a schema cannot: references, order, provenance rules. */
export function parseTimeline(input: unknown): ParseTimelineResult {
  const { value: raw, migrated } = migrateTimeline(input);
  const eventCount = countEvents(raw);
  if (eventCount > MAX_EVENTS) {
    const message = `the file has ${eventCount} events; a timeline may have at most ${MAX_EVENTS}`;
    return { ok: false, problems: [{ path: 'events', message }] };
  }
  const parsed = TimelineSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.flatMap((issue) => fromZodIssue(issue, raw)) };
  }
  const problems = checkTimeline(parsed.data);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, timeline: deepFreeze(parsed.data), migrated };
}

/** How many entries the input's `events` holds, read before the schema runs (0 when it is not a list). */
function countEvents(raw: unknown): number {
  if (raw === null || typeof raw !== 'object' || !Object.hasOwn(raw, 'events')) return 0;
  const events: unknown = (raw as Record<string, unknown>).events;
  return Array.isArray(events) ? events.length : 0;
}

/** Formats problems for a terminal or an error overlay, one per line, each naming the file. */
export function formatTimelineProblems(file: string, problems: readonly TimelineProblem[]): string {
  const lines = problems.map((p) => {
    const where = [p.path || '(whole file)', p.recordId === undefined ? '' : ` (id "${p.recordId}")`].join('');
    return `  ${file}: ${where}: ${p.message}`;
  });
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [`The timeline data is invalid (${count}):`, ...lines].join('\n');
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** The value at a path of the raw input, read only through its own properties. */
function getAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let node = raw;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || typeof key === 'symbol' || !Object.hasOwn(node, key)) {
      return undefined;
    }
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** The id of the record at the first two steps of a path (`events[3]`), read from the raw input. */
function findRecordId(raw: unknown, path: readonly PropertyKey[]): string | undefined {
  const [collection, index] = path;
  if (typeof collection !== 'string' || typeof index !== 'number') return undefined;
  const id = getAt(raw, [collection, index, 'id']);
  return typeof id === 'string' ? id : undefined;
}

function withRecordId(problem: TimelineProblem, raw: unknown, path: readonly PropertyKey[]): TimelineProblem {
  const recordId = findRecordId(raw, path);
  return recordId === undefined ? problem : { ...problem, recordId };
}

/**
 * What each object of a timeline is called, by the last named step of its path (`events[2].sources[0]` is a
 * source), for the message about a key it does not have.
 */
export const OBJECT_NOUNS: Readonly<Record<string, string>> = {
  '': 'the timeline',
  meta: 'meta',
  documents: 'a document',
  otherZones: 'another zone',
  context: 'a context note',
  categories: 'a category',
  events: 'an event',
  time: "an event's time",
  relations: 'a relation',
  sources: 'a source',
  entities: 'an entity',
  figures: 'a figure',
  value: "a figure's value",
  corrections: 'a correction',
  retired: 'a retired event',
};

/** The noun for the object at a path: `events[2].sources[0]` → "a source". */
export function getObjectNoun(path: readonly PropertyKey[]): string {
  const last = path.findLast((key) => typeof key === 'string');
  return OBJECT_NOUNS[typeof last === 'string' ? last : ''] ?? 'this object';
}

/** The schema of the object at a path, following a discriminated union by the raw input's discriminator. */
function findObjectSchema(path: readonly PropertyKey[], raw: unknown): z.ZodObject | undefined {
  let schema: z.ZodType = TimelineSchema;
  const resolve = (at: readonly PropertyKey[]): z.ZodType => {
    for (;;) {
      if (schema instanceof z.ZodOptional) schema = schema.unwrap() as z.ZodType;
      else if (schema instanceof z.ZodDiscriminatedUnion) {
        const options = schema.options as readonly z.ZodType[];
        const discriminator = schema.def.discriminator;
        const value = getAt(raw, [...at, discriminator]);
        const option = options.find(
          (candidate) =>
            candidate instanceof z.ZodObject &&
            (candidate.shape as Record<string, z.ZodType>)[discriminator]?.safeParse(value).success === true,
        );
        if (option === undefined) return schema;
        schema = option;
      } else return schema;
    }
  };
  for (let i = 0; i < path.length; i += 1) {
    const key = path[i];
    schema = resolve(path.slice(0, i));
    if (schema instanceof z.ZodArray && typeof key === 'number') schema = schema.element as z.ZodType;
    else if (schema instanceof z.ZodObject && typeof key === 'string') {
      const child = (schema.shape as Record<string, z.ZodType | undefined>)[key];
      if (child === undefined) return undefined;
      schema = child;
    } else return undefined;
  }
  schema = resolve(path);
  return schema instanceof z.ZodObject ? schema : undefined;
}

/** The number of single-character edits (insert, delete, replace, swap two neighbours) from one word to another. */
export function getEditDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => rows[i]?.[j] ?? Infinity;
  for (let i = 1; i <= a.length; i += 1) {
    const row = rows[i] ?? [];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      row[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** The known key nearest to a misspelt one, when it is near enough to be what was meant. */
export function suggestKey(key: string, known: readonly string[]): string | undefined {
  let best: { key: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = candidate.toLowerCase() === key.toLowerCase() ? 0 : getEditDistance(key, candidate);
    if (best === undefined || distance < best.distance) best = { key: candidate, distance };
  }
  // Two edits, or a third of the word for a long one: "palce" → "place", never "id" for "xy".
  const limit = Math.max(2, Math.floor(key.length / 3));
  return best !== undefined && best.distance <= limit && best.distance < key.length ? best.key : undefined;
}

/** One problem for each key a strict object does not know, suggesting the nearest known one. */
function fromUnrecognizedKeys(issue: z.core.$ZodIssueUnrecognizedKeys, raw: unknown): TimelineProblem[] {
  const known = Object.keys(findObjectSchema(issue.path, raw)?.shape ?? {});
  const noun = getObjectNoun(issue.path);
  return issue.keys.map((key) => {
    const suggestion = suggestKey(key, known);
    const hint =
      suggestion !== undefined
        ? `did you mean \`${suggestion}\`?`
        : known.length > 0
          ? `its fields are ${known.map((k) => `\`${k}\``).join(', ')}`
          : 'remove it';
    const message = `\`${key}\` is not a field of ${noun}; ${hint}`;
    return withRecordId({ path: formatPath([...issue.path, key]), message }, raw, issue.path);
  });
}

function fromZodIssue(issue: z.core.$ZodIssue, raw: unknown): TimelineProblem[] {
  if (issue.code === 'unrecognized_keys') return fromUnrecognizedKeys(issue, raw);
  return [withRecordId({ path: formatPath(issue.path), message: issue.message }, raw, issue.path)];
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The instant that places a dated event in reading order. */
function getDatedKey(event: TimelineEvent): number | undefined {
  const t = event.time;
  switch (t.kind) {
    case 'exact':
    case 'approximate':
      return Date.parse(t.at);
    case 'interval':
      return Date.parse(t.best ?? t.earliest);
    case 'order':
      return undefined;
  }
}

/** The cross-record rules; each problem names the path and the record's id. */
export function checkTimeline(timeline: Timeline): TimelineProblem[] {
  const problems: TimelineProblem[] = [];
  const report = (path: string, recordId: string | undefined, message: string) => {
    problems.push(recordId === undefined ? { path, message } : { path, recordId, message });
  };

  const findDuplicates = (collection: string, ids: readonly string[]) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) report(`${collection}[${i}].id`, id, `duplicate id: another record in ${collection} has it`);
      seen.add(id);
    });
    return seen;
  };
  const categoryIds = findDuplicates(
    'categories',
    timeline.categories.map((c) => c.id),
  );
  const eventIds = findDuplicates(
    'events',
    timeline.events.map((e) => e.id),
  );
  const entityIds = findDuplicates(
    'entities',
    timeline.entities.map((e) => e.id),
  );
  findDuplicates(
    'figures',
    timeline.figures.map((f) => f.id),
  );

  findDuplicates(
    'documents',
    timeline.documents.map((d) => d.id),
  );
  const documents = new Map(timeline.documents.map((d) => [d.id as string, d]));
  timeline.documents.forEach((document, i) => {
    document.furniture.forEach((paragraph, j) => {
      if (paragraph > document.paragraphCount) {
        const message = `paragraph ${paragraph} is past the document's ${document.paragraphCount} paragraphs`;
        report(`documents[${i}].furniture[${j}]`, document.id, message);
      }
    });
  });
  const checkSources = (base: string, id: string, sources: readonly Source[]) => {
    sources.forEach((source, i) => {
      const path = `${base}.sources[${i}]`;
      const document = documents.get(source.document);
      if (document === undefined) {
        report(`${path}.document`, id, `no document has the id "${source.document}"`);
      } else if (source.paragraph > document.paragraphCount) {
        report(
          `${path}.paragraph`,
          id,
          `paragraph ${source.paragraph} is past the ${document.paragraphCount} paragraphs of document "${document.id}"`,
        );
      } else if (document.furniture.includes(source.paragraph)) {
        report(
          `${path}.paragraph`,
          id,
          `paragraph ${source.paragraph} of document "${document.id}" is page furniture, not report: cite another`,
        );
      }
      const words = wordCount(source.excerpt);
      if (words > MAX_EXCERPT_WORDS) {
        report(`${path}.excerpt`, id, `the excerpt has ${words} words; quote at most ${MAX_EXCERPT_WORDS}`);
      }
      if (source.saidBy !== undefined && !entityIds.has(source.saidBy)) {
        report(`${path}.saidBy`, id, `no entity has the id "${source.saidBy}"`);
      }
    });
  };
  const checkEntityRefs = (path: string, id: string, refs: readonly string[]) => {
    refs.forEach((ref, i) => {
      if (!entityIds.has(ref)) report(`${path}[${i}]`, id, `no entity has the id "${ref}"`);
    });
  };
  const checkEventRef = (path: string, id: string, ref: string) => {
    if (ref === id) report(path, id, 'an event cannot refer to itself');
    else if (!eventIds.has(ref)) report(path, id, `no event has the id "${ref}"`);
  };

  const statusContext = getStatusContext(timeline);

  const fileIndex = new Map(timeline.events.map((e, i) => [e.id as string, i]));
  let lastDated: { key: number; id: string } | undefined;

  timeline.events.forEach((event, i) => {
    const base = `events[${i}]`;
    const id = event.id;
    if (!categoryIds.has(event.category)) report(`${base}.category`, id, `no category has the id "${event.category}"`);
    if (event.place !== undefined && !entityIds.has(event.place)) {
      report(`${base}.place`, id, `no entity has the id "${event.place}"`);
    }
    checkEntityRefs(`${base}.entities`, id, event.entities);
    (event.relations ?? []).forEach((r, j) => checkEventRef(`${base}.relations[${j}].event`, id, r.event));
    checkSources(base, id, event.sources);

    const t = event.time;
    const tp = `${base}.time`;
    switch (t.kind) {
      case 'exact':
        break;
      case 'approximate': {
        const [earliest, at, latest] = [Date.parse(t.earliest), Date.parse(t.at), Date.parse(t.latest)];
        if (latest <= earliest) report(`${tp}.latest`, id, 'the interval ends before or when it starts');
        else if (at < earliest || at > latest) report(`${tp}.at`, id, 'the best estimate lies outside earliest–latest');
        break;
      }
      case 'interval': {
        const [earliest, latest] = [Date.parse(t.earliest), Date.parse(t.latest)];
        if (latest <= earliest) report(`${tp}.latest`, id, 'the interval ends before or when it starts');
        if (t.best !== undefined) {
          const best = Date.parse(t.best);
          if (best < earliest || best > latest)
            report(`${tp}.best`, id, 'the best estimate lies outside earliest–latest');
        }
        break;
      }
      case 'order': {
        if (t.after.length === 0 && t.before.length === 0) {
          report(tp, id, 'an order-only time needs at least one event in "after" or "before"');
        }
        t.after.forEach((ref, j) => {
          checkEventRef(`${tp}.after[${j}]`, id, ref);
          if ((fileIndex.get(ref) ?? -1) > i) {
            report(`${tp}.after[${j}]`, id, `"${ref}" is listed later in the file; list events in reading order`);
          }
        });
        t.before.forEach((ref, j) => {
          checkEventRef(`${tp}.before[${j}]`, id, ref);
          if ((fileIndex.get(ref) ?? Infinity) < i) {
            report(`${tp}.before[${j}]`, id, `"${ref}" is listed earlier in the file; list events in reading order`);
          }
        });
        break;
      }
    }
    const key = getDatedKey(event);
    if (key !== undefined) {
      if (lastDated !== undefined && key < lastDated.key) {
        report(tp, id, `it is dated before "${lastDated.id}", which the file lists earlier; list events in time order`);
      }
      lastDated = { key, id };
    }

    const expected = deriveStatus(event, statusContext);
    if (event.status !== expected) {
      report(
        `${base}.status`,
        id,
        `the status must be "${expected}" by the rules in deriveStatus.ts, not "${event.status}"`,
      );
    }
  });

  checkCorrections(timeline, report);

  const cycle = findOrderCycle(timeline.events);
  if (cycle !== undefined) {
    report('events', cycle[0], `the order constraints form a cycle: ${cycle.join(' → ')}`);
  }

  timeline.entities.forEach((entity, i) => {
    const base = `entities[${i}]`;
    if (entity.partOf !== undefined) {
      if (entity.partOf === entity.id) report(`${base}.partOf`, entity.id, 'a place cannot be part of itself');
      else if (!entityIds.has(entity.partOf))
        report(`${base}.partOf`, entity.id, `no entity has the id "${entity.partOf}"`);
    }
    checkSources(base, entity.id, entity.sources);
  });
  for (const cycle of findPlaceCycles(timeline.entities)) {
    const [first = ''] = cycle;
    const index = timeline.entities.findIndex((entity) => entity.id === first);
    report(`entities[${index}].partOf`, first, `the places form a cycle: ${cycle.join(' → ')}`);
  }

  timeline.figures.forEach((figure, i) => {
    const base = `figures[${i}]`;
    if (!eventIds.has(figure.event)) report(`${base}.event`, figure.id, `no event has the id "${figure.event}"`);
    if (figure.saidBy !== undefined && !entityIds.has(figure.saidBy)) {
      report(`${base}.saidBy`, figure.id, `no entity has the id "${figure.saidBy}"`);
    }
    checkEntityRefs(`${base}.about`, figure.id, figure.about);
    checkEntityRefs(`${base}.notConfirmedBy`, figure.id, figure.notConfirmedBy ?? []);
    if (figure.value.qualifier === 'range' && figure.value.max <= figure.value.min) {
      report(`${base}.value.max`, figure.id, 'a range must end above where it starts');
    }
    checkSources(base, figure.id, figure.sources);
  });

  return problems;
}

/**
 * The corrections log and the ids it keeps alive: every alias and retired id is unique and is no current
 * event's id, every correction's records exist (or existed), and `meta.updated` is no earlier than the last
 * correction.
 */
function checkCorrections(
  timeline: Timeline,
  report: (path: string, recordId: string | undefined, message: string) => void,
) {
  const currentIds = new Set<string>(timeline.events.map((e) => e.id));
  const oldIds = new Map<string, string>();
  const claimOldId = (path: string, recordId: string, oldId: string) => {
    if (currentIds.has(oldId))
      report(path, recordId, `"${oldId}" is a current event's id, so it cannot also be an old one`);
    else if (oldIds.has(oldId))
      report(path, recordId, `"${oldId}" is already kept as an old id by "${oldIds.get(oldId)}"`);
    else oldIds.set(oldId, recordId);
  };
  timeline.events.forEach((event, i) => {
    (event.aliases ?? []).forEach((alias, j) => claimOldId(`events[${i}].aliases[${j}]`, event.id, alias));
  });
  const correctionIds = new Set<string>();
  timeline.corrections.forEach((c, i) => {
    if (correctionIds.has(c.id)) report(`corrections[${i}].id`, c.id, 'duplicate id: another correction has it');
    correctionIds.add(c.id);
  });
  (timeline.retired ?? []).forEach((retired, i) => {
    claimOldId(`retired[${i}].id`, retired.id, retired.id);
    if (!correctionIds.has(retired.correction)) {
      report(`retired[${i}].correction`, retired.id, `no correction has the id "${retired.correction}"`);
    }
  });
  const recordIds = new Set<string>([
    ...currentIds,
    ...oldIds.keys(),
    ...timeline.entities.map((e) => e.id),
    ...timeline.figures.map((f) => f.id),
  ]);
  let latestDate = '';
  timeline.corrections.forEach((c, i) => {
    c.records.forEach((id, j) => {
      if (!recordIds.has(id)) {
        report(`corrections[${i}].records[${j}]`, c.id, `no event, entity or figure has (or had) the id "${id}"`);
      }
    });
    if (c.date < latestDate) report(`corrections[${i}].date`, c.id, 'list corrections oldest first');
    if (c.date > latestDate) latestDate = c.date;
  });
  if (latestDate > timeline.meta.updated) {
    report('meta.updated', undefined, `the last correction is dated ${latestDate}, after the "updated" date`);
  }
}

/** A cycle in the "after" / "before" constraints, as a list of ids that starts and ends with the same one. */
export function findOrderCycle(events: readonly TimelineEvent[]): string[] | undefined {
  // Edges point from earlier to later: "after: [a]" on e gives a → e; "before: [b]" gives e → b.
  const next = new Map<string, string[]>();
  const addEdge = (from: EventId, to: EventId) => next.set(from, [...(next.get(from) ?? []), to]);
  for (const event of events) {
    if (event.time.kind !== 'order') continue;
    for (const a of event.time.after) addEdge(a, event.id);
    for (const b of event.time.before) addEdge(event.id, b);
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): string[] | undefined => {
    state.set(id, 'visiting');
    stack.push(id);
    for (const to of next.get(id) ?? []) {
      if (state.get(to) === 'visiting') return [...stack.slice(stack.indexOf(to)), to];
      if (state.get(to) === undefined) {
        const found = visit(to);
        if (found !== undefined) return found;
      }
    }
    stack.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const id of next.keys()) {
    if (state.get(id) === undefined) {
      const found = visit(id);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * Every cycle in the places hierarchy (`partOf`), each once, as ids that start and end with the same one; a place
 * that is part of itself is reported on its own and left out here.
 */
export function findPlaceCycles(entities: readonly { id: string; partOf?: string | undefined }[]): string[][] {
  const parent = new Map<string, string>();
  for (const entity of entities) {
    if (entity.partOf !== undefined && entity.partOf !== entity.id) parent.set(entity.id, entity.partOf);
  }
  const order = new Map(entities.map((entity, i) => [entity.id, i]));
  const settled = new Set<string>();
  const cycles: string[][] = [];
  for (const entity of entities) {
    const chain: string[] = [];
    let id: string | undefined = entity.id;
    while (id !== undefined && !settled.has(id) && !chain.includes(id)) {
      chain.push(id);
      id = parent.get(id);
    }
    if (id !== undefined && chain.includes(id)) {
      const ring = chain.slice(chain.indexOf(id));
      // Start from the place listed first, so the same cycle reads the same whichever place leads into it.
      const start = ring.reduce(
        (best, place, i) => ((order.get(place) ?? 0) < (order.get(ring[best] ?? '') ?? 0) ? i : best),
        0,
      );
      const rotated = [...ring.slice(start), ...ring.slice(0, start)];
      cycles.push([...rotated, rotated[0] ?? id]);
    }
    for (const seen of chain) settled.add(seen);
  }
  return cycles;
}
