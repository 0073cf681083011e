/**
 * The figures as a spreadsheet: one row per figure as one speaker gave it, with its qualifier, its speaker and
 * who would not confirm it. No row adds, averages or reconciles figures: two counts of the same dead stay two rows.
 */
import type { DeepReadonly } from '../../src/data/deepFreeze.ts';
import { indexTimeline } from '../../src/data/indexTimeline.ts';
import type { TimelineIndex } from '../../src/data/indexTimeline.ts';
import type { LoadedTimeline } from '../../src/data/parseTimeline.ts';
import type { Figure, Measure } from '../../src/data/schema.ts';
import { describeFigureValue } from '../../src/shared/describeFigure.ts';
import { toCsv } from './csvTable.ts';
import type { CsvColumn } from './csvTable.ts';
import { formatExcerpt, getCorrectionIds, getEntityName } from './formatSource.ts';

/** One figure with the look-ups its cells need. */
interface FigureRow {
  figure: DeepReadonly<Figure>;
  index: TimelineIndex;
}

/** The `said_by` of a figure the report gives in its own voice. */
export const REPORT_VOICE = 'the report (own voice)';

/** What each measure counts, for the readme: the report's own verb, and the attackers' dead apart. */
export const MEASURE_MEANINGS: Readonly<Record<Measure, string>> = {
  killed: 'people killed or murdered, in the report’s words',
  dead: 'people who “died” or “were dead”, with no killer implied',
  'attackers-killed': 'the attackers’ own dead, never counted with their victims',
  wounded: 'people wounded',
  freed: 'people freed',
  captured: 'people captured',
  'unaccounted-for': 'people unaccounted for',
  present: 'people present',
  involved: 'people taking part',
};

/** The columns of the figures CSV, in order: the header row spells them this way and the readme explains them. */
export const FIGURE_COLUMNS: readonly CsvColumn<FigureRow>[] = [
  { name: 'id', about: 'the figure’s stable id', get: ({ figure }) => figure.id },
  { name: 'measure', about: 'what it counts (see “Measures” below)', get: ({ figure }) => figure.measure },
  { name: 'subject', about: 'who or what is counted, in a few words', get: ({ figure }) => figure.subject },
  {
    name: 'qualifier',
    about: 'how the speaker qualified the number: exactly, at-least, up-to, about or range',
    get: ({ figure }) => figure.value.qualifier,
  },
  {
    name: 'value',
    about: 'the number, for every qualifier but range',
    get: ({ figure: { value } }) => (value.qualifier === 'range' ? '' : String(value.value)),
  },
  {
    name: 'min',
    about: 'the lower number of a range',
    get: ({ figure: { value } }) => (value.qualifier === 'range' ? String(value.min) : ''),
  },
  {
    name: 'max',
    about: 'the upper number of a range',
    get: ({ figure: { value } }) => (value.qualifier === 'range' ? String(value.max) : ''),
  },
  {
    name: 'as_given',
    about: 'the number in words as the speaker qualified it: “at least 22”, “15 to 20”',
    get: ({ figure }) => describeFigureValue(figure.value),
  },
  {
    name: 'said_by',
    about: `who gave it, by name; “${REPORT_VOICE}” when the report says it itself`,
    get: ({ figure, index }) => (figure.saidBy === undefined ? REPORT_VOICE : getEntityName(figure.saidBy, index)),
  },
  {
    name: 'not_confirmed_by',
    about: 'who would not confirm it, by name, separated by “; ”',
    get: ({ figure, index }) => (figure.notConfirmedBy ?? []).map((id) => getEntityName(id, index)).join('; '),
  },
  {
    name: 'paragraphs',
    about: 'the paragraphs of the report it cites, separated by “; ”; one of another document is “<its id> ¶<n>”',
    get: ({ figure, index }) => {
      const report = index.timeline.documents[0]?.id;
      const cited = figure.sources.map((s) =>
        s.document === report ? String(s.paragraph) : `${s.document} ¶${s.paragraph}`,
      );
      return [...new Set(cited)].join('; ');
    },
  },
  {
    name: 'excerpts',
    about: 'the report’s words, separated by “ | ”, each followed by any gloss it needs in square brackets',
    get: ({ figure }) => figure.sources.map((s) => formatExcerpt(s.excerpt)).join(' | '),
  },
  {
    name: 'event',
    about: 'the id of the event it belongs to (a row of the events CSV)',
    get: ({ figure }) => figure.event,
  },
  {
    name: 'event_title',
    about: 'that event’s title',
    get: ({ figure, index }) => index.getEvent(figure.event)?.title ?? '',
  },
  {
    name: 'about',
    about: 'the people or groups counted, by name, separated by “; ”',
    get: ({ figure, index }) => figure.about.map((id) => getEntityName(id, index)).join('; '),
  },
  {
    name: 'corrected',
    about: 'ids of the corrections that changed this figure, separated by spaces; the readme lists each one',
    get: ({ figure, index }) => getCorrectionIds(figure.id, index).join(' '),
  },
];

/**
 * Every figure as an RFC 4180 CSV table, once each, in the data's order, after a UTF-8 byte-order mark and the
 * header row (`FIGURE_COLUMNS`). There is no total row: the figures come from different speakers and are never
 * summed.
 */
export function toFiguresCsv(timeline: LoadedTimeline): string {
  const index = indexTimeline(timeline);
  return toCsv(
    FIGURE_COLUMNS,
    timeline.figures.map((figure) => ({ figure, index })),
  );
}
