import type { FigureRecord } from '@/db/queries/figure-records';
import { formatPublished } from '@/lib/format/format-date';
import { sourceCredit } from './name-source';

type Credited = {
  claimant: Pick<FigureRecord['claimant'], 'name'>;
  source: Pick<FigureRecord['source'], 'title' | 'outlet' | 'kind' | 'publishedOn' | 'publishedPrecision'>;
};

/**
 * "Source: Kiel Institute; Oleksandr Kamyshin (via Bloomberg, Nov 2024; …)", as under a Datawrapper chart; empty
 * for a metric with no figures, which has nothing to credit.
 */
export function sourceLine(records: readonly Credited[]): string {
  if (records.length === 0) return '';
  const claimants = [...new Set(records.map((record) => record.claimant.name))];
  const outlets = [
    ...new Set(
      records.map(
        (record) =>
          `${sourceCredit(record.source)}, ${formatPublished(record.source.publishedOn, record.source.publishedPrecision)}`,
      ),
    ),
  ];
  return `Source: ${claimants.join('; ')} (via ${outlets.join('; ')}). Compiled by Contested Figures.`;
}
