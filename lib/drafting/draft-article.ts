import { findNumberMentions, type NumberMention } from '@/lib/coverage/find-number-mentions';
import { parseStatedValue } from '@/lib/numbers/parse-stated-value';
import { findHedge } from '@/lib/seed/seed-warnings';
import type { FigureSeed, SourceSeed } from '@/lib/seed/seed-schema';
import { toCodePoints } from '@/lib/text/code-points';
import { guessAttribution, matchClaimant, slugify, type KnownClaimant } from './guess-claimant';
import { guessExclusion } from './guess-exclusion';
import { guessKind } from './guess-kind';
import { matchMetric, unitOfCount, type KnownMetric } from './guess-metric';
import { guessPeriod } from './guess-period';
import { paragraphBefore, paragraphsBefore, sentenceAround } from './read-context';

export type DraftFigure = Omit<FigureSeed, 'quote'> & {
  status: 'draft';
  quote: { start: number; end: number; text: string };
};
export type DraftExclusion = SourceSeed['excluded_mentions'][number];

export interface ArticleDraft {
  figures: DraftFigure[];
  exclusions: DraftExclusion[];
  claimantStubs: KnownClaimant[];
  metricStubs: KnownMetric[];
}

export interface DraftInput {
  slug: string;
  text: string;
  publishedOn: string | null;
  /** Who a number no one else is credited with belongs to: the author, or else the outlet. */
  author: string | null;
  claimants: readonly KnownClaimant[];
  metrics: readonly KnownMetric[];
}

// How far around a mention to look for the words that join it to another into a range.
const joinWindow = 40;

/** Two mentions that are one range in the text ("between 6,000 and 8,000", "20 or 25"): the stated words and span. */
function joinRange(
  codePoints: readonly string[],
  first: NumberMention,
  second: NumberMention | undefined,
): { start: number; end: number; text: string } | null {
  if (!second || second.start - first.end > joinWindow) return null;
  const between = codePoints.slice(first.end, second.start).join('');
  if (!/^\s*(?:to|and|or|or possibly|-|–)\s*$/.test(between)) return null;
  const before = codePoints.slice(Math.max(0, first.start - 8), first.start).join('');
  const opener = /\b(between|from)\s$/i.exec(before)?.[1];
  const start = opener ? first.start - opener.length - 1 : first.start;
  const text = codePoints.slice(start, second.end).join('');
  return parseStatedValue(text) ? { start, end: second.end, text } : null;
}

const boundEnds = (bound: FigureSeed['bound'], value: number) => ({
  low: bound === 'more_than' || bound === 'at_least' ? value : null,
  high: bound === 'less_than' || bound === 'up_to' ? value : null,
});

/**
 * Drafts every quantity mention of an article: a figure with its value, bound, unit, rate, quote, period, kind,
 * claimant and metric guessed from the text, or an exclusion with a suggested reason. Everything is `status: draft`
 * for an editor to check; quotes are cut from the text by code-point offsets, never retyped.
 */
export function draftArticle(input: DraftInput): ArticleDraft {
  const codePoints = toCodePoints(input.text);
  const mentions = findNumberMentions(input.text);
  const draft: ArticleDraft = { figures: [], exclusions: [], claimantStubs: [], metricStubs: [] };
  const stubClaimants = new Map<string, KnownClaimant>();
  const stubMetrics = new Map<string, KnownMetric>();
  const authorClaimant = input.author ? matchClaimant(input.author, input.claimants) : null;
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index] as NumberMention;
    const before = codePoints.slice(Math.max(0, mention.start - 30), mention.start).join('');
    const after = codePoints.slice(mention.end, mention.end + 30).join('');
    const exclusion = guessExclusion(mention, before, after);
    const range = exclusion ? null : joinRange(codePoints, mention, mentions[index + 1]);
    const stated = range ?? { start: mention.start, end: mention.end, text: mention.text };
    const parsed = exclusion ? null : parseStatedValue(stated.text);
    if (!parsed) {
      const reason = exclusion ?? {
        reason: 'not_a_quantity' as const,
        note: 'check: the parser cannot read it as a number',
      };
      draft.exclusions.push({
        status: 'draft',
        start: mention.start,
        text: mention.text,
        reason: reason.reason,
        note: `Draft: ${reason.note}`,
      });
      continue;
    }
    if (range) index++;
    const sentenceSpan = sentenceAround(codePoints, stated.start, stated.end);
    const sentence = codePoints.slice(sentenceSpan.start, sentenceSpan.end).join('');
    const rest = codePoints.slice(stated.end, stated.end + 30).join('');
    const per = /^\s*(?:\p{L}+\s+){0,2}?(?:a|per|each|every)\s+(day|week|month|year)\b/u.exec(
      rest,
    )?.[1] as FigureSeed['per'];
    const unit = parsed.unit ?? unitOfCount(rest);
    const hedge = findHedge(sentence, stated.text);
    const bound: FigureSeed['bound'] = parsed.value === null ? 'range' : (hedge?.bound ?? 'exact');
    const at = codePoints.slice(sentenceSpan.start, stated.start).join('').length;
    const written = guessAttribution(
      sentence,
      paragraphBefore(codePoints, sentenceSpan.start),
      at,
      paragraphsBefore(codePoints, sentenceSpan.start),
    );
    // A surname alone ("Petrenko") matches a speaker the article named in full earlier.
    const claimant = written
      ? matchClaimant(written, [...input.claimants, ...stubClaimants.values()])
      : authorClaimant;
    if (claimant?.stub) stubClaimants.set(claimant.stub.slug, claimant.stub);
    const metric = matchMetric(unit, sentence, input.metrics);
    if (metric.stub) stubMetrics.set(metric.stub.slug, metric.stub);
    const ends =
      parsed.value === null ? { low: parsed.low, high: parsed.high } : boundEnds(bound, parsed.value);
    draft.figures.push({
      id: `${input.slug}-${slugify(stated.text)}-${stated.start}`,
      status: 'draft',
      metric: metric.slug,
      claimant: claimant?.slug ?? 'unknown-claimant',
      kind: guessKind(sentence),
      value_text: stated.text,
      value: parsed.value,
      bound,
      ...ends,
      unit,
      per: per ?? null,
      period: guessPeriod(sentence, input.publishedOn),
      quote: { start: sentenceSpan.start, end: sentenceSpan.end, text: sentence },
      note: written ? null : 'Draft: no attribution found; the author’s by default',
      corrections: [],
      retracted: null,
    });
  }
  draft.claimantStubs = [...stubClaimants.values()];
  draft.metricStubs = [...stubMetrics.values()];
  return draft;
}
