import type { FigureRecord } from '@/db/queries/figure-records';
import { formatPublished } from '@/lib/format/format-date';

type Citable = Pick<FigureRecord, 'publicId' | 'valueText'> & {
  metric: Pick<FigureRecord['metric'], 'name'>;
  claimant: Pick<FigureRecord['claimant'], 'name'>;
  source: Pick<FigureRecord['source'], 'outlet' | 'title' | 'publishedOn' | 'publishedPrecision'>;
};

/** "Cite this figure": who claims it, where and when it was published, and the permalink. */
export function citeFigure(record: Citable, origin: string): string {
  const outlet = record.source.outlet ?? 'unknown outlet';
  const published = formatPublished(record.source.publishedOn, record.source.publishedPrecision);
  const title = record.source.title ? `“${record.source.title}”, ` : '';
  return `${record.claimant.name}: ${record.valueText} (${record.metric.name}). Reported in ${title}${outlet}, ${published}. Contested Figures, ${origin}/figures/${record.publicId}`;
}
