/**
 * A generated timeline of any number of events, for the benchmark (`npm run bench`) and the harness
 * (harness/fixtures.ts). It passes every rule `parseTimeline` checks: the real data's five categories, times
 * in reading order, order-only events bounded by their neighbours, status by `deriveStatus`, citations of
 * paragraphs that exist and are not furniture, and references that resolve. The same options always give
 * the same timeline: a seeded generator, never `Math.random`. Its text is plausible filler, not the report.
 */
import { deriveStatus, getStatusContext } from '../../src/data/deriveStatus.ts';
import type {
  CalendarDate,
  Category,
  CategoryId,
  DocumentId,
  Entity,
  EntityId,
  EntityKind,
  EventId,
  EventTime,
  Figure,
  FigureId,
  FigureValue,
  Instant,
  Measure,
  RelationKind,
  Source,
  Timeline,
  TimelineEvent,
  ZoneName,
} from '../../src/data/schema.ts';

/** What to generate. */
export interface GenerateTimelineOptions {
  /** How many events, at least 1. */
  events: number;
  /** The seed of the pseudo-random sequence; the same seed gives the same timeline. */
  seed?: number;
}

/** The seed used when none is given: the date of the attack. */
export const DEFAULT_SEED = 20160701;

/** The first moment of the generated story: the evening of 1 July 2016 in Dhaka, epoch ms. */
const STORY_START_MS = Date.parse('2016-07-01T18:00:00+06:00');
/** How long the generated story runs: six weeks, so zooming matters. */
const STORY_DAYS = 42;
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
const DAY_MS = 24 * HOUR_MS;
/** Dhaka keeps UTC+6 all year, so every generated instant carries that offset. */
const OFFSET_MS = 6 * HOUR_MS;

/** How many paragraphs the generated report has, and which are furniture (as in the real report). */
const PARAGRAPH_COUNT = 40;
const FURNITURE = [8, 13];
/** The generated report: the one document every generated citation quotes. */
const DOCUMENT_ID = 'report' as DocumentId;
const CITABLE_PARAGRAPHS = Array.from({ length: PARAGRAPH_COUNT }, (_, i) => i + 1).filter(
  (p) => !FURNITURE.includes(p),
);

/**
 * Busy stretches of the story, where events crowd together: the night of the siege, the morning after, and
 * later days of funerals and the investigation. Centres in hours from the story's start, spreads in hours either side.
 */
const BURSTS: readonly { centre: number; spread: number; weight: number }[] = [
  { centre: 6, spread: 6, weight: 0.4 },
  { centre: 20, spread: 16, weight: 0.2 },
  { centre: 4 * 24, spread: 20, weight: 0.15 },
  { centre: 11 * 24, spread: 32, weight: 0.15 },
  { centre: 30 * 24, spread: 40, weight: 0.1 },
];
/** Share of events that fall in a burst; the rest spread evenly over the six weeks. */
const BURST_SHARE = 0.6;

/** A uniform pseudo-random number in [0, 1): mulberry32, small, fast and good enough for fixtures. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick() needs a non-empty list');
  return item;
}

function pickWeighted<T>(random: Random, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let r = random() * total;
  for (const [item, weight] of items) {
    r -= weight;
    if (r < 0) return item;
  }
  const last = items.at(-1);
  if (last === undefined) throw new Error('pickWeighted() needs a non-empty list');
  return last[0];
}

function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** An ISO 8601 instant in Dhaka time (`+06:00`), to the minute. */
function toInstant(ms: number): Instant {
  const local = new Date(ms + OFFSET_MS).toISOString().slice(0, 16);
  return `${local}:00+06:00` as Instant;
}

const asEntityId = (id: string) => id as EntityId;
const asEventId = (id: string) => id as EventId;

/** The real timeline's five lanes (src/data/timeline.json), so the chart looks as it does with the report. */
const CATEGORIES: readonly Category[] = [
  {
    id: 'attack' as CategoryId,
    label: 'The attack',
    description: 'What the gunmen did, from the first sighting to the storming of the café.',
  },
  {
    id: 'response' as CategoryId,
    label: 'Security response',
    description: 'Police, negotiators and troops, from the first attempt to enter to the raid.',
  },
  {
    id: 'people' as CategoryId,
    label: 'Hostages and victims',
    description: 'The people inside the café: who escaped, who was freed, who was killed or is missing.',
  },
  {
    id: 'claims' as CategoryId,
    label: 'Claims and statements',
    description: 'What the attackers, police, officials and witnesses said, each at its own time.',
  },
  {
    id: 'reactions' as CategoryId,
    label: 'Governments respond',
    description: 'Leaders in Bangladesh, Italy, India and Britain.',
  },
];

/** id, name, kind, the place it lies in, and whether it is the attackers' side. */
type EntitySeed = readonly [id: string, name: string, kind: EntityKind, partOf?: string, isPerpetrator?: boolean];

const ENTITY_SEEDS: readonly EntitySeed[] = [
  ['bangladesh', 'Bangladesh', 'place'],
  ['dhaka', 'Dhaka', 'place', 'bangladesh'],
  ['gulshan', 'Gulshan', 'place', 'dhaka'],
  ['holey-artisan-bakery', 'Holey Artisan Bakery', 'place', 'gulshan'],
  ['medical-centre', 'A medical centre in Gulshan', 'place', 'gulshan'],
  ['lake-road', 'The lakeside road', 'place', 'gulshan'],
  ['gulshan-hospital', 'A hospital in Gulshan', 'place', 'gulshan'],
  ['diplomatic-zone', 'The diplomatic zone', 'place', 'gulshan'],
  ['police-headquarters', 'Police headquarters', 'place', 'dhaka'],
  ['dhaka-airport', 'Dhaka airport', 'place', 'dhaka'],
  ['army-stadium', 'The army stadium', 'place', 'dhaka'],
  ['gunmen', 'The gunmen', 'group', undefined, true],
  ['isis-agency', 'An ISIS-linked agency', 'organisation', undefined, true],
  ['witnesses', 'Witnesses', 'group'],
  ['hostages', 'The hostages', 'group'],
  ['victims', 'The victims', 'group'],
  ['relatives', 'Relatives of the hostages', 'group'],
  ['residents', 'Residents of Gulshan', 'group'],
  ['journalists', 'Journalists at the scene', 'group'],
  ['customers', 'Customers', 'group'],
  ['cafe-staff', 'Café staff', 'group'],
  ['negotiators', 'Negotiators', 'group'],
  ['police', 'Police', 'organisation'],
  ['rapid-action-battalion', 'The Rapid Action Battalion', 'organisation'],
  ['army', 'The army', 'organisation'],
  ['fire-service', 'The fire service', 'organisation'],
  ['foreign-ministry', 'The foreign ministry', 'organisation'],
  ['home-ministry', 'The home ministry', 'organisation'],
  ['japanese-embassy', 'The Japanese embassy', 'organisation'],
  ['italian-embassy', 'The Italian embassy', 'organisation'],
  ['indian-embassy', 'The Indian embassy', 'organisation'],
  ['government-adviser', 'A government adviser', 'person'],
  ['police-chief', 'The police chief', 'person'],
  ['army-spokesperson', 'An army spokesperson', 'person'],
  ['home-minister', 'The home minister', 'person'],
  ['prime-minister', 'The prime minister', 'person'],
  ['hospital-doctor', 'A doctor at the hospital', 'person'],
  ['eyewitness', 'An eyewitness', 'person'],
  ['italian-minister', 'Italy’s foreign minister', 'person'],
  ['japanese-minister', 'Japan’s foreign minister', 'person'],
];

const PLACE_IDS = ENTITY_SEEDS.filter(([, , kind]) => kind === 'place').map(([id]) => asEntityId(id));
/** Where events happen: the sites, not the city or the country. */
const SITE_IDS = PLACE_IDS.filter((id) => !['bangladesh', 'dhaka', 'gulshan'].includes(id));
const PERPETRATOR_IDS = ['gunmen', 'isis-agency'].map(asEntityId);
/** Who may be quoted: everyone who is not a place or the attackers' side. */
const SPEAKER_IDS = ENTITY_SEEDS.filter(
  ([id, , kind]) => kind !== 'place' && !PERPETRATOR_IDS.includes(asEntityId(id)),
).map(([id]) => asEntityId(id));
const GROUP_IDS = ENTITY_SEEDS.filter(([, , kind]) => kind === 'group').map(([id]) => asEntityId(id));

/** Per lane: who acts (with their entity), what they do, and where or to what. */
interface LaneWords {
  subjects: readonly (readonly [phrase: string, entity: string])[];
  verbs: readonly string[];
  objects: readonly string[];
}

const PLACES_WORDS = [
  'the café',
  'the kitchen',
  'the terrace',
  'the street outside',
  'the upper floor',
  'the garden',
  'the lakeside road',
  'the medical centre',
  'the diplomatic zone',
  'the hospital',
];

const LANE_WORDS: Readonly<Record<string, LaneWords>> = {
  attack: {
    subjects: [
      ['Gunmen', 'gunmen'],
      ['The attackers', 'gunmen'],
      ['A gunman', 'gunmen'],
    ],
    verbs: [
      'open fire on',
      'throw grenades at',
      'take hostages in',
      'barricade themselves in',
      'move through',
      'fire shots from',
    ],
    objects: PLACES_WORDS,
  },
  response: {
    subjects: [
      ['Police', 'police'],
      ['Troops', 'army'],
      ['Commandos', 'rapid-action-battalion'],
      ['Negotiators', 'negotiators'],
      ['Fire crews', 'fire-service'],
    ],
    verbs: ['seal off', 'move closer to', 'set up a cordon around', 'exchange fire near', 'search', 'clear', 'secure'],
    objects: PLACES_WORDS,
  },
  people: {
    subjects: [
      ['Hostages', 'hostages'],
      ['Staff', 'cafe-staff'],
      ['Customers', 'customers'],
      ['Relatives', 'relatives'],
      ['Doctors', 'hospital-doctor'],
    ],
    verbs: ['escape from', 'are freed from', 'hide in', 'wait for news outside', 'are taken from', 'gather near'],
    objects: PLACES_WORDS,
  },
  claims: {
    subjects: [
      ['An ISIS-linked agency', 'isis-agency'],
      ['The police chief', 'police-chief'],
      ['An army spokesperson', 'army-spokesperson'],
      ['Witnesses', 'witnesses'],
      ['A government adviser', 'government-adviser'],
    ],
    verbs: [
      'describe the scene at',
      'give a new toll for',
      'deny reports about',
      'release photos said to show',
      'confirm the raid on',
    ],
    objects: PLACES_WORDS,
  },
  reactions: {
    subjects: [
      ['The prime minister', 'prime-minister'],
      ['The home minister', 'home-minister'],
      ['Italy’s foreign minister', 'italian-minister'],
      ['Japan’s foreign minister', 'japanese-minister'],
      ['The foreign ministry', 'foreign-ministry'],
    ],
    verbs: ['condemns the attack on', 'calls for calm after the siege at', 'sends officials to', 'speaks about'],
    objects: PLACES_WORDS,
  },
};

/** Short titles, so label widths vary as they do in real data. */
/** The schema's limit on a title's length, in characters. */
const MAX_TITLE_LENGTH = 90;
const SHORT_TITLES = ['Shots heard', 'Sirens nearby', 'A long silence', 'Lights go out', 'Smoke rises', 'Roads close'];
const QUALIFIERS = [
  'after midnight',
  'in Gulshan',
  'at a press briefing',
  'as rain begins',
  'for the second time',
  'while relatives wait behind the cordon',
  'according to early reports from the scene',
  'near the lake',
  'before dawn',
];
const SUMMARY_SENTENCES = [
  'The report gives no exact time for this.',
  'Several people at the scene described it in the same words.',
  'Officials did not say how many people were involved.',
  'It came after hours in which little changed outside the café.',
  'Reporters at the cordon could not see the building itself.',
  'The account was repeated later the same day without new details.',
  'Nobody named the people involved.',
];
const EXCERPT_WORDS =
  'the gunmen police said hostages were inside cafe several hours later officials confirmed people had been freed from building near lake witnesses described shots fire army troops moved in before dawn'.split(
    ' ',
  );
const FIGURE_SUBJECTS = ['hostages', 'people in the café', 'foreign nationals', 'attackers', 'police officers'];
const MEASURES: readonly Measure[] = [
  'killed',
  'wounded',
  'freed',
  'captured',
  'unaccounted-for',
  'present',
  'involved',
];

/** When an event happened, in epoch ms: most fall in the busy stretches, the rest anywhere in the six weeks. */
function sampleTime(random: Random): number {
  const storyEnd = STORY_START_MS + STORY_DAYS * DAY_MS;
  let t: number;
  if (random() < BURST_SHARE) {
    const burst = pickWeighted(
      random,
      BURSTS.map((b) => [b, b.weight] as const),
    );
    // The sum of three uniforms is a cheap bell curve centred on the burst.
    const bell = (random() + random() + random() - 1.5) / 1.5;
    t = STORY_START_MS + (burst.centre + bell * burst.spread) * HOUR_MS;
  } else {
    t = STORY_START_MS + random() * STORY_DAYS * DAY_MS;
  }
  const clamped = Math.min(Math.max(t, STORY_START_MS), storyEnd);
  return Math.round(clamped / MINUTE_MS) * MINUTE_MS;
}

const TIME_KINDS = [
  ['exact', 0.36],
  ['approximate', 0.34],
  ['interval', 0.15],
  ['order', 0.15],
] as const;

const APPROXIMATE_WIDTHS = [
  ['hour', HOUR_MS],
  ['part-of-day', 6 * HOUR_MS],
  ['day', DAY_MS],
] as const;

/** A time of the given kind around `t`; `key` stays `t` for dated kinds, so reading order is time order. */
function makeTime(random: Random, t: number, index: number, ids: readonly EventId[]): EventTime {
  const count = ids.length;
  let kind = pickWeighted(random, TIME_KINDS);
  if (kind === 'order' && count < 2) kind = 'exact';
  switch (kind) {
    case 'exact':
      return { kind, at: toInstant(t), basis: 'stated', known: 'The report gives the minute.' };
    case 'approximate': {
      const [precision, width] = pick(random, APPROXIMATE_WIDTHS);
      const before = Math.round((0.1 + 0.8 * random()) * (width / MINUTE_MS)) * MINUTE_MS;
      return {
        kind,
        at: toInstant(t),
        earliest: toInstant(t - before),
        latest: toInstant(t - before + width),
        precision,
        basis: 'inferred',
        known: `The report gives only the ${precision === 'part-of-day' ? 'part of the day' : precision}.`,
      };
    }
    case 'interval': {
      // Log-uniform between half an hour and three days: many short windows, a few long ones.
      const width = Math.round(30 * Math.pow(144, random())) * MINUTE_MS;
      const spans = random() < 0.4;
      const known = spans ? 'The report says it lasted through this window.' : 'The report gives only a window.';
      if (random() < 0.5) {
        const before = Math.round(random() * (width / MINUTE_MS)) * MINUTE_MS;
        return {
          kind,
          earliest: toInstant(t - before),
          latest: toInstant(t - before + width),
          best: toInstant(t),
          spans,
          basis: 'inferred',
          known,
        };
      }
      return { kind, earliest: toInstant(t), latest: toInstant(t + width), spans, basis: 'inferred', known };
    }
    case 'order': {
      // After an event a few places back, before one a few places ahead: both already exist in reading order.
      const after = index > 0 ? ids[Math.max(0, index - 1 - randomInt(random, 0, 3))] : undefined;
      const before = index < count - 1 ? ids[Math.min(count - 1, index + 1 + randomInt(random, 0, 3))] : undefined;
      // Most are bounded on both sides; some have no known end, as "later" in a report does.
      const isOpenEnded = after !== undefined && random() < 0.15;
      return {
        kind,
        after: after === undefined ? [] : [after],
        before: before === undefined || isOpenEnded ? [] : [before],
        basis: 'inferred',
        known: 'The report gives no time, only what it came after and before.',
      };
    }
  }
}

function makeSources(random: Random, voice: 'report' | 'attributed' | 'claimed', speaker: EntityId): Source[] {
  const count = pickWeighted(random, [
    [1, 0.6],
    [2, 0.3],
    [3, 0.1],
  ]);
  return Array.from({ length: count }, (_, i) => {
    const excerpt = Array.from({ length: randomInt(random, 3, 24) }, () => pick(random, EXCERPT_WORDS)).join(' ');
    const source: Source = { document: DOCUMENT_ID, paragraph: pick(random, CITABLE_PARAGRAPHS), excerpt };
    if (voice === 'claimed') source.saidBy = pick(random, PERPETRATOR_IDS);
    else if (voice === 'attributed') source.saidBy = i === 0 ? speaker : pick(random, SPEAKER_IDS);
    else if (i > 0 && random() < 0.5) source.saidBy = pick(random, SPEAKER_IDS);
    if (random() < 0.08) source.hedged = true;
    return source;
  });
}

const RELATION_KINDS: readonly (readonly [RelationKind, number])[] = [
  ['describes', 0.5],
  ['confirms', 0.2],
  ['contradicts', 0.15],
  ['declines-to-confirm', 0.15],
];

function makeEntities(seedEntities: readonly EntitySeed[]): Entity[] {
  return seedEntities.map(([id, name, kind, partOf, isPerpetrator], i) => {
    const entity: Entity = {
      id: asEntityId(id),
      name,
      kind,
      description: `${name}, as the generated report describes them.`,
      sources: [
        {
          document: DOCUMENT_ID,
          paragraph: CITABLE_PARAGRAPHS[i % CITABLE_PARAGRAPHS.length] ?? 1,
          excerpt: name.toLowerCase(),
        },
      ],
    };
    if (partOf !== undefined) entity.partOf = asEntityId(partOf);
    if (isPerpetrator === true) entity.isPerpetrator = true;
    return entity;
  });
}

function makeFigure(random: Random, index: number, events: readonly TimelineEvent[]): Figure {
  const event = pick(random, events);
  const qualifier = pick(random, ['exactly', 'at-least', 'up-to', 'about', 'range'] as const);
  let value: FigureValue;
  if (qualifier === 'range') {
    const min = randomInt(random, 1, 40);
    value = { qualifier, min, max: min + randomInt(random, 1, 20) };
  } else {
    value = { qualifier, value: randomInt(random, 1, 60) };
  }
  const figure: Figure = {
    id: `figure-${index + 1}` as FigureId,
    measure: pick(random, MEASURES),
    subject: pick(random, FIGURE_SUBJECTS),
    value,
    event: event.id,
    about: [pick(random, GROUP_IDS)],
    sources: [
      {
        document: DOCUMENT_ID,
        paragraph: pick(random, CITABLE_PARAGRAPHS),
        excerpt: `${pick(random, FIGURE_SUBJECTS)} counted`,
      },
    ],
  };
  if (random() < 0.7) figure.saidBy = pick(random, SPEAKER_IDS);
  if (random() < 0.2) figure.notConfirmedBy = [asEntityId('police')];
  return figure;
}

/** A valid timeline of `events` events over six weeks, the same for the same seed. */
export function generateTimeline(options: GenerateTimelineOptions): Timeline {
  const count = Math.floor(options.events);
  if (!Number.isFinite(count) || count < 1)
    throw new Error(`generateTimeline needs at least 1 event, not ${options.events}`);
  const random = createRandom(options.seed ?? DEFAULT_SEED);

  const times = Array.from({ length: count }, () => sampleTime(random)).sort((a, b) => a - b);
  const categories = CATEGORIES.map((c) => [c, c.id === 'claims' ? 1.3 : 1] as const);

  const drafts = times.map((t, i) => {
    const category = pickWeighted(random, categories);
    const words = LANE_WORDS[category.id];
    if (words === undefined) throw new Error(`no words for lane ${category.id}`);
    const [subject, subjectEntity] = pick(random, words.subjects);
    const verb = pick(random, words.verbs);
    const id = asEventId(`${subjectEntity}-${verb.split(' ')[0] ?? 'event'}-${i + 1}`);
    let title: string;
    if (random() < 0.08) {
      title = pick(random, SHORT_TITLES);
    } else {
      title = [subject, verb, pick(random, words.objects)].join(' ');
      for (let q = randomInt(random, 0, 2); q > 0; q -= 1) {
        const qualifier = pick(random, QUALIFIERS);
        const longer = `${title} ${qualifier}`;
        if (longer.length <= MAX_TITLE_LENGTH && !title.includes(qualifier)) title = longer;
      }
    }
    return { t, id, category, title, subjectEntity: asEntityId(subjectEntity) };
  });
  const ids = drafts.map((d) => d.id);

  const events: TimelineEvent[] = drafts.map((draft, i) => {
    const { id, category, title, subjectEntity } = draft;
    const isPerpetratorVoice = PERPETRATOR_IDS.includes(subjectEntity) && category.id === 'claims';
    const voice = isPerpetratorVoice
      ? 'claimed'
      : pickWeighted(random, [
          ['report', 0.4],
          ['attributed', 0.6],
        ] as const);
    const speaker = SPEAKER_IDS.includes(subjectEntity) ? subjectEntity : pick(random, SPEAKER_IDS);
    const extra = Array.from({ length: randomInt(random, 0, 3) }, () => pick(random, SPEAKER_IDS));
    const sentences = Array.from({ length: randomInt(random, 0, 2) }, () => pick(random, SUMMARY_SENTENCES));
    const event: TimelineEvent = {
      id,
      title,
      summary: [`${title}.`, ...sentences].join(' '),
      time: makeTime(random, draft.t, i, ids),
      category: category.id,
      // Set below, once every relation is known.
      status: 'stated',
      entities: [...new Set([subjectEntity, ...extra])],
      sources: makeSources(random, voice, speaker),
    };
    if (random() < 0.75) event.place = pick(random, SITE_IDS);
    if (i > 0 && random() < 0.12) {
      const target = ids[Math.max(0, i - randomInt(random, 1, 30))];
      if (target !== undefined) event.relations = [{ kind: pickWeighted(random, RELATION_KINDS), event: target }];
    }
    return event;
  });

  // The generated entities' own flags are set later; the attackers are known by id here.
  const statusContext = {
    ...getStatusContext({ entities: [], events }),
    isPerpetrator: (entity: EntityId) => PERPETRATOR_IDS.includes(entity),
  };
  for (const event of events) event.status = deriveStatus(event, statusContext);

  const figureCount = Math.min(60, Math.max(3, Math.round(count / 40)));
  const figures = Array.from({ length: figureCount }, (_, i) => makeFigure(random, i, events));

  return {
    meta: {
      title: `A generated timeline of ${count} events`,
      updated: '2026-12-03' as CalendarDate,
      description: 'Generated for benchmarks and tests: plausible filler in the shape of the real report, not news.',
      zone: 'Asia/Dhaka' as ZoneName,
      contentNote: 'This generated timeline stands in for a report of an attack in which people were killed.',
      context: [
        {
          statement: 'Every event here is generated.',
          why: 'The benchmark needs timelines far larger than the report to show how the chart scales.',
        },
      ],
    },
    documents: [
      { id: DOCUMENT_ID, title: 'A generated report', paragraphCount: PARAGRAPH_COUNT, furniture: [...FURNITURE] },
    ],
    categories: CATEGORIES.map((c) => ({ ...c })),
    events,
    entities: makeEntities(ENTITY_SEEDS),
    figures,
    corrections: [],
  };
}
