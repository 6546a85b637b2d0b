import type { FigureRecord } from '@/db/queries/figure-records';
import { formatPeriod, formatPublished } from '@/lib/format/format-date';
import { hedgeWords } from './describe-stated-bound';

type Citable = Pick<FigureRecord, 'publicId' | 'valueText' | 'bound' | 'periodStart' | 'periodEnd'> & {
  metric: Pick<FigureRecord['metric'], 'name'>;
  claimant: Pick<FigureRecord['claimant'], 'name'>;
  source: Pick<FigureRecord['source'], 'outlet' | 'title' | 'publishedOn' | 'publishedPrecision'>;
};

/** One run of a citation; `title` runs are set in italics where formatting survives. */
export interface CitationPart {
  text: string;
  title?: true;
}

export interface Citation {
  /** The style's name, for the reader choosing whether it suits their publication. */
  style: string;
  parts: CitationPart[];
  /** The same words with no formatting, for pasting anywhere. */
  plain: string;
}

export const citationStyle = 'Contested Figures house style, after Chicago (notes and bibliography)';

export const outletNotNamed = 'outlet not named in the archived text';

/**
 * "Cite this figure": who said it, the words as the article printed them (not the site's normalised reading),
 * where and when it was published, the version of the data it was read in, and the permalink on the site's
 * configured address with the day it was read (`accessedOn`, ISO).
 */
export function citeFigure(
  record: Citable,
  { origin, accessedOn, dataVersion }: { origin: string; accessedOn: string; dataVersion: string },
): Citation {
  const hedge = hedgeWords[record.bound];
  const period = formatPeriod(record.periodStart, record.periodEnd);
  const published = formatPublished(record.source.publishedOn, record.source.publishedPrecision);
  const parts = (
    [
      { text: `${record.claimant.name}, “${record.valueText}”` },
      { text: hedge ? ` (stated as “${hedge}”)` : '' },
      { text: `, ${record.metric.name}, ${period === 'undated' ? 'no period given' : period}. Quoted in ` },
      { text: record.source.title ? `“${record.source.title},” ` : '' },
      record.source.outlet ? { text: record.source.outlet, title: true } : { text: outletNotNamed },
      { text: `, ${published}. ` },
      { text: 'Contested Figures', title: true },
      {
        text: `, data version ${dataVersion}, ${origin}/figures/${record.publicId} (accessed ${formatPublished(accessedOn, 'day')}).`,
      },
    ] satisfies CitationPart[]
  ).filter((part) => part.text !== '');
  return { style: citationStyle, parts, plain: parts.map((part) => part.text).join('') };
}
