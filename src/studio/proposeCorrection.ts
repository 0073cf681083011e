import { proposeId } from './slugify.ts';
import type { FileCorrection, TimelineFile } from './studioModel.ts';

/**
 * The published events, entities and figures that a save would change: each record of `published` that is gone
 * from `next` or reads differently there (an event renamed with its old id kept as an alias counts as changed,
 * under both ids). Records a correction added since `published` already names are left out: the author has
 * logged them.
 */
export function findChangedRecords(published: TimelineFile, next: TimelineFile): string[] {
  const changed: string[] = [];
  const logged = new Set(
    next.corrections.filter((c) => !published.corrections.some((p) => p.id === c.id)).flatMap((c) => c.records),
  );
  const compare = <T extends { id: string }>(
    before: readonly T[],
    after: readonly T[],
    findRenamed?: (id: string) => T | undefined,
  ) => {
    const byId = new Map(after.map((r) => [r.id, r]));
    for (const record of before) {
      const current = byId.get(record.id) ?? findRenamed?.(record.id);
      if (current !== undefined && JSON.stringify(current) === JSON.stringify(record)) continue;
      for (const id of new Set([record.id, ...(current === undefined ? [] : [current.id])])) {
        if (!logged.has(id) && !changed.includes(id)) changed.push(id);
      }
    }
  };
  compare(published.events, next.events, (id) => next.events.find((e) => e.aliases?.includes(id) === true));
  compare(published.entities, next.entities);
  compare(published.figures, next.figures);
  return changed;
}

/** A corrections-log entry for the changed records, dated today, for the author to complete. */
export function proposeCorrection(next: TimelineFile, records: string[], today: string): FileCorrection {
  const taken = new Set(next.corrections.map((c) => c.id));
  return { id: proposeId(`correction ${today}`, taken, 'correction'), date: today, records, what: '', why: '' };
}
