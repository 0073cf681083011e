/** Where the build puts the data downloads, under the base path; the footer links to the same names. */
export const DOWNLOADS_PATH = 'downloads/';

/** The download files by format. */
export const DOWNLOAD_FILES = {
  json: 'holey-artisan-timeline.json',
  csv: 'holey-artisan-timeline.csv',
  ics: 'holey-artisan-timeline.ics',
} as const;
