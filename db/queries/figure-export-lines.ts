import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { figureCsvColumns } from '@/lib/csv/figure-csv';
import { formulaCellPattern } from '@/lib/csv/formula-guard';
import { claimants, figures, metrics, sources, topics } from '../schema';

// Each figure's CSV line or JSON record is written by the database itself, so an export moves text, never row
// objects. These expressions are the one definition of the exported cells on both drivers; the JS row formatter
// in lib/csv/figure-csv.ts states the same rules and a database test holds the two to the same bytes.

type Expression = SQL | PgColumn;

function literal(text: string): SQL {
  return sql.raw(`'${text.replaceAll("'", "''")}'`);
}

const quoted = (text: SQL) => sql`'"' || replace(${text}, '"', '""') || '"'`;

/** RFC 4180 quoting plus the formula-injection guard of lib/csv/formula-guard.ts, as lib/csv/csv-cell.ts writes. */
export function csvText(value: Expression): SQL {
  const text = sql`(${value})::text`;
  return sql`case when ${text} is null then ''
    when ${text} ~ ${literal(formulaCellPattern)} then ${quoted(sql`'''' || ${text}`)}
    when strpos(${text}, '"') > 0 or strpos(${text}, ',') > 0 or strpos(${text}, E'\\n') > 0
      or strpos(${text}, E'\\r') > 0 then ${quoted(text)}
    else ${text} end`;
}

/**
 * A double as a plain decimal, exactly as JS's shortest form but never with an exponent: float8's text is the
 * shortest exact form (extra_float_digits ≥ 1, Postgres' default), and numeric writes it without an exponent.
 */
function plainNumber(value: Expression): SQL {
  return sql`(${value})::text::numeric::text`;
}

/**
 * A cell the schema keeps to [a-z0-9_-] not starting with "-" (an enum label, a checked slug): it never needs
 * quoting or the guard, so it skips the per-cell checks.
 */
const csvIdentifier = (value: Expression) => sql`coalesce((${value})::text, '')`;

const isoDate = (value: Expression) => sql`to_char(${value}, 'YYYY-MM-DD')`;

/** A publication date at the precision it is known: 2024, 2024-11 or 2024-11-12. */
const publishedAtPrecision = sql`case ${sources.publishedPrecision}
  when 'year' then to_char(${sources.publishedOn}, 'YYYY')
  when 'month' then to_char(${sources.publishedOn}, 'YYYY-MM')
  when 'day' then to_char(${sources.publishedOn}, 'YYYY-MM-DD') end`;

const normalisedUnit = sql`case when ${figures.normalisedUnit} is not null and ${figures.normalisedPer} is not null
  then ${figures.normalisedUnit} || ' per ' || ${figures.normalisedPer} end`;

const figureUrl = (origin: string) => sql`${literal(`${origin}/figures/`)} || ${figures.publicId}`;

/** One figure's CSV line, CRLF included, in the documented column order. */
export function figureCsvLine(origin: string): SQL {
  const orEmpty = (value: SQL) => sql`coalesce(${value}, '')`;
  const cells: Record<(typeof figureCsvColumns)[number], SQL> = {
    figure_id: csvIdentifier(figures.publicId),
    figure_url: csvText(figureUrl(origin)),
    topic: csvText(topics.name),
    metric: csvText(metrics.name),
    metric_slug: csvText(metrics.slug),
    value_as_stated: csvText(figures.valueText),
    value: orEmpty(plainNumber(figures.value)),
    value_low: orEmpty(plainNumber(figures.valueLow)),
    value_high: orEmpty(plainNumber(figures.valueHigh)),
    bound: csvIdentifier(figures.bound),
    unit: csvText(figures.unit),
    per: csvIdentifier(figures.per),
    normalised_value: orEmpty(plainNumber(figures.normalisedValue)),
    normalised_unit: csvText(normalisedUnit),
    period_start: orEmpty(isoDate(figures.periodStart)),
    period_end: orEmpty(isoDate(figures.periodEnd)),
    kind: csvIdentifier(figures.kind),
    claimant: csvText(claimants.name),
    claimant_side: csvIdentifier(claimants.side),
    outlet: csvText(sources.outlet),
    source_title: csvText(sources.title),
    source_author: csvText(sources.author),
    source_published_on: orEmpty(publishedAtPrecision),
    source_url: csvText(sources.url),
    source_sha256: sql`${sources.sha256}`,
    quote: csvText(figures.quote),
    quote_start: sql`${figures.quoteStart}::text`,
    quote_end: sql`${figures.quoteEnd}::text`,
  };
  const line = sql.join(
    figureCsvColumns.map((column) => cells[column]),
    sql` || ',' || `,
  );
  return sql`${line} || E'\\r\\n'`;
}

const jsonString = (value: Expression) => sql`coalesce(to_json((${value})::text)::text, 'null')`;
const jsonNumber = (value: Expression) => sql`coalesce(${plainNumber(value)}, 'null')`;
const jsonDate = (value: Expression) => sql`coalesce('"' || ${isoDate(value)} || '"', 'null')`;

/** A JSON object written by the database: keys in this order, no whitespace, like JSON.stringify. */
function jsonObject(fields: Record<string, SQL>): SQL {
  const members = Object.entries(fields).map(
    ([key, value], index) => sql`${literal(`${index ? ',' : '{'}${JSON.stringify(key)}:`)} || ${value}`,
  );
  return sql`(${sql.join(members, sql` || `)} || '}')`;
}

/**
 * One figure as a JSON record (metric, claimant and source nested), each preceded by ",\n": the stream drops
 * the first comma, so the records need no state between batches.
 */
export function figureJsonLine(origin: string): SQL {
  const record = jsonObject({
    id: jsonString(figures.publicId),
    url: jsonString(figureUrl(origin)),
    value_as_stated: jsonString(figures.valueText),
    value: jsonNumber(figures.value),
    value_low: jsonNumber(figures.valueLow),
    value_high: jsonNumber(figures.valueHigh),
    bound: jsonString(figures.bound),
    unit: jsonString(figures.unit),
    per: jsonString(figures.per),
    normalised: sql`case when ${figures.normalisedValue} is null then 'null' else ${jsonObject({
      value: jsonNumber(figures.normalisedValue),
      unit: jsonString(figures.normalisedUnit),
      per: jsonString(figures.normalisedPer),
    })} end`,
    period: sql`case when ${figures.periodStart} is null then 'null' else ${jsonObject({
      start: jsonDate(figures.periodStart),
      end: jsonDate(figures.periodEnd),
    })} end`,
    kind: jsonString(figures.kind),
    note: jsonString(figures.note),
    quote: jsonObject({
      text: jsonString(figures.quote),
      start: sql`${figures.quoteStart}::text`,
      end: sql`${figures.quoteEnd}::text`,
      prefix: jsonString(figures.quotePrefix),
      suffix: jsonString(figures.quoteSuffix),
    }),
    metric: jsonObject({
      slug: jsonString(metrics.slug),
      name: jsonString(metrics.name),
      unit: jsonString(metrics.unit),
      topic: jsonObject({ slug: jsonString(topics.slug), name: jsonString(topics.name) }),
    }),
    claimant: jsonObject({
      slug: jsonString(claimants.slug),
      name: jsonString(claimants.name),
      kind: jsonString(claimants.kind),
      side: jsonString(claimants.side),
    }),
    source: jsonObject({
      slug: jsonString(sources.slug),
      url: jsonString(sql`${literal(`${origin}/sources/`)} || ${sources.slug}`),
      title: jsonString(sources.title),
      outlet: jsonString(sources.outlet),
      author: jsonString(sources.author),
      published_on: jsonString(publishedAtPrecision),
      original_url: jsonString(sources.url),
      sha256: jsonString(sources.sha256),
    }),
  });
  return sql`E',\\n' || ${record}`;
}
