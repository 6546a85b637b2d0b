import { z } from 'zod';
import {
  boundKind,
  claimantKind,
  crossCheckRelation,
  datePrecision,
  exclusionReason,
  figureKind,
  ratePer,
  side,
  sourceKind,
} from '@/db/schema';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase kebab-case (letters, digits and single hyphens)');
const nonEmpty = z.string().trim().min(1, 'must not be empty');
const isoDate = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .pipe(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
      .refine((value) => {
        const date = new Date(`${value}T00:00:00Z`);
        return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
      }, 'is not a real calendar date'),
  );
const documentFile = z.string().regex(/^[\w.-]+\.txt$/, 'must name a .txt file in seeds/documents/');
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits');
const optionalText = z
  .string()
  .nullish()
  .transform((value) => value ?? null);
const optionalNumber = z
  .number()
  .finite()
  .nullish()
  .transform((value) => value ?? null);

export const topicSeed = z.strictObject({ slug, name: nonEmpty, description: nonEmpty });

export const claimantSeed = z.strictObject({
  slug,
  name: nonEmpty,
  kind: z.enum(claimantKind.enumValues),
  side: z.enum(side.enumValues),
  description: nonEmpty,
  role: optionalText,
});

// Shown after the related metric's name ("…: a sector of this front."), so a phrase, not a sentence.
const relationWords = nonEmpty.refine(
  (words) => !/[.;:]$/.test(words),
  "is shown after the metric's name and a colon, so it ends without punctuation",
);

/** Declared on one metric; `relation` is read on this metric's page, `reverse` on the related metric's. */
export const relatedMetricSeed = z.strictObject({
  metric: slug,
  relation: relationWords,
  reverse: relationWords,
});

export const metricSeed = z.strictObject({
  slug,
  topic: slug,
  name: nonEmpty,
  definition: nonEmpty,
  unit: nonEmpty,
  subject: nonEmpty,
  note: optionalText,
  related: z.array(relatedMetricSeed).default([]),
});

const statedOrInferred = z.discriminatedUnion('basis', [
  z.strictObject({ basis: z.literal('stated'), evidence: optionalText }),
  z.strictObject({ basis: z.literal('inferred'), evidence: nonEmpty }),
]);

const metadataField = z.intersection(z.object({ value: nonEmpty }), statedOrInferred);

const publishedOnField = z.intersection(
  z.object({
    value: z
      .union([z.string(), z.number().int()])
      .transform(String)
      .pipe(z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')),
    precision: z.enum(datePrecision.enumValues),
  }),
  statedOrInferred,
);

const period = z.union([z.literal('undated'), z.strictObject({ start: isoDate, end: isoDate })]);

/** The fields a correction may name: what a reader sees of a figure. */
export const correctableFields = [
  'value',
  'value_text',
  'bound',
  'low',
  'high',
  'unit',
  'per',
  'claimant',
  'metric',
  'kind',
  'period',
  'quote',
] as const;

// `was` is what the field said before, written as the seed wrote it (a number, a slug, a period).
const correctionSeed = z.strictObject({
  on: isoDate,
  field: z.enum(correctableFields),
  was: z
    .union([z.string(), z.number(), z.boolean(), z.null(), z.date()])
    .transform((value) =>
      value instanceof Date ? value.toISOString().slice(0, 10) : value === null ? 'null' : String(value),
    ),
  reason: nonEmpty,
});

const retractionSeed = z.strictObject({ on: isoDate, reason: nonEmpty });

// A draft is proposed (by `npm run article:add`) and never published until an editor sets it to published.
const status = z.enum(['published', 'draft']).default('published');

export const figureSeed = z.strictObject({
  id: slug,
  status,
  metric: slug,
  claimant: slug,
  kind: z.enum(figureKind.enumValues),
  value_text: nonEmpty,
  value: optionalNumber,
  bound: z.enum(boundKind.enumValues),
  low: optionalNumber,
  high: optionalNumber,
  unit: nonEmpty,
  per: z
    .enum(ratePer.enumValues)
    .nullish()
    .transform((value) => value ?? null),
  period,
  quote: z.strictObject({
    /** Set when the quote is from an earlier version of the article (one of its `earlier_versions`). */
    document: documentFile.optional(),
    start: z.number().int().nonnegative().optional(),
    end: z.number().int().positive().optional(),
    text: z.string().min(1, 'must not be empty'),
  }),
  note: optionalText,
  /** The day the figure was published: it joins the release of that day (seeds/releases.yaml). */
  added: isoDate.optional(),
  corrections: z.array(correctionSeed).default([]),
  retracted: retractionSeed.nullish().transform((value) => value ?? null),
});

export const excludedMentionSeed = z.strictObject({
  status,
  start: z.number().int().nonnegative(),
  text: z.string().min(1),
  reason: z.enum(exclusionReason.enumValues),
  note: optionalText,
});

/** A version of the article the outlet has since corrected, archived beside the current one (npm run article:revise). */
export const earlierVersionSeed = z.strictObject({
  document: documentFile,
  sha256,
  replaced_on: isoDate,
  note: optionalText,
});

export const sourceSeed = z.strictObject({
  slug,
  document: documentFile,
  sha256,
  kind: z.enum(sourceKind.enumValues),
  title: metadataField.optional(),
  outlet: metadataField.optional(),
  author: metadataField.optional(),
  published_on: publishedOnField.optional(),
  url: metadataField.optional(),
  figures: z.array(figureSeed).default([]),
  excluded_mentions: z.array(excludedMentionSeed).default([]),
  earlier_versions: z.array(earlierVersionSeed).default([]),
});

// Versions are plain semver: a release that only adds or corrects figures is a minor one.
const semver = z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version MAJOR.MINOR.PATCH, like 1.3.0');

/** One entry of seeds/releases.yaml: a published state of the dataset, oldest first. */
export const releaseSeed = z.strictObject({ version: semver, date: isoDate, summary: nonEmpty });

export const crossCheckSeed = z.strictObject({
  slug,
  title: nonEmpty,
  relation: z.enum(crossCheckRelation.enumValues),
  inputs: z
    .record(z.string().regex(/^[a-z_][a-z0-9_]*$/, 'input names are lowercase identifiers'), slug)
    .refine((inputs) => Object.keys(inputs).length > 0, 'needs at least one input')
    .refine(
      (inputs) => Object.keys(inputs).every((name) => !/_(days|years)$/.test(name)),
      'input names may not end in _days or _years (each input x has x_days and x_years)',
    ),
  formula: nonEmpty,
  compare_to: z.string(),
  tolerance: z.number().nonnegative(),
  result_label: nonEmpty,
  compare_label: nonEmpty,
  explanation: nonEmpty,
});

export type TopicSeed = z.infer<typeof topicSeed>;
export type ClaimantSeed = z.infer<typeof claimantSeed>;
export type MetricSeed = z.infer<typeof metricSeed>;
export type SourceSeed = z.infer<typeof sourceSeed>;
export type FigureSeed = z.infer<typeof figureSeed>;
export type EarlierVersionSeed = z.infer<typeof earlierVersionSeed>;
export type CrossCheckSeed = z.infer<typeof crossCheckSeed>;
export type ReleaseSeed = z.infer<typeof releaseSeed>;
