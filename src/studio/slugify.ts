/** The longest id the schema allows. */
const MAX_SLUG_LENGTH = 64;

/**
 * A lowercase slug of a title, as the schema's ids are: "Gunmen enter the café" → "gunmen-enter-the-cafe".
 * Accents are dropped, anything else that is not a letter or digit separates words, and the slug is cut at a
 * word boundary to fit 64 characters. An empty title gives `fallback`.
 */
export function slugify(title: string, fallback = 'record'): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  return slug === '' ? fallback : slug;
}

/** `slugify(title)`, made unique among `taken` by a numbered suffix ("raid-2"). */
export function proposeId(title: string, taken: ReadonlySet<string>, fallback = 'record'): string {
  const base = slugify(title, fallback);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, MAX_SLUG_LENGTH - suffix.length).replace(/-$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * The id a record moves to when its title (an entity's name) changes from `before` to `after`, or undefined when
 * it keeps its id. A new record's id follows its title until the author sets one; an id a published timeline had
 * (links may carry it) or one the author wrote never follows.
 */
export function followTitle(
  id: string,
  before: string,
  after: string,
  { taken, published, fallback }: { taken: ReadonlySet<string>; published: ReadonlySet<string>; fallback: string },
): string | undefined {
  if (published.has(id) || id !== proposeId(before, taken, fallback)) return undefined;
  return proposeId(after, taken, fallback);
}
