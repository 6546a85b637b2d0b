import type { Claimant, Figure, Source } from '@/db/schema';
import type { MentionKind } from '@/lib/coverage/find-number-mentions';

export const sideLabel: Record<Claimant['side'], string> = {
  ukraine: 'Ukraine',
  russia: 'Russia',
  us: 'United States',
  europe: 'EU / European',
  nato: 'NATO',
  independent: 'Independent',
  other: 'Other',
};

export const figureKindLabel: Record<Figure['kind'], string> = {
  actual: 'Actual',
  estimate: 'Estimate',
  claim: 'Claim',
  capacity: 'Capacity',
  projection: 'Projection',
  target: 'Target',
  demand: 'Demand',
  proposal: 'Proposal',
};

export const claimantKindLabel: Record<Claimant['kind'], string> = {
  person: 'Person',
  government: 'Government',
  ministry: 'Ministry',
  general_staff: 'General staff',
  military: 'Military',
  think_tank: 'Think tank',
  company: 'Company',
  international_organisation: 'International organisation',
  pollster: 'Poll / pollster',
  media: 'Media',
  anonymous: 'Anonymous source',
  other: 'Other',
};

export const sourceKindLabel: Record<Source['kind'], string> = {
  news_report: 'News report',
  opinion: 'Opinion',
  interview: 'Interview',
  analysis: 'Analysis',
};

export const exclusionReasonLabel: Record<string, string> = {
  calendar_date: 'calendar date',
  part_of_name: 'part of a name',
  rhetorical: 'rhetorical',
  duplicate: 'repeats another figure',
  conversion: 'unit conversion of another figure',
  period: 'the period of another figure',
  ordinal: 'a position in a sequence',
  biographical: 'a personal detail (age, time in a job)',
  not_a_quantity: 'not a quantity',
  vague: 'too vague to check',
  awaiting_figure: 'a claim not yet recorded as a figure',
  retracted: 'a retracted figure',
};

export const mentionKindLabel: Record<MentionKind, string> = {
  digits: 'digits',
  number_words: 'number words',
  rank: 'rank',
  relative_time: 'relative time',
  zero: 'zero or none',
  uniqueness: 'uniqueness',
  frequency: 'frequency',
  vague_count: 'vague count',
};
