import { computeSpread, type Spread, type SpreadFigure } from './compute-spread';

export interface ContestedMetric<M> {
  metric: M;
  spread: Spread & { pair: NonNullable<Spread['pair']> };
}

/**
 * "Most contested": the metrics with a real disagreement, widest first. Only pairs that pass the comparable-pair
 * rule count, 5% or more apart, and never a pair that meets only after converting a rate to a year.
 */
export function rankContested<M>(
  metrics: readonly { metric: M; figures: readonly SpreadFigure[] }[],
  limit: number,
): ContestedMetric<M>[] {
  return metrics
    .flatMap(({ metric, figures }) => {
      const spread = computeSpread(figures, { conversions: false });
      return spread?.disagree && spread.pair ? [{ metric, spread: { ...spread, pair: spread.pair } }] : [];
    })
    .sort((a, b) => b.spread.pair.ratio - a.spread.pair.ratio)
    .slice(0, limit);
}
