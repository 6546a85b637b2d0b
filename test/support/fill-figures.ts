import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { recordDataVersion } from '@/db/queries/data-version';

/** Copies the loaded figures (with new ids and values) until the table holds about `target` rows: a new data version. */
export async function fillWithCopies(db: Db, target: number): Promise<void> {
  const [row] = await db
    .execute<{ count: number }>(sql`select count(*)::int as count from figures`)
    .then((result) => (Array.isArray(result) ? result : (result as { rows: { count: number }[] }).rows));
  const originals = row?.count ?? 0;
  if (originals === 0) throw new Error('load some figures before copying them');
  await db.execute(sql`
    insert into figures (public_id, metric_id, source_id, claimant_id, kind, value_text, value, value_low, value_high,
      bound, unit, per, normalised_value, normalised_unit, normalised_per, period_start, period_end, quote,
      quote_start, quote_end, quote_prefix, quote_suffix, note)
    select f.public_id || '-copy-' || n, f.metric_id, f.source_id, f.claimant_id, f.kind, f.value_text, f.value + n,
      f.value_low, f.value_high + n, f.bound, f.unit, f.per, f.normalised_value, f.normalised_unit, f.normalised_per,
      f.period_start, f.period_end, f.quote, f.quote_start, f.quote_end, f.quote_prefix, f.quote_suffix, f.note
    from figures f cross join generate_series(1, ${Math.ceil(target / originals) - 1}) as n
    where f.public_id not like '%-copy-%'`);
  await db.execute(sql`analyze figures`);
  await recordDataVersion(db, `filled with copies to about ${target} figures`);
}
