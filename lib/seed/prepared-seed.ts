import type { Claimant, CrossCheck, Metric, Topic } from '@/db/schema';
import type { FigureSeed, SourceSeed } from './seed-schema';

type WithoutId<T> = Omit<T, 'id'>;

export interface PreparedSource {
  slug: string;
  documentFile: string;
  kind: SourceSeed['kind'];
  fields: {
    title: string | null;
    titleBasis: 'stated' | 'inferred' | null;
    titleEvidence: string | null;
    outlet: string | null;
    outletBasis: 'stated' | 'inferred' | null;
    outletEvidence: string | null;
    author: string | null;
    authorBasis: 'stated' | 'inferred' | null;
    authorEvidence: string | null;
    publishedOn: string | null;
    publishedPrecision: 'day' | 'month' | 'year' | null;
    publishedBasis: 'stated' | 'inferred' | null;
    publishedEvidence: string | null;
    url: string | null;
    urlBasis: 'stated' | 'inferred' | null;
    urlEvidence: string | null;
  };
  text: string;
  sha256: string;
  /** Versions the outlet has since corrected, newest first. */
  earlierVersions: PreparedSourceVersion[];
}

export interface PreparedSourceVersion {
  documentFile: string;
  sha256: string;
  text: string;
  replacedOn: string;
  note: string | null;
  position: number;
}

export interface PreparedFigure {
  publicId: string;
  sourceSlug: string;
  metricSlug: string;
  claimantSlug: string;
  kind: FigureSeed['kind'];
  valueText: string;
  value: number | null;
  valueLow: number | null;
  valueHigh: number | null;
  bound: FigureSeed['bound'];
  unit: string;
  per: FigureSeed['per'];
  normalisedValue: number | null;
  normalisedUnit: string | null;
  normalisedPer: 'year' | null;
  periodStart: string | null;
  periodEnd: string | null;
  quote: string;
  /** The earlier version of the article the quote is from (its document file); null for the current text. */
  quoteDocument: string | null;
  quoteStart: number;
  quoteEnd: number;
  quotePrefix: string;
  quoteSuffix: string;
  note: string | null;
  /** YYYY-MM-DD: the day it was published, which places it in a release. */
  addedOn: string;
}

/** A release of seeds/releases.yaml; `position` keeps the file's order, oldest first. */
export interface PreparedRelease {
  version: string;
  releasedOn: string;
  summary: string;
  position: number;
}

export interface PreparedCorrection {
  figurePublicId: string;
  position: number;
  correctedOn: string;
  field: string;
  was: string;
  reason: string;
}

/** A retracted figure, checked like any other, kept to answer its permalink: never in charts, counts or downloads. */
export interface PreparedRetraction {
  publicId: string;
  sourceSlug: string;
  metricName: string;
  claimantName: string;
  valueText: string;
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  retractedOn: string;
  reason: string;
  addedOn: string;
}

export interface PreparedExclusion {
  sourceSlug: string;
  start: number;
  end: number;
  text: string;
  reason: SourceSeed['excluded_mentions'][number]['reason'];
  note: string | null;
}

export interface PreparedCrossCheck {
  slug: string;
  title: string;
  formula: string;
  compareTo: string;
  result: number;
  expected: number;
  tolerance: number;
  consistent: boolean;
  explanation: string;
  relation: CrossCheck['relation'];
  resultLabel: string;
  compareLabel: string;
  outcome: CrossCheck['outcome'];
  verdict: string;
  inputs: { name: string; figurePublicId: string }[];
}

/** One direction of a declared pair: on the page of `metricSlug`, `relatedMetricSlug` is `relation`. */
export interface PreparedMetricRelation {
  metricSlug: string;
  relatedMetricSlug: string;
  relation: string;
}

/** What the checks hand to the writer: rows ready to insert, referring to each other by slug. */
export interface PreparedSeed {
  topics: (WithoutId<Topic> & { position: number })[];
  claimants: WithoutId<Claimant>[];
  metrics: (Omit<WithoutId<Metric>, 'topicId'> & { topicSlug: string })[];
  metricRelations: PreparedMetricRelation[];
  sources: PreparedSource[];
  figures: PreparedFigure[];
  exclusions: PreparedExclusion[];
  crossChecks: PreparedCrossCheck[];
  corrections: PreparedCorrection[];
  retractions: PreparedRetraction[];
  releases: PreparedRelease[];
  /** Figures and exclusions still awaiting an editor's review: checked for shape only, never published. */
  drafts: PreparedDraft[];
}

export interface PreparedDraft {
  file: string;
  kind: 'figure' | 'exclusion';
  /** The figure's id, or the exclusion's start. */
  id: string;
  text: string;
}
