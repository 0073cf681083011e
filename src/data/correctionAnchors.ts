/** The id of the corrections log's section on the page, its link target. */
export const CORRECTIONS_ANCHOR = 'corrections';

/** The id of one entry of the corrections log on the page: `correction-<id>`. */
export function getCorrectionAnchor(correctionId: string): string {
  return `correction-${correctionId}`;
}
