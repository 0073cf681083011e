import { lazy, memo, Suspense, useState } from 'react';
import { STATUS_LABELS } from '../shared/describeStatus.ts';
import type { TimelineIndex } from '../data/indexTimeline.ts';
import type { Status } from '../data/schema.ts';
import type { FilterKind } from './FilterOptions.tsx';
import { hasFilters } from '../view/eventFilters.ts';
import type { EventFilters } from '../view/eventFilters.ts';

interface FilterControlsProps {
  index: TimelineIndex;
  filters: EventFilters;
  /** How many events the filters keep. */
  shownCount: number;
  onChange: (filters: EventFilters) => void;
}

const loadFilterOptions = () => import('./FilterOptions.tsx');
const FilterOptions = lazy(async () => ({ default: (await loadFilterOptions()).FilterOptions }));

/** Fetches the options' code as a reader comes to the panel, so it opens without a wait. */
function prefetchFilterOptions(): void {
  void loadFilterOptions();
}

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
  // The options render only while the panel is open: a closed panel costs neither their code nor their counts.
  const [isOpen, setIsOpen] = useState(false);
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

  return (
    <div className="filters">
      <details
        className="filters-panel"
        onToggle={(event) => {
          setIsOpen(event.currentTarget.open);
        }}
      >
        <summary onPointerEnter={prefetchFilterOptions} onFocus={prefetchFilterOptions}>
          Filters
        </summary>
        {isOpen && (
          <Suspense fallback={<p className="filters-loading">Loading the filters…</p>}>
            <FilterOptions index={index} filters={filters} onToggle={set} />
          </Suspense>
        )}
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
