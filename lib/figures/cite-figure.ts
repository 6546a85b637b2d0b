import type { FigureRecord } from '@/db/queries/figure-records';
import { formatPublished } from '@/lib/format/format-date';
import { formatFigureValue } from '@/lib/format/format-number';

type Citable = Pick<
  FigureRecord,
  'publicId' | 'valueText' | 'value' | 'valueLow' | 'valueHigh' | 'bound' | 'unit' | 'per'
> & {
  metric: Pick<FigureRecord['metric'], 'name'>;
  claimant: Pick<FigureRecord['claimant'], 'name'>;
  source: Pick<FigureRecord['source'], 'outlet' | 'title' | 'publishedOn' | 'publishedPrecision'>;
};

/**
 * "Cite this figure": who claims what (hedge and rate included), where and when it was published, the permalink
 * and the day it was read (`accessedOn`, ISO).
 */
export function citeFigure(record: Citable, origin: string, accessedOn: string): string {
  const outlet = record.source.outlet ?? 'unknown outlet';
  const published = formatPublished(record.source.publishedOn, record.source.publishedPrecision);
  const title = record.source.title ? `“${record.source.title}”, ` : '';
  return `${record.claimant.name}: ${formatFigureValue(record)} (${record.metric.name}). Reported in ${title}${outlet}, ${published}. Contested Figures, ${origin}/figures/${record.publicId} (accessed ${formatPublished(accessedOn, 'day')}).`;
}
