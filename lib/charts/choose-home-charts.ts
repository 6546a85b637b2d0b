interface MetricSummary {
  slug: string;
  topicId: number;
  figureCount: number;
}

/**
 * The metrics the home page charts: every metric with figures from several claimants (whether or not they may be
 * compared, the chart says), and for a topic with none of those, its metric with the most figures (when it has two
 * or more), so each topic shows at least one chart.
 */
export function chooseHomeCharts(
  metrics: readonly MetricSummary[],
  severalClaimantSlugs: readonly string[],
): string[] {
  const severalClaimants = new Set(severalClaimantSlugs);
  const chosen = metrics.filter((metric) => severalClaimants.has(metric.slug));
  const topicsCharted = new Set(chosen.map((metric) => metric.topicId));
  const busiestByTopic = new Map<number, MetricSummary>();
  for (const metric of metrics) {
    if (topicsCharted.has(metric.topicId) || metric.figureCount < 2) continue;
    const busiest = busiestByTopic.get(metric.topicId);
    if (!busiest || metric.figureCount > busiest.figureCount) busiestByTopic.set(metric.topicId, metric);
  }
  return [...chosen, ...busiestByTopic.values()].map((metric) => metric.slug);
}
