import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

export const sourceKind = pgEnum('source_kind', ['news_report', 'opinion', 'interview', 'analysis']);
export const fieldBasis = pgEnum('field_basis', ['stated', 'inferred']);
export const datePrecision = pgEnum('date_precision', ['day', 'month', 'year']);
export const claimantKind = pgEnum('claimant_kind', [
  'person',
  'government',
  'ministry',
  'general_staff',
  'military',
  'think_tank',
  'company',
  'international_organisation',
  'pollster',
  'media',
  'anonymous',
  'other',
]);
export const side = pgEnum('side', ['ukraine', 'russia', 'us', 'europe', 'nato', 'independent', 'other']);
export const boundKind = pgEnum('bound_kind', [
  'exact',
  'approximately',
  'more_than',
  'at_least',
  'less_than',
  'up_to',
  'range',
]);
export const figureKind = pgEnum('figure_kind', [
  'actual',
  'estimate',
  'claim',
  'capacity',
  'projection',
  'target',
  'demand',
  'proposal',
]);
export const ratePer = pgEnum('rate_per', ['day', 'week', 'month', 'year']);
export const exclusionReason = pgEnum('exclusion_reason', [
  'calendar_date',
  'part_of_name',
  'rhetorical',
  'duplicate',
  'conversion',
  'period',
  'ordinal',
  'biographical',
  'not_a_quantity',
  'vague',
  'awaiting_figure',
  'retracted',
]);

export const topics = pgTable('topics', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  description: text().notNull(),
  position: integer().notNull(),
});

export const claimants = pgTable(
  'claimants',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    slug: text().notNull().unique(),
    name: text().notNull(),
    kind: claimantKind().notNull(),
    side: side().notNull(),
    description: text().notNull(),
    role: text(),
  },
  (t) => [index('claimants_side_idx').on(t.side)],
);

export const metrics = pgTable(
  'metrics',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    slug: text().notNull().unique(),
    topicId: integer()
      .notNull()
      .references(() => topics.id),
    name: text().notNull(),
    definition: text().notNull(),
    unit: text().notNull(),
    subject: text().notNull(),
    /** Editors' note on why sources differ (scope, period, method, partisan source). */
    note: text(),
  },
  (t) => [
    index('metrics_topic_idx').on(t.topicId),
    // Serves /figures?sort=metric: the planner walks metrics in name order and sorts each one's figures.
    index('metrics_name_order_idx').on(sql`lower(${t.name}) collate "C"`, t.id),
  ],
);

// Each metadata field keeps its value, whether the text states it or it was inferred, and the evidence.
export const sources = pgTable(
  'sources',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    slug: text().notNull().unique(),
    documentFile: text().notNull().unique(),
    kind: sourceKind().notNull(),
    title: text(),
    titleBasis: fieldBasis(),
    titleEvidence: text(),
    outlet: text(),
    outletBasis: fieldBasis(),
    outletEvidence: text(),
    author: text(),
    authorBasis: fieldBasis(),
    authorEvidence: text(),
    publishedOn: date({ mode: 'string' }),
    publishedPrecision: datePrecision(),
    publishedBasis: fieldBasis(),
    publishedEvidence: text(),
    url: text(),
    urlBasis: fieldBasis(),
    urlEvidence: text(),
    text: text().notNull(),
    sha256: text().notNull(),
  },
  (t) => [
    check('sources_sha256_format', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
    check('sources_title_basis', sql`(${t.title} is null) = (${t.titleBasis} is null)`),
    check('sources_outlet_basis', sql`(${t.outlet} is null) = (${t.outletBasis} is null)`),
    check('sources_author_basis', sql`(${t.author} is null) = (${t.authorBasis} is null)`),
    check(
      'sources_published_basis',
      sql`(${t.publishedOn} is null) = (${t.publishedBasis} is null) and (${t.publishedOn} is null) = (${t.publishedPrecision} is null)`,
    ),
    check('sources_url_basis', sql`(${t.url} is null) = (${t.urlBasis} is null)`),
    index('sources_outlet_idx').on(t.outlet),
    // Serves /figures?sort=published; undated sources sort last.
    index('sources_published_order_idx').on(sql`coalesce(${t.publishedOn}, '-infinity'::date)`, t.id),
  ],
);

/** A version of an article that the outlet has since corrected, archived beside the current text (sources.text). */
export const sourceVersions = pgTable(
  'source_versions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    sourceId: integer()
      .notNull()
      .references(() => sources.id, { onDelete: 'cascade' }),
    documentFile: text().notNull().unique(),
    sha256: text().notNull(),
    text: text().notNull(),
    replacedOn: date({ mode: 'string' }).notNull(),
    note: text(),
    /** Newest first, as the seed lists them. */
    position: integer().notNull(),
  },
  (t) => [uniqueIndex('source_versions_source_position_idx').on(t.sourceId, t.position)],
);

export const figures = pgTable(
  'figures',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    publicId: text().notNull().unique(),
    metricId: integer()
      .notNull()
      .references(() => metrics.id),
    sourceId: integer()
      .notNull()
      .references(() => sources.id),
    claimantId: integer()
      .notNull()
      .references(() => claimants.id),
    kind: figureKind().notNull(),
    valueText: text().notNull(),
    value: doublePrecision(),
    valueLow: doublePrecision(),
    valueHigh: doublePrecision(),
    bound: boundKind().notNull(),
    unit: text().notNull(),
    per: ratePer(),
    normalisedValue: doublePrecision(),
    normalisedUnit: text(),
    normalisedPer: ratePer(),
    periodStart: date({ mode: 'string' }),
    periodEnd: date({ mode: 'string' }),
    quote: text().notNull(),
    /** The earlier version of the article (source_versions.document_file) the quote is from; null for the current text. */
    quoteDocument: text(),
    quoteStart: integer().notNull(),
    quoteEnd: integer().notNull(),
    quotePrefix: text().notNull(),
    quoteSuffix: text().notNull(),
    note: text(),
    /** The day it was published, from the seed; rows written another way (a bulk fill) get the day written. */
    addedOn: date({ mode: 'string' })
      .notNull()
      .default(sql`current_date`),
  },
  (t) => [
    check(
      'figures_has_value',
      sql`${t.value} is not null or (${t.valueLow} is not null and ${t.valueHigh} is not null)`,
    ),
    check(
      'figures_low_le_value',
      sql`${t.valueLow} is null or ${t.value} is null or ${t.valueLow} <= ${t.value}`,
    ),
    check(
      'figures_value_le_high',
      sql`${t.valueHigh} is null or ${t.value} is null or ${t.value} <= ${t.valueHigh}`,
    ),
    check(
      'figures_low_le_high',
      sql`${t.valueLow} is null or ${t.valueHigh} is null or ${t.valueLow} <= ${t.valueHigh}`,
    ),
    check('figures_period_both_or_neither', sql`(${t.periodStart} is null) = (${t.periodEnd} is null)`),
    check('figures_period_order', sql`${t.periodStart} is null or ${t.periodStart} <= ${t.periodEnd}`),
    check('figures_quote_offsets', sql`${t.quoteStart} >= 0 and ${t.quoteStart} < ${t.quoteEnd}`),
    check('figures_quote_length', sql`char_length(${t.quote}) = ${t.quoteEnd} - ${t.quoteStart}`),
    check('figures_public_id_format', sql`${t.publicId} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check(
      'figures_normalised_both_or_neither',
      sql`(${t.normalisedValue} is null) = (${t.normalisedUnit} is null)`,
    ),
    // Keyset pagination per filter walks (filter column, id); these serve metric, source and claimant pages too.
    index('figures_metric_id_idx').on(t.metricId, t.id),
    index('figures_source_id_idx').on(t.sourceId, t.id),
    index('figures_claimant_id_idx').on(t.claimantId, t.id),
    index('figures_kind_id_idx').on(t.kind, t.id),
    // Serves /figures?sort=period (walked backwards, latest first); undated figures sort last.
    index('figures_period_order_idx').on(sql`coalesce(${t.periodEnd}, '-infinity'::date)`, t.id),
    // Serves /changes: the figures each release added, by day.
    index('figures_added_on_idx').on(t.addedOn, t.id),
    index('figures_quote_search_idx').using('gin', sql`to_tsvector('english', ${t.quote})`),
  ],
);

/**
 * How many figures share each combination of metric, claimant, source and kind. Triggers on `figures`
 * (migration 0002) keep it exact, so counts and facets read a few thousand tallies, never every figure.
 */
export const figureTallies = pgTable(
  'figure_tallies',
  {
    metricId: integer()
      .notNull()
      .references(() => metrics.id, { onDelete: 'cascade' }),
    claimantId: integer()
      .notNull()
      .references(() => claimants.id, { onDelete: 'cascade' }),
    sourceId: integer()
      .notNull()
      .references(() => sources.id, { onDelete: 'cascade' }),
    kind: figureKind().notNull(),
    figureCount: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.metricId, t.claimantId, t.sourceId, t.kind] }),
    index('figure_tallies_claimant_idx').on(t.claimantId),
    index('figure_tallies_source_idx').on(t.sourceId),
    check('figure_tallies_count', sql`${t.figureCount} >= 0`),
  ],
);

/**
 * For each metric, the figures a spread is measured from: per claimant, kind, rate and period, the one with the
 * smallest and the one with the largest plotted value, `figureCount` standing for the rest of its group. Rebuilt
 * with every data version (rebuildSpreadExtremes in db/queries/chart-figures.ts), so home and topic pages never rank a million figures.
 */
export const spreadExtremes = pgTable(
  'spread_extremes',
  {
    metricId: integer()
      .notNull()
      .references(() => metrics.id, { onDelete: 'cascade' }),
    // No foreign key: the table is rebuilt in the same transaction as any change to figures, and a key would make
    // removing a million figures check each one against it.
    figureId: integer().notNull(),
    figureCount: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.metricId, t.figureId] })],
);

export const excludedMentions = pgTable(
  'excluded_mentions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    sourceId: integer()
      .notNull()
      .references(() => sources.id, { onDelete: 'cascade' }),
    start: integer().notNull(),
    end: integer().notNull(),
    text: text().notNull(),
    reason: exclusionReason().notNull(),
    note: text(),
  },
  (t) => [
    uniqueIndex('excluded_mentions_source_start_idx').on(t.sourceId, t.start),
    check('excluded_mentions_offsets', sql`${t.start} >= 0 and ${t.start} < ${t.end}`),
  ],
);

/** What a published figure said before a correction: one row per corrected field, in the order the seed lists them. */
export const figureCorrections = pgTable(
  'figure_corrections',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    figureId: integer()
      .notNull()
      .references(() => figures.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    correctedOn: date({ mode: 'string' }).notNull(),
    field: text().notNull(),
    was: text().notNull(),
    reason: text().notNull(),
  },
  (t) => [
    uniqueIndex('figure_corrections_figure_position_idx').on(t.figureId, t.position),
    index('figure_corrections_corrected_on_idx').on(t.correctedOn),
  ],
);

/**
 * A figure withdrawn from the record: kept apart from `figures` so it leaves every chart, count and download, while
 * its permalink can still say what it said and why it went. Names are copied, since nothing else may refer to them.
 */
export const retractedFigures = pgTable(
  'retracted_figures',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    publicId: text().notNull().unique(),
    sourceId: integer()
      .notNull()
      .references(() => sources.id, { onDelete: 'cascade' }),
    metricName: text().notNull(),
    claimantName: text().notNull(),
    valueText: text().notNull(),
    quote: text().notNull(),
    quoteStart: integer().notNull(),
    quoteEnd: integer().notNull(),
    retractedOn: date({ mode: 'string' }).notNull(),
    reason: text().notNull(),
    /** The day it was first published, which places it in a release. */
    addedOn: date({ mode: 'string' })
      .notNull()
      .default(sql`current_date`),
  },
  (t) => [index('retracted_figures_retracted_on_idx').on(t.retractedOn)],
);

/** The releases of seeds/releases.yaml: each dated change on the record belongs to the first on or after its day. */
export const releases = pgTable('releases', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  version: text().notNull().unique(),
  releasedOn: date({ mode: 'string' }).notNull().unique(),
  summary: text().notNull(),
  position: integer().notNull(),
});

/**
 * Related metrics: quantities that are not one metric but that the articles set side by side (a sector and the
 * whole front, a share and an area, a demand and an aid total). One row per direction: `relation` says what the
 * related metric is, read on the page of `metricId` ("a sector of this front"); the loader writes both rows of a pair.
 */
export const metricRelations = pgTable(
  'metric_relations',
  {
    metricId: integer()
      .notNull()
      .references(() => metrics.id, { onDelete: 'cascade' }),
    relatedMetricId: integer()
      .notNull()
      .references(() => metrics.id, { onDelete: 'cascade' }),
    relation: text().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.metricId, t.relatedMetricId] }),
    index('metric_relations_related_idx').on(t.relatedMetricId),
    check('metric_relations_not_self', sql`${t.metricId} <> ${t.relatedMetricId}`),
  ],
);

/** What a cross-check expects: the result equal to the compared figure, at most it (a part of a whole), at least it. */
export const crossCheckRelation = pgEnum('cross_check_relation', ['equal', 'at_most', 'at_least']);
/** Holds whatever the figures' bounds; possible only within them; fails whatever they are. */
export const crossCheckOutcome = pgEnum('cross_check_outcome', ['holds', 'possible', 'fails']);

export const crossChecks = pgTable('cross_checks', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  slug: text().notNull().unique(),
  title: text().notNull(),
  formula: text().notNull(),
  compareTo: text().notNull(),
  result: doublePrecision().notNull(),
  expected: doublePrecision().notNull(),
  tolerance: doublePrecision().notNull(),
  /** False only when the outcome is `fails`. */
  consistent: boolean().notNull(),
  explanation: text().notNull(),
  // The defaults only fill rows written before these columns; every load writes them.
  relation: crossCheckRelation().notNull().default('equal'),
  resultLabel: text().notNull().default('the result'),
  compareLabel: text().notNull().default('the figure compared'),
  outcome: crossCheckOutcome().notNull().default('possible'),
  /** The verdict in words, bounds respected: "The stated rate (at least 1,500 people) is at least 27% above …". */
  verdict: text().notNull().default(''),
});

export const crossCheckInputs = pgTable(
  'cross_check_inputs',
  {
    crossCheckId: integer()
      .notNull()
      .references(() => crossChecks.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    figureId: integer()
      .notNull()
      .references(() => figures.id, { onDelete: 'cascade' }),
  },
  (t) => [
    uniqueIndex('cross_check_inputs_pk').on(t.crossCheckId, t.name),
    index('cross_check_inputs_figure_idx').on(t.figureId),
  ],
);

/**
 * One row per load that changed the data: the newest row's id is the data version. Pages, chart data and
 * downloads are cached per version, and ETags are derived from it.
 */
export const dataVersions = pgTable('data_versions', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  /** sha256 of the seed files as loaded; a load whose seed matches the newest row's changes nothing. */
  seedSha256: text().notNull(),
  figureCount: integer().notNull(),
  loadedAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  /** What the load changed, in words ("12 figures added, 1 changed"), or what made the version (a bulk fill). */
  summary: text().notNull(),
  /** The earliest period start and latest period end of the figures: the time the data covers, read once per version. */
  periodFirst: date({ mode: 'string' }),
  periodLast: date({ mode: 'string' }),
});

export type Topic = typeof topics.$inferSelect;
export type Claimant = typeof claimants.$inferSelect;
export type Metric = typeof metrics.$inferSelect;
export type Source = typeof sources.$inferSelect;
export type Figure = typeof figures.$inferSelect;
export type SourceVersion = typeof sourceVersions.$inferSelect;
export type ExcludedMention = typeof excludedMentions.$inferSelect;
export type CrossCheck = typeof crossChecks.$inferSelect;
export type MetricRelation = typeof metricRelations.$inferSelect;
export type FigureTally = typeof figureTallies.$inferSelect;
export type NewFigure = typeof figures.$inferInsert;
export type DataVersion = typeof dataVersions.$inferSelect;
export type FigureCorrection = typeof figureCorrections.$inferSelect;
export type RetractedFigure = typeof retractedFigures.$inferSelect;
export type Release = typeof releases.$inferSelect;
