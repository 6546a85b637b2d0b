import type { MetricChartFigures } from '@/db/queries/chart-figures';
import type { FigureRecord } from '@/db/queries/figure-records';
import { sourceLine } from '@/lib/figures/source-line';
import { chooseMetricForm, type MetricForm } from './choose-metric-chart';
import { computeSpread, type Spread } from './compute-spread';
import { shapeNumberCard, type NumberCardData } from './shape-number-card';
import { shapeGroupsChart } from './shape-figure-groups';
import { shapeMetricChart, type MetricChartData } from './shape-metric-chart';

export interface ShapedChart {
  /** What a reader sees: a number card for one figure, else the chart (groups past the mark limit). */
  form: MetricForm | 'groups';
  /** The one figure, when the form is a number card (the chart is still drawn, for embeds and images). */
  card: NumberCardData | null;
  chart: MetricChartData | null;
  /** How far the claimants disagree, measured on every figure of the metric however many there are. */
  spread: Spread | null;
  sourceLine: string;
}

/** A metric's chart, spread and source line from what getMetricChartFigures read: its figures, or groups of them. */
export function shapeChartFigures(
  data: MetricChartFigures,
  metric: Pick<FigureRecord['metric'], 'slug' | 'name' | 'unit'>,
): ShapedChart {
  if (data.mode === 'figures') {
    const chart = shapeMetricChart(data.records);
    // A claims chart has measured the spread already; other charts do not carry one.
    const spread = chart?.kind === 'claims' ? chart.spread : computeSpread(data.records);
    const form = chooseMetricForm(data.records);
    const only = data.records[0];
    const card = form === 'number' && only ? shapeNumberCard(only) : null;
    return { form, card, chart, spread, sourceLine: sourceLine(data.records) };
  }
  const spread = computeSpread(data.spreadFigures);
  const chart = shapeGroupsChart({ ...data, metric, spread });
  return { form: 'groups', card: null, chart, spread, sourceLine: sourceLine(data.credits) };
}
