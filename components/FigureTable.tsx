import type { FigureRecord } from '@/db/queries/figure-records';
import { formatPeriod, formatPublished } from '@/lib/format/format-date';
import { describeNormalisation } from '@/lib/figures/describe-normalisation';
import { formatFigureValue } from '@/lib/format/format-number';
import { figureKindLabel } from '@/lib/format/labels';
import { sourceCredit, sourceTitle } from '@/lib/figures/name-source';
import { ClickableRows } from './ClickableRows';
import { SideLabel } from './SideLabel';

type Column = 'metric' | 'claimant' | 'source';

/**
 * Figures as an accessible table: the value as stated and what it means, who claims it, where it was published.
 * Its links are plain anchors: a page of 50 rows would otherwise hydrate and prefetch some 200 router links.
 */
export function FigureTable({
  records,
  caption,
  hide = [],
}: {
  records: FigureRecord[];
  caption: string;
  hide?: Column[];
}) {
  const show = (column: Column) => !hide.includes(column);
  return (
    <div className="table-wrap">
      <table className="stack">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            {show('metric') && <th scope="col">Metric</th>}
            <th scope="col">Period</th>
            <th scope="col">What kind of figure</th>
            {show('claimant') && <th scope="col">Who says so</th>}
            {show('source') && <th scope="col">Source</th>}
            <th scope="col">Quote</th>
          </tr>
        </thead>
        <ClickableRows>
          {records.length === 0 && (
            <tr>
              <td colSpan={7} className="muted empty">
                No figures match. Remove a filter or search for fewer words.
              </td>
            </tr>
          )}
          {records.map((record) => {
            // Rates are only comparable per year; the conversion is shown so readers can check it.
            const conversion = describeNormalisation(record);
            return (
              <tr key={record.publicId} className="clickable" data-href={`/figures/${record.publicId}`}>
                <td className="figure-cell" data-label="Figure">
                  <a href={`/figures/${record.publicId}`} className="row-link">
                    {record.valueText}
                  </a>
                  <span className="figure-reading">{formatFigureValue(record)}</span>
                  {conversion && <span className="figure-reading muted">per year: {conversion}</span>}
                </td>
                {show('metric') && (
                  <td data-label="Metric">
                    <a href={`/metrics/${record.metric.slug}`}>{record.metric.name}</a>
                  </td>
                )}
                <td className="half" data-label="Period">
                  {formatPeriod(record.periodStart, record.periodEnd)}
                </td>
                <td className="half" data-label="What kind of figure">
                  {figureKindLabel[record.kind]}
                </td>
                {show('claimant') && (
                  <td className="half" data-label="Who says so">
                    <a href={`/claimants/${record.claimant.slug}`}>{record.claimant.name}</a>
                    <br />
                    <SideLabel side={record.claimant.side} />
                  </td>
                )}
                {show('source') && (
                  <td className="half" data-label="Source">
                    <a href={`/sources/${record.source.slug}`} title={sourceTitle(record.source)}>
                      {sourceCredit(record.source)}
                    </a>
                    <br />
                    <span className="muted small">
                      {formatPublished(record.source.publishedOn, record.source.publishedPrecision)}
                    </span>
                  </td>
                )}
                <td className="quote" data-label="Quote">
                  {record.quote}
                </td>
              </tr>
            );
          })}
        </ClickableRows>
      </table>
    </div>
  );
}
