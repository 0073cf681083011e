/**
 * The readme that travels with the downloads: what each file holds, what is added from outside the report, the
 * terms glossed beside the report's words, every column of both CSVs, and the corrections log. The CSVs keep
 * their first row for the header (what spreadsheets, Datawrapper and pandas expect), so these notes live here,
 * and the cells that need a note carry it themselves: `when` says which date is added, excerpts carry their
 * gloss, `corrected` names the corrections.
 */
import { getDownloadFiles } from '../../src/data/downloadFiles.ts';
import { glossExcerpt } from '../../src/data/glossExcerpt.ts';
import type { LoadedTimeline } from '../../src/data/parseTimeline.ts';
import { UTF8_BOM } from './csvTable.ts';
import type { CsvColumn } from './csvTable.ts';
import { TIME_KIND_MEANINGS } from './describeWhen.ts';
import { formatCalendarDay } from './formatInstant.ts';
import { FIGURE_COLUMNS, MEASURE_MEANINGS } from './toFiguresCsv.ts';
import { EVENT_COLUMNS } from './toTimelineCsv.ts';
import { EXPORT_JSON_SCHEMA } from './toTimelineJson.ts';

function heading(text: string): string[] {
  return ['', text, '='.repeat(text.length)];
}

function listTerms(terms: Readonly<Record<string, string>>): string[] {
  return Object.entries(terms).map(([term, meaning]) => `- ${term}: ${meaning}`);
}

function listColumns<Row>(columns: readonly CsvColumn<Row>[]): string[] {
  return columns.map((column) => `- ${column.name}: ${column.about}`);
}

/**
 * The readme as UTF-8 text with a byte-order mark (so a browser shown it without a charset reads the curly
 * quotes right) and LF line ends.
 */
export function toDownloadsReadme(timeline: LoadedTimeline): string {
  const { meta, corrections, events, figures } = timeline;
  const files = getDownloadFiles(timeline);
  const excerpts = [...events, ...figures].flatMap((record) => record.sources.map((s) => s.excerpt));
  const glosses = [...new Set(excerpts.flatMap(glossExcerpt))];
  const lines = [
    `${meta.title}: the data`,
    `Last updated ${formatCalendarDay(meta.updated)} (the day the facts last changed).`,
    '',
    meta.description,
    '',
    meta.contentNote,
    ...heading(timeline.documents.length === 1 ? 'The source' : 'The sources'),
    ...timeline.documents.map((document, i) => {
      const known = [document.publisher, document.date, document.url].filter((part) => part !== undefined);
      const name = i === 0 && timeline.documents.length > 1 ? ` (“the report”)` : '';
      return `- ${document.title}${name} [${document.id}]: ${known.length > 0 ? known.join(', ') : 'no publisher or date given'}; ${document.paragraphCount} paragraphs${document.furniture.length > 0 ? ` (${document.furniture.length === 1 ? 'paragraph' : 'paragraphs'} ${document.furniture.join(' and ')}: page furniture, left out)` : ''}. Citations give the paragraph, one a line of the text.`;
    }),
    ...heading('Files'),
    `- ${files.csv}: one row per event (${events.length}), with its time, status and citations.`,
    `- ${files.figuresCsv}: one row per figure (${figures.length}) as one speaker gave it. Figures from different speakers are never added up; there is no total.`,
    `- ${files.ics}: the events a calendar can show honestly; its description counts those it leaves out.`,
    `- ${files.json}: the whole timeline in its own format, with every source and this readme’s notes; ${EXPORT_JSON_SCHEMA.replace('./', '')} beside it describes the format.`,
    `- ${files.timelineJs}: the same events in TimelineJS’s JSON format; each slide says its time in words (never a precision the report does not give) and lists its citations.`,
    'The CSV files are UTF-8 with a byte-order mark, comma-separated, with a header row; cells that a spreadsheet would run as a formula start with an apostrophe.',
    ...heading('Added from outside the report'),
    meta.context.length === 0
      ? 'Nothing: every fact is the report’s.'
      : 'Everything the data takes from outside the report is here:',
    ...meta.context.flatMap((note) => [`- ${note.statement}`, `  ${note.why}`]),
    ...heading('Terms in the report’s own words'),
    ...(glosses.length === 0
      ? ['None of the quoted passages needs a gloss.']
      : [
          'Quoted passages stay verbatim. Where one uses these terms, the gloss follows it in square brackets in the same cell:',
          ...glosses.map((gloss) => `- ${gloss}`),
        ]),
    ...heading(`Columns of ${files.csv}`),
    ...listColumns(EVENT_COLUMNS),
    ...heading('Time kinds (time_kind)'),
    ...listTerms(TIME_KIND_MEANINGS),
    ...heading(`Columns of ${files.figuresCsv}`),
    ...listColumns(FIGURE_COLUMNS),
    ...heading('Measures (measure)'),
    ...listTerms(MEASURE_MEANINGS),
    ...heading(`Corrections (${corrections.length})`),
    ...(corrections.length === 0
      ? ['None.']
      : corrections.flatMap((correction) => [
          `- ${correction.id}, ${formatCalendarDay(correction.date)}; records: ${correction.records.join(', ')}`,
          `  What changed: ${correction.what}`,
          `  Why: ${correction.why}`,
        ])),
  ];
  return `${UTF8_BOM}${lines.join('\n')}\n`;
}
