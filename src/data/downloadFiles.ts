/** Where the build puts the data downloads, under the base path; the footer links to the same names. */
export const DOWNLOADS_PATH = 'downloads/';

/** The download files by what they hold; `scripts/exports/writeDownloads.ts` writes each one. */
export const DOWNLOAD_FILES = {
  /** The whole timeline in its own format. */
  json: 'holey-artisan-timeline.json',
  /** One row per event. */
  csv: 'holey-artisan-timeline.csv',
  /** One row per figure as one speaker gave it; never a total. */
  figuresCsv: 'holey-artisan-figures.csv',
  /** The events a calendar can show honestly. */
  ics: 'holey-artisan-timeline.ics',
  /** The timeline in TimelineJS's JSON format, for newsrooms that publish with it. */
  timelineJs: 'holey-artisan-timelinejs.json',
  /** The notes that travel with the files: outside facts, glossary, columns, corrections. */
  readme: 'holey-artisan-readme.txt',
} as const;
