/**
 * The one source of truth for the timeline's shape: this schema validates
 * `timeline.json`, generates `timeline.schema.json`, and gives the app its types.
 * Cross-record rules (ids resolve, order is acyclic, status follows its rules)
 * live in `parseTimeline.ts`, which runs after this schema.
 */
import { z } from 'zod';

/** Refuses anything that looks like markup or an HTML entity, so no text field ever needs sanitising. */
const MARKUP_FREE = String.raw`(?![\s\S]*<[A-Za-z!/?])(?![\s\S]*&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z]+);)`;

/** The high surrogates of each plane's last two code points (U+1FFFE, U+1FFFF … U+10FFFE, U+10FFFF). */
const PLANE_END_HIGH = Array.from({ length: 16 }, (_, plane) => 0xd83f + plane * 0x40);
const toEscape = (code: number) => `\\u${code.toString(16).toUpperCase()}`;

/**
 * One character a text field may hold, in UTF-16 and without the `u` flag (JSON Schema's patterns): no C0 or C1
 * control character (text fields are single lines), no lone surrogate, no noncharacter (U+FDD0–U+FDEF and every
 * plane's last two code points).
 */
const TEXT_CHARACTER = [
  String.raw`[^\u0000-\u001F\u007F-\u009F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]`,
  `[${PLANE_END_HIGH.map((high) => `${toEscape(high - 0x3f)}-${toEscape(high - 1)}`).join('')}][\\uDC00-\\uDFFF]`,
  `[${PLANE_END_HIGH.map(toEscape).join('')}][\\uDC00-\\uDFFD]`,
].join('|');

/** Plain text: printable characters on one line, with no markup or HTML entities. */
const PLAIN_TEXT = new RegExp(`^${MARKUP_FREE}(?:${TEXT_CHARACTER})*$`);
/** Printable characters on one line, markup or not. */
const TEXT_CHARACTERS = new RegExp(`^(?:${TEXT_CHARACTER})*$`);
const HAS_MARKUP = new RegExp(`^(?!${MARKUP_FREE})`);

/** The message for text with markup in it. */
export const PLAIN_TEXT_MESSAGE = 'must be plain text, without markup or HTML entities';

/** The first character a text field may not hold, and where (from 1), or undefined when there is none. */
export function findForbiddenCharacter(text: string): { codePoint: number; position: number } | undefined {
  let position = 0;
  for (const character of text) {
    position += 1;
    if (!TEXT_CHARACTERS.test(character)) return { codePoint: character.codePointAt(0) ?? 0, position };
  }
  return undefined;
}

/** A code point as Unicode writes it: `U+0007`. */
export function formatCodePoint(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why a string is not plain text, naming the first character it may not hold by its code point. */
function describeTextProblem(input: unknown): string {
  if (typeof input !== 'string') return PLAIN_TEXT_MESSAGE;
  const found = findForbiddenCharacter(input);
  if (found === undefined) return PLAIN_TEXT_MESSAGE;
  const { codePoint, position } = found;
  const kind =
    codePoint >= 0xd800 && codePoint <= 0xdfff
      ? 'a lone surrogate (half of a character)'
      : codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)
        ? 'a control character'
        : 'a Unicode noncharacter';
  const character = `contains ${formatCodePoint(codePoint)}, ${kind}, at character ${position}`;
  return HAS_MARKUP.test(input)
    ? `${character}, and ${PLAIN_TEXT_MESSAGE}`
    : `${character}: text is printable characters on one line`;
}

/** The longest excerpt, in words: a short quotation, never the report wholesale. */
export const MAX_EXCERPT_WORDS = 30;

const plainText = (maxLength: number) =>
  z
    .string()
    .min(1, 'must not be empty')
    .max(maxLength, `must be at most ${maxLength} characters`)
    .regex(PLAIN_TEXT, { error: (issue) => describeTextProblem(issue.input) });

/** A stable, URL-safe slug: it appears in shared links, so it never changes once published. */
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "gunmen-enter-cafe"')
  .max(64, 'must be at most 64 characters');

export const EventIdSchema = slug.brand<'EventId'>();
/** The stable id of an event, as it appears in links. */
export type EventId = z.infer<typeof EventIdSchema>;

export const EntityIdSchema = slug.brand<'EntityId'>();
/** The stable id of a person, organisation, place or group. */
export type EntityId = z.infer<typeof EntityIdSchema>;

export const CategoryIdSchema = slug.brand<'CategoryId'>();
/** The id of a category; each category is one lane of the chart. */
export type CategoryId = z.infer<typeof CategoryIdSchema>;

export const FigureIdSchema = slug.brand<'FigureId'>();
/** The stable id of one figure as one speaker gave it. */
export type FigureId = z.infer<typeof FigureIdSchema>;

/** An unambiguous instant: ISO 8601 with a UTC offset or `Z`, to the minute or finer. */
export const InstantSchema = z.iso
  .datetime({
    offset: true,
    local: false,
    error: 'must be an ISO 8601 instant with an offset, such as 2016-07-01T21:20:00+06:00',
  })
  .describe('An ISO 8601 instant with an offset, such as 2016-07-01T21:20:00+06:00')
  .brand<'Instant'>();
/** An ISO 8601 instant with an explicit offset, such as `2016-07-01T21:20:00+06:00`. */
export type Instant = z.infer<typeof InstantSchema>;

/** True for a zone this runtime's time-zone database knows: `Intl` refuses to format in any other. */
export function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time-zone name such as `Asia/Dhaka`, which the time-zone database must know. */
export const ZoneNameSchema = z
  .string()
  .regex(/^(?:UTC|[A-Z][A-Za-z_]+(?:\/[A-Z][A-Za-z0-9_+-]+)+)$/, {
    error: 'must be an IANA zone name such as "Asia/Dhaka"',
    abort: true,
  })
  .refine(isKnownZone, {
    error: (issue) =>
      `${JSON.stringify(issue.input)} is not a time zone in the IANA database; use one such as "Asia/Dhaka"`,
  })
  .brand<'ZoneName'>();
/** An IANA time-zone name such as `Asia/Dhaka`. */
export type ZoneName = z.infer<typeof ZoneNameSchema>;

/** How a time is known: read off the report, worked out from a time it states, inferred from vague words, or added from outside the report. */
export const TimeBasisSchema = z.enum(['stated', 'derived', 'inferred', 'context']);
/** How a time is known. */
export type TimeBasis = z.infer<typeof TimeBasisSchema>;

const timeCommon = {
  basis: TimeBasisSchema,
  /** How the time is known, in a short phrase: "9.20pm local time, per witnesses". */
  known: plainText(200).describe('How the time is known, in a short phrase'),
};

/** The report gives the minute. */
export const ExactTimeSchema = z.strictObject({
  kind: z.literal('exact'),
  at: InstantSchema,
  ...timeCommon,
});

/** A best estimate inside the interval the report allows; `precision` says how coarse it is. */
export const ApproximateTimeSchema = z.strictObject({
  kind: z.literal('approximate'),
  at: InstantSchema,
  earliest: InstantSchema,
  latest: InstantSchema,
  precision: z.enum(['hour', 'part-of-day', 'day']),
  ...timeCommon,
});

/**
 * Something happened within, or lasted through, `earliest` to `latest`.
 * `spans` is true when the event lasted the whole interval (a siege), false when
 * it happened at some unknown moment inside it (a raid whose hour is not given).
 */
export const IntervalTimeSchema = z.strictObject({
  kind: z.literal('interval'),
  earliest: InstantSchema,
  latest: InstantSchema,
  best: InstantSchema.optional(),
  spans: z.boolean(),
  ...timeCommon,
});

/**
 * Only the order is known: after every event in `after` and before every event in `before`.
 * `notBefore` is a floor the report's words give without giving a time ("several hours" after 9.20pm is
 * not before 11.20pm); it bounds the event from below and is never drawn or worded as the time it happened.
 */
export const OrderTimeSchema = z.strictObject({
  kind: z.literal('order'),
  after: z.array(EventIdSchema),
  before: z.array(EventIdSchema),
  /** The earliest instant the report's words allow, when they give one; the event's own time stays unknown. */
  notBefore: InstantSchema.optional(),
  ...timeCommon,
});

/** When an event happened, as precisely as the report allows and no more. */
export const EventTimeSchema = z.discriminatedUnion('kind', [
  ExactTimeSchema,
  ApproximateTimeSchema,
  IntervalTimeSchema,
  OrderTimeSchema,
]);
/** When an event happened, as precisely as the report allows and no more. */
export type EventTime = z.infer<typeof EventTimeSchema>;
export type ExactTime = z.infer<typeof ExactTimeSchema>;
export type ApproximateTime = z.infer<typeof ApproximateTimeSchema>;
export type IntervalTime = z.infer<typeof IntervalTimeSchema>;
export type OrderTime = z.infer<typeof OrderTimeSchema>;

export const DocumentIdSchema = slug.brand<'DocumentId'>();
/** The stable id of a source document, named by every citation of it. */
export type DocumentId = z.infer<typeof DocumentIdSchema>;

/** A calendar date, `YYYY-MM-DD`. */
export const CalendarDateSchema = z.iso.date({ error: 'must be a date such as 2026-12-03' }).brand<'CalendarDate'>();
/** A calendar date, `YYYY-MM-DD`. */
export type CalendarDate = z.infer<typeof CalendarDateSchema>;

/** A web address a reader may follow: http or https only, never `javascript:` or `data:`. */
const WebAddressSchema = z
  .url({ protocol: /^https?$/, error: 'must be an http or https address' })
  .max(2000, 'must be at most 2000 characters')
  .regex(TEXT_CHARACTERS, { error: (issue) => describeTextProblem(issue.input) });

/**
 * A source document the timeline cites: a report, one paragraph a line. Only the id, the title and the
 * paragraphs are required; what else is known of it (publisher, date, address) is given when the document says.
 * Its text is never part of the timeline: the build checks excerpts against it from outside (docs/data.md).
 */
export const SourceDocumentSchema = z.strictObject({
  id: DocumentIdSchema,
  /** What the document is called; the page names any document but the first by it. */
  title: plainText(200),
  /** Who published it, when known. */
  publisher: plainText(120).optional(),
  /** The day it was published, when known. */
  date: CalendarDateSchema.optional(),
  /** Where it was published, when known. */
  url: WebAddressSchema.optional(),
  /** How many paragraphs it has: every citation of it must fall inside. */
  paragraphCount: z.number().int().min(1, 'a document has at least one paragraph'),
  /** Paragraphs that are page furniture (a newsletter prompt, a bare heading): nothing may cite them. */
  furniture: z.array(z.number().int().min(1)),
});
/** A source document the timeline cites. */
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;

/** A citation: a short verbatim excerpt of one paragraph of one document, and who gave it. */
export const SourceSchema = z.strictObject({
  /** The id of the document quoted (one of the timeline's `documents`). */
  document: DocumentIdSchema,
  /** The paragraph's line number in that document's text, from 1. */
  paragraph: z.number().int().min(1, 'paragraphs are numbered from 1'),
  /** A short verbatim passage of that paragraph. */
  excerpt: plainText(300),
  /** Who the document attributes this to; absent when it is the document's own voice. */
  saidBy: EntityIdSchema.optional(),
  /** True when the document hedges it ("believed to be", "appearing to show"). */
  hedged: z.boolean().optional(),
});
/** A citation of one paragraph of one document. */
export type Source = z.infer<typeof SourceSchema>;

const sources = z.array(SourceSchema).min(1, 'must cite at least one paragraph');

/**
 * What an event states, by rules written in `deriveStatus.ts`: the report's own
 * voice, attributed to a source, claimed only by the attackers, not confirmed
 * (another source will not confirm it, or the report hedges it), or disputed
 * (another source contradicts it).
 */
export const StatusSchema = z.enum(['stated', 'attributed', 'claimed', 'unconfirmed', 'disputed']);
/** What an event states, and on whose word. */
export type Status = z.infer<typeof StatusSchema>;

/** How one event bears on another: a statement describes what happened, or confirms, contradicts or declines to confirm another statement. */
export const RelationKindSchema = z.enum(['describes', 'confirms', 'contradicts', 'declines-to-confirm']);
export type RelationKind = z.infer<typeof RelationKindSchema>;

export const RelationSchema = z.strictObject({
  kind: RelationKindSchema,
  event: EventIdSchema,
});
/** A link from this event to another. */
export type Relation = z.infer<typeof RelationSchema>;

export const TimelineEventSchema = z.strictObject({
  id: EventIdSchema,
  /** Ids this event was published under before a correction; links that carry them open this event. */
  aliases: z.array(EventIdSchema).optional(),
  /** A short title in our words. */
  title: plainText(90),
  /** One to three sentences in our words. */
  summary: plainText(480),
  time: EventTimeSchema,
  category: CategoryIdSchema,
  status: StatusSchema,
  /** Where it happened, when the report says. */
  place: EntityIdSchema.optional(),
  /** Who and what is involved. */
  entities: z.array(EntityIdSchema),
  relations: z.array(RelationSchema).optional(),
  sources,
});
/** One event of the report. */
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

export const EntityKindSchema = z.enum(['person', 'organisation', 'place', 'group']);
export type EntityKind = z.infer<typeof EntityKindSchema>;

export const EntitySchema = z.strictObject({
  id: EntityIdSchema,
  name: plainText(80),
  kind: EntityKindSchema,
  /** Who or what this is, as the report describes it, in our words. */
  description: plainText(300),
  /** The role at the time, as the report gives it. */
  role: plainText(120).optional(),
  /** The larger place this place lies in. */
  partOf: EntityIdSchema.optional(),
  /** True for the attackers and those speaking for them, whose word alone makes a claim. */
  isPerpetrator: z.boolean().optional(),
  sources,
});
/** A person, organisation, place or group the report names. */
export type Entity = z.infer<typeof EntitySchema>;

/**
 * What a figure counts, in the report's own verb: `killed` for "killed" or "murdered", `dead` for "died" or
 * "dead" (no killer implied), `attackers-killed` for the attackers' own dead, which are never counted on the
 * same line as their victims.
 */
export const MeasureSchema = z.enum([
  'killed',
  'dead',
  'attackers-killed',
  'wounded',
  'freed',
  'captured',
  'unaccounted-for',
  'present',
  'involved',
]);
export type Measure = z.infer<typeof MeasureSchema>;

/** A number as the speaker qualified it; never reconciled with any other. */
export const FigureValueSchema = z.discriminatedUnion('qualifier', [
  z.strictObject({ qualifier: z.enum(['exactly', 'at-least', 'up-to', 'about']), value: z.number().int().min(0) }),
  z.strictObject({ qualifier: z.literal('range'), min: z.number().int().min(0), max: z.number().int().min(0) }),
]);
export type FigureValue = z.infer<typeof FigureValueSchema>;

export const FigureSchema = z.strictObject({
  id: FigureIdSchema,
  measure: MeasureSchema,
  /** Who or what is counted, in a few words: "foreign hostages". */
  subject: plainText(80),
  value: FigureValueSchema,
  /** The speaker; absent when it is the report's own voice. */
  saidBy: EntityIdSchema.optional(),
  /** Sources that would not confirm this figure. */
  notConfirmedBy: z.array(EntityIdSchema).optional(),
  /** The event this figure belongs to. */
  event: EventIdSchema,
  /** The entities counted. */
  about: z.array(EntityIdSchema),
  sources,
});
/** One figure, as one speaker gave it. */
export type Figure = z.infer<typeof FigureSchema>;

export const CategorySchema = z.strictObject({
  id: CategoryIdSchema,
  label: plainText(40),
  description: plainText(200),
});
/** A category; each is one lane of the chart, in the order listed. */
export type Category = z.infer<typeof CategorySchema>;

/** A fact added from outside the report, marked as such. */
export const ContextNoteSchema = z.strictObject({
  statement: plainText(200),
  why: plainText(300),
});

export const CorrectionIdSchema = slug.brand<'CorrectionId'>();
/** The stable id of one entry in the corrections log; the page links to it as `#correction-<id>`. */
export type CorrectionId = z.infer<typeof CorrectionIdSchema>;

/** One entry of the public corrections log: what changed in which records, when, and why. */
export const CorrectionSchema = z.strictObject({
  id: CorrectionIdSchema,
  /** The day the correction was made. */
  date: CalendarDateSchema,
  /** The events, entities and figures it changed, by id (a retired id included). */
  records: z.array(z.string().min(1)).min(1, 'must name at least one record'),
  /** What changed, in a sentence or two. */
  what: plainText(600),
  /** Why it changed. */
  why: plainText(600),
});
/** One entry of the corrections log. */
export type Correction = z.infer<typeof CorrectionSchema>;

/** An event id withdrawn by a correction with no event to succeed it; its old links open the timeline with a notice. */
export const RetiredEventSchema = z.strictObject({
  id: EventIdSchema,
  /** The correction that withdrew it. */
  correction: CorrectionIdSchema,
});
export type RetiredEvent = z.infer<typeof RetiredEventSchema>;

export const MetaSchema = z.strictObject({
  title: plainText(120),
  /** The day the facts last changed, `YYYY-MM-DD`; the page shows it as "Last updated". */
  updated: CalendarDateSchema,
  /** One line on the source report. */
  description: plainText(400),
  /** The zone the events happened in: every time is shown in it unless the reader chooses another. */
  zone: ZoneNameSchema,
  /**
   * Other zones the report gives times in, offered to the reader beside the events' own, each with why: London
   * for a report's "BST". The reader's own zone and UTC are always offered.
   */
  otherZones: z.array(z.strictObject({ zone: ZoneNameSchema, why: plainText(60) })).optional(),
  contentNote: plainText(300),
  context: z.array(ContextNoteSchema),
  /** What the data downloads are named after (`<name>-timeline.csv`); the first document's id when absent. */
  downloadName: slug.optional(),
});
export type Meta = z.infer<typeof MetaSchema>;

export const TimelineSchema = z.strictObject({
  /** Where the file's JSON Schema is, for editors. */
  $schema: z
    .string()
    .max(1000, 'must be at most 1000 characters')
    .regex(TEXT_CHARACTERS, { error: (issue) => describeTextProblem(issue.input) })
    .optional(),
  meta: MetaSchema,
  /** The documents the timeline cites, the report it is a timeline of first. */
  documents: z.array(SourceDocumentSchema).min(1, 'a timeline cites at least one document'),
  categories: z.array(CategorySchema).min(1, 'a timeline needs at least one category (one lane of the chart)'),
  events: z.array(TimelineEventSchema),
  entities: z.array(EntitySchema),
  figures: z.array(FigureSchema),
  /** The public corrections log, oldest first. */
  corrections: z.array(CorrectionSchema),
  /** Event ids withdrawn with no successor. */
  retired: z.array(RetiredEventSchema).optional(),
});
/** The whole curated timeline, as loaded and frozen. */
export type Timeline = z.infer<typeof TimelineSchema>;
