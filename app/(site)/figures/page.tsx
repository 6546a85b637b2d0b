import type { Metadata } from 'next';
import Link from 'next/link';
import { facetLabel, facetTitles, FigureFilterForm } from '@/components/FigureFilterForm';
import { FigureTable } from '@/components/FigureTable';
import { listFigureFacetsWithCount } from '@/db/queries/figure-facets';
import { describeUnknownFilterValue, listUnknownFilterValues } from '@/db/queries/filter-values';
import { listFigureRecords, searchCountCap } from '@/db/queries/figure-records';
import { requestDb } from '@/db/request-database';
import {
  encodeCursor,
  figureQueryString,
  hasFilters,
  parseFigureQuery,
  type FigureFilters,
} from '@/lib/figures/figure-filters';
import { describeFigureCount } from '@/lib/figures/describe-figure-count';
import { pageMetadata } from '@/lib/site/page-metadata';

export const metadata: Metadata = pageMetadata({
  title: 'All figures',
  description:
    'Every figure in the dataset: search the quotes, filter by topic, who says so, side, outlet and what kind of figure, sort, and download the view.',
  path: '/figures',
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function toSearchParams(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value])
      params.append(key, item);
  }
  return params;
}

const otherFilterTitles: Record<string, string> = { metric: 'Metric', q: 'Search' };

/** "Topic: Casualties" rather than "topic: casualties": the facet's title and the value's name where known. */
function pillText(
  name: keyof FigureFilters,
  value: string,
  facets: Awaited<ReturnType<typeof listFigureFacetsWithCount>>['facets'],
) {
  if (name in facets) {
    const facet = name as keyof typeof facets;
    const label = facets[facet].find((option) => option.value === value)?.label ?? value;
    return `${facetTitles[facet]}: ${facetLabel(facet, value, label)}`;
  }
  return `${otherFilterTitles[name] ?? name}: ${name === 'q' ? `“${value}”` : value}`;
}

function without(filters: FigureFilters, name: keyof FigureFilters, value: string): FigureFilters {
  return { ...filters, [name]: filters[name].filter((item) => item !== value) };
}

export default async function FiguresPage({ searchParams }: Props) {
  const db = await requestDb();
  // proxy.ts has already answered invalid parameters with a 400, so this parse succeeds.
  const { filters, page } = parseFigureQuery(toSearchParams(await searchParams), { paged: true });
  const [{ facets, total, searchMatches }, unknown] = await Promise.all([
    listFigureFacetsWithCount(db, filters),
    listUnknownFilterValues(db, filters),
  ]);
  // After the facets: a search's page reuses the matches they read through the index.
  const records = await listFigureRecords(db, filters, {
    sort: page.sort,
    cursor: page.cursor,
    limit: page.limit + 1,
    searchMatches,
  });
  const hasNext = records.length > page.limit;
  const shown = records.slice(0, page.limit);
  const last = shown.at(-1);
  const nextCursor =
    last && (page.sort === 'added' ? String(last.id) : encodeCursor({ key: last.sortKey, id: last.id }));
  const active = (Object.keys(filters) as (keyof FigureFilters)[]).flatMap((name) =>
    filters[name].map((value) => ({ name, value })),
  );
  const pageParams = { sort: page.sort, limit: page.limit };
  return (
    <>
      <h1>All figures</h1>
      <p className="lede" aria-live="polite">
        {describeFigureCount(total, hasFilters(filters))}
      </p>
      {unknown.length > 0 && (
        <p className="notice warning" role="status">
          Nothing can match:{' '}
          {unknown.map((entry) => `${entry.parameter}: ${describeUnknownFilterValue(entry)}`).join('; ')}.
          Check the spelling in the address, or remove that filter.
        </p>
      )}
      <p className="narrow-only">
        <a href="#results">Skip the filters: go to the figures ↓</a>
      </p>
      <div className="figures-layout">
        <FigureFilterForm
          filters={filters}
          sort={page.sort}
          facets={facets}
          searchCountCap={searchCountCap}
        />
        <div id="results">
          {active.length > 0 && (
            <ul className="active-filters" aria-label="Active filters">
              {active.map(({ name, value }) => (
                <li key={`${name}-${value}`} className="pill">
                  {pillText(name, value, facets)}{' '}
                  <Link
                    href={`/figures${figureQueryString(without(filters, name, value), pageParams)}`}
                    aria-label={`Remove filter ${pillText(name, value, facets)}`}
                  >
                    ×
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <p className="downloads">
            <a href={`/figures.csv${figureQueryString(filters)}`} download>
              Download this view (CSV)
            </a>
            <a href={`/figures.json${figureQueryString(filters)}`}>This view as JSON</a>
            <a href="/figures.csv" download>
              Download everything (CSV)
            </a>
          </p>
          <FigureTable records={shown} caption={`Figures ${page.cursor ? '(continued)' : ''}`.trim()} />
          <nav className="pager" aria-label="Pages">
            {page.cursor && (
              <Link href={`/figures${figureQueryString(filters, pageParams)}`}>First page</Link>
            )}
            {hasNext && nextCursor && (
              <Link
                href={`/figures${figureQueryString(filters, { ...pageParams, after: nextCursor })}`}
                rel="next"
              >
                Next page
              </Link>
            )}
          </nav>
        </div>
      </div>
    </>
  );
}
