import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { csvTextCell } from '@/lib/csv/csv-cell';
import { figureCsvColumns } from '@/lib/csv/figure-csv';
import { formulaCellFirstCharacter, formulaCellPattern } from '@/lib/csv/formula-guard';
import { claimants, figures, metrics, sources, topics } from '../schema';
import { quotedTextSha256 } from './figure-records';

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
  // The whole pattern is read only for a cell whose first character could start a formula: a regular expression
  // converts all of its input first, and a quote is long. A comma, the likeliest reason to quote, is sought first.
  return sql`case when ${text} is null then ''
    when left(${text}, 1) ~ ${literal(formulaCellFirstCharacter)} and ${text} ~ ${literal(formulaCellPattern)}
      then ${quoted(sql`'''' || ${text}`)}
    when strpos(${text}, ',') > 0 or strpos(${text}, '"') > 0 or strpos(${text}, E'\\n') > 0
      or strpos(${text}, E'\\r') > 0 then ${quoted(text)}
    else ${text} end`;
}

/**
 * A double as a plain decimal, exactly as JS's shortest form but never with an exponent: float8's text is the
 * shortest exact form (extra_float_digits ≥ 1, Postgres' default), and numeric writes it without an exponent.
 */
function plainNumber(value: Expression): SQL {
  // float8's text uses an exponent only below 1e-4 or from 1e15 on; the detour through numeric is kept for those.
  return sql`case when abs(${value}) >= 1e-4 and abs(${value}) < 1e15 then (${value})::text
    else (${value})::text::numeric::text end`;
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

/**
 * A figure's export line as the database writes it: the per-figure expression `line`, and the tables it joins for
 * the cells of a figure's metric (with its topic), claimant and source. Those cells are the same for every figure of
 * one metric, claimant or source, so each is written once per row of that small table and then only copied: the
 * subquery's GROUP BY keeps Postgres from folding it into the per-figure expression, evaluated a million times
 * (OFFSET 0 would too, but it also keeps the query from running in parallel workers).
 */
export interface ExportLine {
  line: SQL;
  joins: { table: SQL; on: SQL }[];
}

type Dimension = 'metric' | 'claimant' | 'source';

const dimensions: Record<Dimension, { from: SQL; id: PgColumn; groupBy: SQL; figureKey: PgColumn }> = {
  metric: {
    from: sql`${metrics} inner join ${topics} on ${topics.id} = ${metrics.topicId}`,
    id: metrics.id,
    groupBy: sql`${metrics.id}, ${topics.id}`,
    figureKey: figures.metricId,
  },
  claimant: {
    from: sql`${claimants}`,
    id: claimants.id,
    groupBy: sql`${claimants.id}`,
    figureKey: figures.claimantId,
  },
  source: { from: sql`${sources}`, id: sources.id, groupBy: sql`${sources.id}`, figureKey: figures.sourceId },
};

/** The cells of one dimension as a joined table (`<name>_cells`), and the expression that reads them. */
function dimensionCells(dimension: Dimension, cells: SQL): { join: ExportLine['joins'][number]; cells: SQL } {
  const { from, id, groupBy, figureKey } = dimensions[dimension];
  const name = sql.identifier(`${dimension}_cells`);
  return {
    join: {
      table: sql`(select ${id} as id, ${cells} as cells from ${from} group by ${groupBy}) as ${name}`,
      on: sql`${name}.id = ${figureKey}`,
    },
    cells: sql`${name}.cells`,
  };
}

/**
 * A figure's address: the configured prefix and its public id. Ids are kebab-case, so the cell needs quoting or the
 * formula guard exactly when the prefix does, which is decided here once instead of for each row.
 */
function figureUrlCell(origin: string): SQL {
  const prefix = `${origin}/figures/`;
  const plain = csvTextCell(`${prefix}x`) === `${prefix}x`;
  return plain ? sql`${literal(prefix)} || ${figures.publicId}` : csvText(figureUrl(origin));
}

type CsvColumn = (typeof figureCsvColumns)[number];

/** One figure's CSV line, CRLF included, in the documented column order. */
export function figureCsvLine(origin: string): ExportLine {
  const orEmpty = (value: SQL) => sql`coalesce(${value}, '')`;
  const cells: Record<CsvColumn, { of?: Dimension; cell: SQL }> = {
    figure_id: { cell: csvIdentifier(figures.publicId) },
    figure_url: { cell: figureUrlCell(origin) },
    topic: { of: 'metric', cell: csvText(topics.name) },
    metric: { of: 'metric', cell: csvText(metrics.name) },
    metric_slug: { of: 'metric', cell: csvText(metrics.slug) },
    value_as_stated: { cell: csvText(figures.valueText) },
    value: { cell: orEmpty(plainNumber(figures.value)) },
    value_low: { cell: orEmpty(plainNumber(figures.valueLow)) },
    value_high: { cell: orEmpty(plainNumber(figures.valueHigh)) },
    bound: { cell: csvIdentifier(figures.bound) },
    unit: { cell: csvText(figures.unit) },
    per: { cell: csvIdentifier(figures.per) },
    normalised_value: { cell: orEmpty(plainNumber(figures.normalisedValue)) },
    normalised_unit: { cell: csvText(normalisedUnit) },
    period_start: { cell: orEmpty(isoDate(figures.periodStart)) },
    period_end: { cell: orEmpty(isoDate(figures.periodEnd)) },
    kind: { cell: csvIdentifier(figures.kind) },
    claimant: { of: 'claimant', cell: csvText(claimants.name) },
    claimant_side: { of: 'claimant', cell: csvIdentifier(claimants.side) },
    outlet: { of: 'source', cell: csvText(sources.outlet) },
    source_title: { of: 'source', cell: csvText(sources.title) },
    source_author: { of: 'source', cell: csvText(sources.author) },
    source_published_on: { of: 'source', cell: orEmpty(publishedAtPrecision) },
    source_url: { of: 'source', cell: csvText(sources.url) },
    source_sha256: { cell: quotedTextSha256 },
    quote: { cell: csvText(figures.quote) },
    quote_start: { cell: sql`${figures.quoteStart}::text` },
    quote_end: { cell: sql`${figures.quoteEnd}::text` },
  };
  // A dimension's columns are adjacent in the column order, so its cells stand in one place in the line.
  const parts: SQL[] = [];
  const joins: ExportLine['joins'] = [];
  const placed = new Set<Dimension>();
  let open: Dimension | undefined;
  for (const column of figureCsvColumns) {
    const { of, cell } = cells[column];
    if (of === undefined) {
      open = undefined;
      parts.push(cell);
      continue;
    }
    if (of === open) continue;
    if (placed.has(of)) throw new Error(`internal: the ${of} columns are not adjacent in figureCsvColumns`);
    placed.add(of);
    open = of;
    const columns = figureCsvColumns.filter((c) => cells[c].of === of);
    const written = dimensionCells(
      of,
      sql.join(
        columns.map((c) => cells[c].cell),
        sql` || ',' || `,
      ),
    );
    joins.push(written.join);
    parts.push(written.cells);
  }
  return { line: sql`${sql.join(parts, sql` || ',' || `)} || E'\\r\\n'`, joins };
}

const jsonString = (value: Expression) => sql`coalesce(to_json((${value})::text)::text, 'null')`;
const jsonNumber = (value: Expression) => sql`coalesce(${plainNumber(value)}, 'null')`;
const jsonDate = (value: Expression) => sql`coalesce('"' || ${isoDate(value)} || '"', 'null')`;

/**
 * A JSON object written by the database: keys in this order, no whitespace, like JSON.stringify. `open` leaves
 * out the closing brace, for members that follow it.
 */
function jsonObject(fields: Record<string, SQL>, { open = false } = {}): SQL {
  const members = Object.entries(fields).map(
    ([key, value], index) => sql`${literal(`${index ? ',' : '{'}${JSON.stringify(key)}:`)} || ${value}`,
  );
  return sql`(${sql.join(members, sql` || `)}${open ? sql`` : sql` || '}'`})`;
}

/**
 * One figure as a JSON record (metric, claimant and source nested, each written once per row of its table), each
 * preceded by ",\n": the stream drops the first comma, so the records need no state between batches.
 */
export function figureJsonLine(origin: string): ExportLine {
  const head = jsonObject(
    {
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
      added_on: jsonDate(figures.addedOn),
      quote: jsonObject({
        text: jsonString(figures.quote),
        start: sql`${figures.quoteStart}::text`,
        end: sql`${figures.quoteEnd}::text`,
        prefix: jsonString(figures.quotePrefix),
        suffix: jsonString(figures.quoteSuffix),
      }),
    },
    { open: true },
  );
  const metric = dimensionCells(
    'metric',
    jsonObject({
      slug: jsonString(metrics.slug),
      name: jsonString(metrics.name),
      unit: jsonString(metrics.unit),
      topic: jsonObject({ slug: jsonString(topics.slug), name: jsonString(topics.name) }),
    }),
  );
  const claimant = dimensionCells(
    'claimant',
    jsonObject({
      slug: jsonString(claimants.slug),
      name: jsonString(claimants.name),
      kind: jsonString(claimants.kind),
      side: jsonString(claimants.side),
    }),
  );
  const source = dimensionCells(
    'source',
    jsonObject(
      {
        slug: jsonString(sources.slug),
        url: jsonString(sql`${literal(`${origin}/sources/`)} || ${sources.slug}`),
        title: jsonString(sources.title),
        outlet: jsonString(sources.outlet),
        author: jsonString(sources.author),
        published_on: jsonString(publishedAtPrecision),
        original_url: jsonString(sources.url),
      },
      { open: true },
    ),
  );
  return {
    line: sql`E',\\n' || ${head} || ',"metric":' || ${metric.cells} || ',"claimant":' || ${claimant.cells}
      || ',"source":' || ${source.cells} || ',"sha256":' || ${jsonString(quotedTextSha256)} || '}}'`,
    joins: [metric.join, claimant.join, source.join],
  };
}
