import type { Metadata } from 'next';
import Link from 'next/link';
import { FigureTable } from '@/components/FigureTable';
import { countFigureRecords, listFigureRecords } from '@/db/queries/figure-records';
import { requestDb } from '@/db/request-database';
import { figureQueryString, hasFilters, parseFigureQuery } from '@/lib/figures/figure-filters';

export const metadata: Metadata = {
  title: 'All figures',
  description: 'Every figure in the dataset, filterable by topic, metric, claimant, side, outlet and kind.',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function toSearchParams(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value])
      params.append(key, item);
  }
  return params;
}

export default async function FiguresPage({ searchParams }: Props) {
  const db = await requestDb();
  // proxy.ts has already answered invalid parameters with a 400, so this parse succeeds.
  const { filters, page } = parseFigureQuery(toSearchParams(await searchParams), { paged: true });
  const [records, total] = await Promise.all([
    listFigureRecords(db, filters, { after: page.after, limit: page.limit + 1 }),
    countFigureRecords(db, filters),
  ]);
  const hasNext = records.length > page.limit;
  const shown = records.slice(0, page.limit);
  const last = shown.at(-1);
  const active = Object.entries(filters).filter(([, values]) => values.length > 0);
  return (
    <>
      <h1>All figures</h1>
      <p className="lede">
        {total} figure{total === 1 ? '' : 's'}
        {hasFilters(filters) ? ' match these filters' : ' in the dataset'}.
      </p>
      {active.length > 0 && (
        <p>
          Filtered by{' '}
          {active.map(([key, values]) => (
            <span key={key} className="pill">
              {key}: {values.join(', ')}
            </span>
          ))}{' '}
          · <Link href="/figures">clear filters</Link>
        </p>
      )}
      <p className="downloads">
        <a href={`/figures.csv${figureQueryString(filters)}`} download>
          Download this view (CSV)
        </a>
        <a href={`/figures.json${figureQueryString(filters)}`}>This view as JSON</a>
      </p>
      <FigureTable
        records={shown}
        caption={`Figures${page.after ? ' (continued)' : ''}, in the order they were added`}
      />
      <nav className="pager" aria-label="Pages">
        {page.after !== undefined && (
          <Link href={`/figures${figureQueryString(filters, { limit: page.limit })}`}>First page</Link>
        )}
        {hasNext && last && (
          <Link
            href={`/figures${figureQueryString(filters, { after: last.id, limit: page.limit })}`}
            rel="next"
          >
            Next page
          </Link>
        )}
      </nav>
    </>
  );
}
