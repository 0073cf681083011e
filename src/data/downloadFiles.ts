/** Where the build puts the data downloads, under the base path; the footer links to the same names. */
export const DOWNLOADS_PATH = 'downloads/';

/** The download files by what they hold, for a timeline whose files are named after `name`. */
function nameDownloadFiles(name: string) {
  return {
    /** The whole timeline in its own format. */
    json: `${name}-timeline.json`,
    /** One row per event. */
    csv: `${name}-timeline.csv`,
    /** One row per figure as one speaker gave it; never a total. */
    figuresCsv: `${name}-figures.csv`,
    /** The events a calendar can show honestly. */
    ics: `${name}-timeline.ics`,
    /** The timeline in TimelineJS's JSON format, for newsrooms that publish with it. */
    timelineJs: `${name}-timelinejs.json`,
    /** The notes that travel with the files: sources, outside facts, glossary, columns, corrections. */
    readme: `${name}-readme.txt`,
  } as const;
}

/** The download files by what they hold; `scripts/exports/writeDownloads.ts` writes each one. */
export type DownloadFiles = ReturnType<typeof nameDownloadFiles>;

/**
 * A timeline's download files, named after its `meta.downloadName`, or its first document's id when it has none
 * (`report-timeline.csv`).
 */
export function getDownloadFiles(timeline: {
  meta: { downloadName?: string | undefined };
  documents: readonly { id: string }[];
}): DownloadFiles {
  return nameDownloadFiles(timeline.meta.downloadName ?? timeline.documents[0]?.id ?? 'timeline');
}
