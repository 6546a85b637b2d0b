import type { figureCsvColumns } from './figure-csv';

type Column = (typeof figureCsvColumns)[number];

export interface FieldDescriptor {
  name: Column;
  type: 'string' | 'number' | 'integer' | 'date';
  format?: string;
  description: string;
  constraints?: { required?: true; enum?: readonly string[]; minimum?: number };
}

/** The values the coded columns may take: the database's own enums, handed in by the caller. */
export interface FigureVocabularies {
  bound: readonly string[];
  kind: readonly string[];
  per: readonly string[];
  side: readonly string[];
}

// Never empty: the database requires them of every figure.
const requiredColumns = new Set<Column>([
  'figure_id',
  'figure_url',
  'topic',
  'metric',
  'metric_slug',
  'value_as_stated',
  'bound',
  'unit',
  'kind',
  'claimant',
  'claimant_side',
  'source_sha256',
  'quote',
  'quote_start',
  'quote_end',
]);

/**
 * The Frictionless Table Schema of the figures CSV: each column's type and description, in column order, with
 * `required` for the columns never empty, `enum` for the coded ones and a minimum for the offsets.
 */
export function figureTableSchema(vocabularies: FigureVocabularies) {
  const enums: Partial<Record<Column, readonly string[]>> = {
    bound: vocabularies.bound,
    kind: vocabularies.kind,
    per: vocabularies.per,
    claimant_side: vocabularies.side,
  };
  const fields = figureCsvFields.map((field): FieldDescriptor => {
    const constraints: FieldDescriptor['constraints'] = {
      ...(requiredColumns.has(field.name) ? { required: true as const } : {}),
      ...(enums[field.name] ? { enum: enums[field.name] } : {}),
      ...(field.type === 'integer' ? { minimum: 0 } : {}),
    };
    return Object.keys(constraints).length > 0 ? { ...field, constraints } : field;
  });
  return { fields, primaryKey: 'figure_id', missingValues: [''] };
}

/** Types and descriptions of the figures CSV columns, in column order. */
const figureCsvFields: FieldDescriptor[] = [
  {
    name: 'figure_id',
    type: 'string',
    description: 'Stable public id of the figure; its permalink is /figures/<figure_id>.',
  },
  { name: 'figure_url', type: 'string', format: 'uri', description: 'Permalink of the figure.' },
  { name: 'topic', type: 'string', description: 'Topic of the metric (casualties, arms production, …).' },
  { name: 'metric', type: 'string', description: 'The comparable quantity the figure measures.' },
  {
    name: 'metric_slug',
    type: 'string',
    description: 'Stable id of the metric; its page is /metrics/<metric_slug>.',
  },
  { name: 'value_as_stated', type: 'string', description: 'The number exactly as written in the quote.' },
  {
    name: 'value',
    type: 'number',
    description: "The value in the metric's base unit; empty for a pure range.",
  },
  {
    name: 'value_low',
    type: 'number',
    description: 'Lower bound given by the text (more than, at least, range).',
  },
  {
    name: 'value_high',
    type: 'number',
    description: 'Upper bound given by the text (less than, up to, range).',
  },
  {
    name: 'bound',
    type: 'string',
    description: 'exact, approximately, more_than, at_least, less_than, up_to or range.',
  },
  {
    name: 'unit',
    type: 'string',
    description: 'Base unit of value, value_low and value_high (USD, GBP, people, km2, percent, …).',
  },
  {
    name: 'per',
    type: 'string',
    description: 'Rate of the value (day, week, month, year); empty for a stock or a total.',
  },
  {
    name: 'normalised_value',
    type: 'number',
    description:
      'The value converted to a rate per year: a day times the days of the year its period ends in (365, or 366 in a leap year), a week times those days over 7, a month times 12.',
  },
  {
    name: 'normalised_unit',
    type: 'string',
    description: 'Unit of normalised_value, e.g. "people per year".',
  },
  {
    name: 'period_start',
    type: 'date',
    description: 'First day of the period the figure refers to; empty when undated.',
  },
  {
    name: 'period_end',
    type: 'date',
    description:
      'Last day (inclusive) of the period the figure refers to; equals period_start for "as of" figures.',
  },
  {
    name: 'kind',
    type: 'string',
    description: 'actual, estimate, claim, capacity, projection, target, demand or proposal.',
  },
  {
    name: 'claimant',
    type: 'string',
    description: 'Who asserts the figure (a person or a body), as distinct from the outlet that reported it.',
  },
  {
    name: 'claimant_side',
    type: 'string',
    description: 'Side of the claimant: ukraine, russia, us, europe, nato, independent or other.',
  },
  {
    name: 'outlet',
    type: 'string',
    description: 'Publication that reported the figure; empty when it cannot be told from the text.',
  },
  { name: 'source_title', type: 'string', description: 'Title of the archived article.' },
  { name: 'source_author', type: 'string', description: 'Author of the archived article, when known.' },
  {
    name: 'source_published_on',
    type: 'string',
    description: 'Publication date at its known precision: YYYY, YYYY-MM or YYYY-MM-DD (ISO 8601).',
  },
  { name: 'source_url', type: 'string', description: 'Original address of the article, when known.' },
  {
    name: 'source_sha256',
    type: 'string',
    description: 'SHA-256 of the archived article text the offsets refer to.',
  },
  { name: 'quote', type: 'string', description: 'The sentence the figure was taken from, verbatim.' },
  {
    name: 'quote_start',
    type: 'integer',
    description:
      'Offset of the quote in the archived text, in Unicode code points (W3C TextPositionSelector).',
  },
  {
    name: 'quote_end',
    type: 'integer',
    description: 'End offset (exclusive) of the quote, in Unicode code points.',
  },
];
