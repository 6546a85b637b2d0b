import type { PreparedMetricRelation } from './prepared-seed';
import type { SeedProblem } from './seed-error';
import type { MetricSeed } from './seed-schema';

/**
 * Each relation declared in metrics.yaml as two directed rows, one read on each metric's page. A relation must
 * name another metric that exists, and a pair is declared once, on either of its metrics.
 */
export function prepareMetricRelations(
  metrics: MetricSeed[],
  problems: SeedProblem[],
): PreparedMetricRelation[] {
  const known = new Set(metrics.map((metric) => metric.slug));
  const declaredOn = new Map<string, string>();
  const rows: PreparedMetricRelation[] = [];
  for (const metric of metrics) {
    for (const related of metric.related) {
      const problem = (text: string) =>
        problems.push({ file: 'metrics.yaml', record: `metric ${metric.slug}`, problem: `related: ${text}` });
      if (related.metric === metric.slug) {
        problem('a metric cannot be related to itself');
        continue;
      }
      if (!known.has(related.metric)) {
        problem(`metric "${related.metric}" is not in metrics.yaml`);
        continue;
      }
      const pair = [metric.slug, related.metric].sort().join(' ');
      const earlier = declaredOn.get(pair);
      if (earlier !== undefined) {
        problem(
          earlier === metric.slug
            ? `metric "${related.metric}" is listed more than once`
            : `the relation with "${related.metric}" is already declared on that metric; declare a pair once`,
        );
        continue;
      }
      declaredOn.set(pair, metric.slug);
      rows.push(
        { metricSlug: metric.slug, relatedMetricSlug: related.metric, relation: related.relation },
        { metricSlug: related.metric, relatedMetricSlug: metric.slug, relation: related.reverse },
      );
    }
  }
  return rows;
}
