import { inArray } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { FigureFilters } from '@/lib/figures/figure-filters';
import type { Db } from '../client';
import { claimants, metrics, sources, topics } from '../schema';

type NamedFilter = 'topic' | 'metric' | 'claimant' | 'source' | 'outlet';

export interface UnknownFilterValue {
  parameter: NamedFilter;
  value: string;
}

const lookups: Record<NamedFilter, { column: PgColumn; noun: string }> = {
  topic: { column: topics.slug, noun: 'topic' },
  metric: { column: metrics.slug, noun: 'metric' },
  claimant: { column: claimants.slug, noun: 'claimant' },
  source: { column: sources.slug, noun: 'source' },
  outlet: { column: sources.outlet, noun: 'outlet' },
};

/** Filter values that name nothing in the database (a mistyped slug), which would silently match no figure. */
export async function listUnknownFilterValues(db: Db, filters: FigureFilters): Promise<UnknownFilterValue[]> {
  const checks = (Object.keys(lookups) as NamedFilter[])
    .filter((parameter) => filters[parameter].length > 0)
    .map(async (parameter) => {
      const { column } = lookups[parameter];
      const rows = await db
        .selectDistinct({ value: column })
        .from(column.table)
        .where(inArray(column, filters[parameter]));
      const known = new Set(rows.map((row) => String(row.value)));
      return filters[parameter].filter((value) => !known.has(value)).map((value) => ({ parameter, value }));
    });
  return (await Promise.all(checks)).flat();
}

/** "no topic has the slug "nope"", or for outlets "no source has the outlet "Nope"". */
export function describeUnknownFilterValue({ parameter, value }: UnknownFilterValue): string {
  return parameter === 'outlet'
    ? `no source has the outlet "${value}"`
    : `no ${lookups[parameter].noun} has the slug "${value}"`;
}
