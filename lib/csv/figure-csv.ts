import type { FigureRecord } from '@/db/queries/figure-records';
import { formatPlainNumber } from '@/lib/format/format-number';
import { csvRow, csvTextCell } from './csv-cell';

/** The documented column order of every figures CSV (README, data package). */
export const figureCsvColumns = [
  'figure_id',
  'figure_url',
  'topic',
  'metric',
  'metric_slug',
  'value_as_stated',
  'value',
  'value_low',
  'value_high',
  'bound',
  'unit',
  'per',
  'normalised_value',
  'normalised_unit',
  'period_start',
  'period_end',
  'kind',
  'claimant',
  'claimant_side',
  'outlet',
  'source_title',
  'source_author',
  'source_published_on',
  'source_url',
  'source_sha256',
  'quote',
  'quote_start',
  'quote_end',
] as const;

/** A publication date at the precision it is known, as ISO 8601: 2024, 2024-11 or 2024-11-12. */
export function isoAtPrecision(date: string | null, precision: 'day' | 'month' | 'year' | null): string {
  if (!date || !precision) return '';
  return precision === 'year' ? date.slice(0, 4) : precision === 'month' ? date.slice(0, 7) : date;
}

export function figureCsvHeader(): string {
  return csvRow([...figureCsvColumns]);
}

export function figureCsvRow(record: FigureRecord, origin: string): string {
  const cells: Record<(typeof figureCsvColumns)[number], string> = {
    figure_id: csvTextCell(record.publicId),
    figure_url: csvTextCell(`${origin}/figures/${record.publicId}`),
    topic: csvTextCell(record.topic.name),
    metric: csvTextCell(record.metric.name),
    metric_slug: csvTextCell(record.metric.slug),
    value_as_stated: csvTextCell(record.valueText),
    value: formatPlainNumber(record.value),
    value_low: formatPlainNumber(record.valueLow),
    value_high: formatPlainNumber(record.valueHigh),
    bound: csvTextCell(record.bound),
    unit: csvTextCell(record.unit),
    per: csvTextCell(record.per),
    normalised_value: formatPlainNumber(record.normalisedValue),
    normalised_unit: csvTextCell(
      record.normalisedUnit && record.normalisedPer
        ? `${record.normalisedUnit} per ${record.normalisedPer}`
        : null,
    ),
    period_start: record.periodStart ?? '',
    period_end: record.periodEnd ?? '',
    kind: csvTextCell(record.kind),
    claimant: csvTextCell(record.claimant.name),
    claimant_side: csvTextCell(record.claimant.side),
    outlet: csvTextCell(record.source.outlet),
    source_title: csvTextCell(record.source.title),
    source_author: csvTextCell(record.source.author),
    source_published_on: isoAtPrecision(record.source.publishedOn, record.source.publishedPrecision),
    source_url: csvTextCell(record.source.url),
    source_sha256: record.source.sha256,
    quote: csvTextCell(record.quote),
    quote_start: String(record.quoteStart),
    quote_end: String(record.quoteEnd),
  };
  return csvRow(figureCsvColumns.map((column) => cells[column]));
}

/** Header then one row per record, as a stream of text chunks. */
export async function* figureCsvLines(
  records: AsyncIterable<FigureRecord>,
  origin: string,
): AsyncGenerator<string> {
  yield figureCsvHeader();
  for await (const record of records) yield figureCsvRow(record, origin);
}
