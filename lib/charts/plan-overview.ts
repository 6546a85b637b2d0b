import type { MetricForm } from './choose-metric-chart';

export interface OverviewMetric {
  slug: string;
  figureCount: number;
  claimantCount: number;
}

export interface OverviewPlan<M> {
  /** Real disagreements, widest first: charted first. */
  disagree: M[];
  /** Figures over time: charted next. */
  overTime: M[];
  /** Everything else with figures: compact cards. */
  rest: M[];
}

/**
 * The metrics whose figures a page of several metrics reads to chart: the disagreements (widest first), then the
 * metrics with the most figures, at most `limit` in all, so the page reads a bounded number of charts.
 */
export function chooseChartCandidates<M extends OverviewMetric>(
  metrics: readonly M[],
  contestedSlugs: readonly string[],
  limit: number,
): M[] {
  const bySlug = new Map(metrics.map((metric) => [metric.slug, metric]));
  const contested = contestedSlugs.flatMap((slug) => bySlug.get(slug) ?? []);
  const busiest = metrics
    .filter((metric) => metric.figureCount > 1 && !contestedSlugs.includes(metric.slug))
    .sort((a, b) => b.figureCount - a.figureCount);
  return [...contested, ...busiest].slice(0, limit);
}

/**
 * The order of a page of several metrics: where sources disagree (by the comparable-pair rule, widest first), then
 * what changes over time, then everything else; at most `limits` charts in the first two.
 */
export function planOverview<M extends OverviewMetric>(
  metrics: readonly M[],
  contestedSlugs: readonly string[],
  forms: ReadonlyMap<string, MetricForm | 'groups'>,
  limits: { disagree: number; overTime: number },
): OverviewPlan<M> {
  const bySlug = new Map(metrics.map((metric) => [metric.slug, metric]));
  const disagree = contestedSlugs.flatMap((slug) => bySlug.get(slug) ?? []).slice(0, limits.disagree);
  const charted = new Set(disagree.map((metric) => metric.slug));
  const overTime = metrics
    .filter((metric) => !charted.has(metric.slug) && forms.get(metric.slug) === 'timeline')
    .slice(0, limits.overTime);
  for (const metric of overTime) charted.add(metric.slug);
  const rest = metrics.filter((metric) => metric.figureCount > 0 && !charted.has(metric.slug));
  return { disagree, overTime, rest };
}

/** "79 quantities; 7 have figures from more than one source; in 2 of them the sources disagree." */
export function describeDataset(metrics: readonly OverviewMetric[], disagreeing: number): string {
  const several = metrics.filter((metric) => metric.claimantCount > 1).length;
  const quantities = `${metrics.length} ${metrics.length === 1 ? 'quantity' : 'quantities'}`;
  const sources =
    several === 0
      ? 'none has figures from more than one source'
      : `${several} ${several === 1 ? 'has' : 'have'} figures from more than one source`;
  const disagree =
    several === 0
      ? ''
      : disagreeing === 0
        ? ', and in none of them do the sources disagree'
        : `; in ${disagreeing} of them the sources disagree`;
  return `${quantities}; ${sources}${disagree}.`;
}
