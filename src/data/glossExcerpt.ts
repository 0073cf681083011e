/** A term the report uses that readers commonly misread, and what it means here. */
interface TermGloss {
  /** Matches the term as a whole word. */
  term: RegExp;
  /** The gloss, shown in the same place as the words it explains. */
  gloss: string;
}

/**
 * Terms glossed wherever the report's own words carry them. "BST" is British Summer Time here (the report gives
 * 9.20pm in Dhaka as 4.20pm BST), yet many readers take it for Bangladesh Standard Time.
 */
const TERM_GLOSSES: readonly TermGloss[] = [{ term: /\bBST\b/, gloss: '“BST” here is British Summer Time, UTC+1.' }];

/** The glosses a quoted passage needs, in a fixed order; none for most passages. */
export function glossExcerpt(excerpt: string): string[] {
  return TERM_GLOSSES.filter(({ term }) => term.test(excerpt)).map(({ gloss }) => gloss);
}
