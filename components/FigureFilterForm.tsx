import Link from 'next/link';
import { FilterFormEnhancer } from './FilterFormEnhancer';
import type { FacetName } from '@/db/queries/figure-facets';
import { defaultFigureSort, type FigureFilters, type FigureSort } from '@/lib/figures/figure-filters';
import { figureKindLabel, sideLabel } from '@/lib/format/labels';

type Facets = Record<FacetName, { value: string; label: string; count: number }[]>;

export const facetTitles: Record<FacetName, string> = {
  topic: 'Topic',
  side: 'Side of who says so',
  claimant: 'Who says so',
  source: 'Article',
  outlet: 'Outlet',
  kind: 'What kind of figure',
};

const sortLabels: Record<FigureSort, string> = {
  added: 'As added (by article)',
  period: 'Period, latest first',
  published: 'Publication date, newest first',
  metric: 'Metric, A–Z',
};

export function facetLabel(name: FacetName, value: string, label: string): string {
  if (name === 'side') return sideLabel[value as keyof typeof sideLabel] ?? label;
  if (name === 'kind') return figureKindLabel[value as keyof typeof figureKindLabel] ?? label;
  return label;
}

// A chosen value stays listed (at 0) when nothing matches it, so it can still be unticked.
function withSelected(options: Facets[FacetName], selected: readonly string[]): Facets[FacetName] {
  const missing = selected.filter((value) => !options.some((option) => option.value === value));
  return [...options, ...missing.map((value) => ({ value, label: value, count: 0 }))];
}

/**
 * The /figures filters as a plain GET form: works without JavaScript and keeps every choice in the URL. On a phone
 * they fold into a drawer above the results, closed until opened; on a wide screen they stay open beside them.
 */
export function FigureFilterForm({
  filters,
  sort,
  facets,
  searchCountCap,
}: {
  filters: FigureFilters;
  sort: FigureSort;
  facets: Facets;
  /** Under a search, each facet counts at most this many matching figures. */
  searchCountCap: number;
}) {
  const hidden = (['metric'] as const).flatMap((name) => filters[name].map((value) => ({ name, value })));
  const activeCount = Object.values(filters).reduce((total, values) => total + values.length, 0);
  return (
    <details className="filter-drawer">
      <summary>Filters{activeCount > 0 && ` (${activeCount} active)`}</summary>
      <form method="get" action="/figures" className="filter-form" id="filters" aria-label="Filter figures">
        <FilterFormEnhancer formId="filters" defaultSort={defaultFigureSort} />
        {hidden.map(({ name, value }) => (
          <input key={`${name}-${value}`} type="hidden" name={name} value={value} />
        ))}
        <label className="field">
          <span>Search quotes</span>
          <input
            type="search"
            name="q"
            defaultValue={filters.q[0] ?? ''}
            placeholder="e.g. drones, “front line”"
            aria-describedby="search-hint"
          />
          <span id="search-hint" className="muted small">
            Words in the quoted sentences; “quote marks” for a phrase, -word to leave out.
          </span>
        </label>
        <label className="field">
          <span>Sort</span>
          <select name="sort" defaultValue={sort}>
            {Object.entries(sortLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        {filters.q.length > 0 && (
          <p className="muted small">
            With a search, each list below counts at most the first {searchCountCap.toLocaleString('en-GB')}{' '}
            matching figures.
          </p>
        )}
        {(Object.keys(facetTitles) as FacetName[]).map((name) => (
          <fieldset key={name} className="facet">
            <legend>{facetTitles[name]}</legend>
            {withSelected(facets[name], filters[name]).length === 0 && (
              <p className="muted small">No figures match.</p>
            )}
            {withSelected(facets[name], filters[name]).map(({ value, label, count }) => (
              <label key={value} className="facet-option">
                <input
                  type="checkbox"
                  name={name}
                  value={value}
                  defaultChecked={(filters[name] as readonly string[]).includes(value)}
                />
                <span>{facetLabel(name, value, label)}</span> <span className="muted small">{count}</span>
              </label>
            ))}
          </fieldset>
        ))}
        <div className="filter-actions">
          <button type="submit">Apply filters</button> <Link href="/figures">Clear all</Link>
        </div>
      </form>
    </details>
  );
}
