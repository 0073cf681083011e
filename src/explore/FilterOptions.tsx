import { useMemo } from 'react';
import { STATUS_LABELS } from '../shared/describeStatus.ts';
import type { TimelineIndex } from '../data/indexTimeline.ts';
import { STATUSES } from '../view/eventFilters.ts';
import { countFilterOptions } from './matchEvents.ts';
import type { EventFilters } from '../view/eventFilters.ts';

/** One kind of filter: categories, statuses or entities. */
export type FilterKind = keyof EventFilters;

interface FilterOptionsProps {
  index: TimelineIndex;
  filters: EventFilters;
  /** Turns one option on or off. */
  onToggle: (kind: FilterKind, value: string) => void;
}

/**
 * The options inside the Filters panel: each category, status and person, organisation or place, with how many
 * events choosing it would keep. Its own chunk: it renders, and counts, only once a reader opens the panel.
 */
export function FilterOptions({ index, filters, onToggle }: FilterOptionsProps) {
  const counts = useMemo(() => countFilterOptions(index, filters), [index, filters]);
  const { categories, entities } = index.timeline;

  const option = (kind: FilterKind, value: string, label: string, count: number) => (
    <li key={value}>
      <label className="filter-option">
        <input
          type="checkbox"
          checked={(filters[kind] as readonly string[]).includes(value)}
          onChange={() => {
            onToggle(kind, value);
          }}
        />
        <span>
          {label} <span className="filter-option-count">({count === 1 ? '1 event' : `${count} events`})</span>
        </span>
      </label>
    </li>
  );

  return (
    <div className="filters-groups">
      <fieldset>
        <legend>Category</legend>
        <ul className="filter-options">
          {categories.map((c) => option('categories', c.id, c.label, counts.categories.get(c.id) ?? 0))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>On whose word</legend>
        <ul className="filter-options">
          {STATUSES.map((s) => option('statuses', s, STATUS_LABELS[s], counts.statuses.get(s) ?? 0))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>People, organisations and places</legend>
        <ul className="filter-options filter-options-long">
          {entities.map((e) => option('entities', e.id, e.name, counts.entities.get(e.id) ?? 0))}
        </ul>
      </fieldset>
    </div>
  );
}
