import { memo, useMemo } from 'react';
import { STATUS_LABELS } from '../data/describeStatus.ts';
import type { TimelineIndex } from '../data/indexTimeline.ts';
import type { Status } from '../data/schema.ts';
import { countFilterOptions, hasFilters, STATUSES } from './matchEvents.ts';
import type { EventFilters } from './matchEvents.ts';

interface FilterControlsProps {
  index: TimelineIndex;
  filters: EventFilters;
  /** How many events the filters keep. */
  shownCount: number;
  onChange: (filters: EventFilters) => void;
}

type FilterKind = keyof EventFilters;

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/**
 * Filters by category, by status and by person, organisation or place. Each option
 * says how many events it keeps; active filters show as chips that remove
 * themselves; a filter that keeps nothing says so and offers to clear.
 */
export const FilterControls = memo(function FilterControls({
  index,
  filters,
  shownCount,
  onChange,
}: FilterControlsProps) {
  const counts = useMemo(() => countFilterOptions(index, filters), [index, filters]);
  const { categories, entities } = index.timeline;
  const set = (kind: FilterKind, value: string) => {
    onChange({ ...filters, [kind]: toggle(filters[kind] as readonly string[], value) });
  };
  const labelOf = (kind: FilterKind, value: string): string => {
    if (kind === 'categories') return categories.find((c) => c.id === value)?.label ?? value;
    if (kind === 'statuses') return STATUS_LABELS[value as Status];
    return entities.find((e) => e.id === value)?.name ?? value;
  };
  const clearAll = () => {
    onChange({ categories: [], statuses: [], entities: [] });
  };
  const chips = (['categories', 'statuses', 'entities'] as const).flatMap((kind) =>
    (filters[kind] as readonly string[]).map((value) => ({ kind, value, label: labelOf(kind, value) })),
  );

  const option = (kind: FilterKind, value: string, label: string, count: number) => {
    const checked = (filters[kind] as readonly string[]).includes(value);
    return (
      <li key={value}>
        <label className="filter-option">
          <input
            type="checkbox"
            checked={checked}
            onChange={() => {
              set(kind, value);
            }}
          />
          <span>
            {label} <span className="filter-option-count">({count === 1 ? '1 event' : `${count} events`})</span>
          </span>
        </label>
      </li>
    );
  };

  return (
    <div className="filters">
      <details className="filters-panel">
        <summary>Filters</summary>
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
      </details>
      {chips.length > 0 && (
        <div className="filter-chips" role="group" aria-label="Active filters">
          {chips.map((chip) => (
            <button
              key={`${chip.kind}:${chip.value}`}
              type="button"
              className="filter-chip"
              aria-label={`Remove filter: ${chip.label}`}
              onClick={() => {
                set(chip.kind, chip.value);
              }}
            >
              {chip.label} <span aria-hidden="true">×</span>
            </button>
          ))}
          <button type="button" className="filter-chip filter-chip-clear" onClick={clearAll}>
            Clear all filters
          </button>
        </div>
      )}
      <p className="filters-result" role="status">
        {!hasFilters(filters)
          ? ''
          : shownCount === 0
            ? 'No event matches these filters.'
            : `Showing ${shownCount} of ${index.events.length} events.`}
      </p>
      {hasFilters(filters) && shownCount === 0 && (
        <p className="filters-empty">
          Nothing in the timeline matches all of these filters.{' '}
          <button type="button" className="filters-empty-clear" onClick={clearAll}>
            Clear the filters
          </button>
        </p>
      )}
    </div>
  );
});
