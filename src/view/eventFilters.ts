/**
 * The filter model: which events a reader keeps in view. The link carries it (`lane`, `status`, `who`), the
 * reducer sets it, and explore/ applies it to the events.
 */
import type { CategoryId, EntityId, Status } from '../data/schema.ts';

/** Which events to show: within a kind any option matches; across kinds all must. Empty lists mean "any". */
export interface EventFilters {
  /** Category ids (the chart's lanes) to keep; empty for every category. */
  categories: readonly CategoryId[];
  /** Statuses to keep; empty for every status. */
  statuses: readonly Status[];
  /** Entity ids an event must involve (any of them); empty for no such condition. */
  entities: readonly EntityId[];
}

/** No filter set: every event is shown. */
export const NO_FILTERS: EventFilters = { categories: [], statuses: [], entities: [] };

/** Every status, in the order readers meet them: the filter's options and the link's allowed values. */
export const STATUSES: readonly Status[] = ['stated', 'attributed', 'claimed', 'unconfirmed', 'disputed'];

/** True when at least one filter is set, so that some events may be hidden. */
export function hasFilters(filters: EventFilters): boolean {
  return filters.categories.length + filters.statuses.length + filters.entities.length > 0;
}
