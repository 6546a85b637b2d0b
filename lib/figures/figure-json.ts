import type { FigureRecord } from '@/db/queries/figure-records';
import { isoAtPrecision } from '@/lib/csv/figure-csv';

/** The JSON form of a figure: the CSV's fields with metric, claimant and source nested. */
export function figureJson(record: FigureRecord, origin: string) {
  return {
    id: record.publicId,
    url: `${origin}/figures/${record.publicId}`,
    value_as_stated: record.valueText,
    value: record.value,
    value_low: record.valueLow,
    value_high: record.valueHigh,
    bound: record.bound,
    unit: record.unit,
    per: record.per,
    normalised:
      record.normalisedValue === null
        ? null
        : { value: record.normalisedValue, unit: record.normalisedUnit, per: record.normalisedPer },
    period: record.periodStart ? { start: record.periodStart, end: record.periodEnd } : null,
    kind: record.kind,
    note: record.note,
    added_on: record.addedOn,
    quote: {
      text: record.quote,
      start: record.quoteStart,
      end: record.quoteEnd,
      prefix: record.quotePrefix,
      suffix: record.quoteSuffix,
    },
    metric: {
      slug: record.metric.slug,
      name: record.metric.name,
      unit: record.metric.unit,
      topic: record.topic,
    },
    claimant: {
      slug: record.claimant.slug,
      name: record.claimant.name,
      kind: record.claimant.kind,
      side: record.claimant.side,
    },
    source: {
      slug: record.source.slug,
      url: `${origin}/sources/${record.source.slug}`,
      title: record.source.title,
      outlet: record.source.outlet,
      author: record.source.author,
      published_on: isoAtPrecision(record.source.publishedOn, record.source.publishedPrecision) || null,
      original_url: record.source.url,
      sha256: record.source.sha256,
    },
  };
}
