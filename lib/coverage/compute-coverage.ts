import type { exclusionReason } from '@/db/schema';
import { findCodePointOffsets } from '@/lib/text/code-points';
import {
  findNumberMentions,
  mentionKinds,
  type MentionKind,
  type NumberMention,
} from './find-number-mentions';

// An exclusion that marks a real claim the dataset should hold but does not yet: a to-do, not a reason to leave out.
export const awaitingFigure: (typeof exclusionReason.enumValues)[number] = 'awaiting_figure';

export interface CoverageFigure {
  publicId: string;
  valueText: string;
  quote: string;
  quoteStart: number;
  /** How many figures share this quote and stated value (1 unless the figure stands for a group of them). */
  figureCount?: number;
}

export interface CoverageExclusion {
  start: number;
  reason: string;
}

export type MentionStatus =
  | { mention: NumberMention; status: 'covered'; figureIds: string[]; figureCount: number }
  | { mention: NumberMention; status: 'excluded'; reason: string }
  | { mention: NumberMention; status: 'unaccounted' };

export interface KindTally {
  kind: MentionKind;
  mentions: number;
  covered: number;
  excluded: number;
  unaccounted: number;
}

export interface Coverage {
  mentions: MentionStatus[];
  covered: number;
  /** How many figures have a stated value among the mentions. */
  figureCount: number;
  /** Excluded with a reason, claims awaiting a figure included. */
  excluded: number;
  /** Excluded as real claims not yet recorded as figures. */
  awaitingFigure: number;
  unaccounted: number;
  excludedByReason: Record<string, number>;
  /** The same counts for each kind of expression found, in the finder's order of kinds. */
  byKind: KindTally[];
}

/** Where each figure's stated value sits in the text: every occurrence of value_text inside its quote. */
function valueSpans(figures: readonly CoverageFigure[]) {
  return figures.flatMap((figure) =>
    findCodePointOffsets(figure.quote, figure.valueText).map((offset) => ({
      publicId: figure.publicId,
      figureCount: figure.figureCount ?? 1,
      start: figure.quoteStart + offset,
      end: figure.quoteStart + offset + Array.from(figure.valueText).length,
    })),
  );
}

/** Every quantity mention in a text is covered by a figure's stated value, excluded with a reason, or unaccounted. */
export function computeCoverage(
  text: string,
  figures: readonly CoverageFigure[],
  exclusions: readonly CoverageExclusion[],
): Coverage {
  const spans = valueSpans(figures);
  const excludedAt = new Map(exclusions.map((exclusion) => [exclusion.start, exclusion.reason]));
  const countOf = new Map(spans.map((span) => [span.publicId, span.figureCount]));
  const sumCounts = (ids: Iterable<string>) => [...ids].reduce((sum, id) => sum + (countOf.get(id) ?? 0), 0);
  const mentions = findNumberMentions(text).map((mention): MentionStatus => {
    const figureIds = [
      ...new Set(
        spans
          .filter((span) => span.start < mention.end && mention.start < span.end)
          .map((span) => span.publicId),
      ),
    ];
    if (figureIds.length > 0)
      return { mention, status: 'covered', figureIds, figureCount: sumCounts(figureIds) };
    const reason = excludedAt.get(mention.start);
    if (reason !== undefined) return { mention, status: 'excluded', reason };
    return { mention, status: 'unaccounted' };
  });
  const excludedByReason: Record<string, number> = {};
  for (const entry of mentions) {
    if (entry.status === 'excluded')
      excludedByReason[entry.reason] = (excludedByReason[entry.reason] ?? 0) + 1;
  }
  const byKind = mentionKinds.flatMap((kind): KindTally[] => {
    const ofKind = mentions.filter((entry) => entry.mention.kind === kind);
    const count = (status: MentionStatus['status']) =>
      ofKind.filter((entry) => entry.status === status).length;
    return ofKind.length === 0
      ? []
      : [
          {
            kind,
            mentions: ofKind.length,
            covered: count('covered'),
            excluded: count('excluded'),
            unaccounted: count('unaccounted'),
          },
        ];
  });
  return {
    mentions,
    covered: mentions.filter((entry) => entry.status === 'covered').length,
    figureCount: sumCounts(
      new Set(mentions.flatMap((entry) => (entry.status === 'covered' ? entry.figureIds : []))),
    ),
    excluded: mentions.filter((entry) => entry.status === 'excluded').length,
    awaitingFigure: excludedByReason[awaitingFigure] ?? 0,
    unaccounted: mentions.filter((entry) => entry.status === 'unaccounted').length,
    excludedByReason,
    byKind,
  };
}
