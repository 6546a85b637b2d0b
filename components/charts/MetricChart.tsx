'use client';

import type { MetricChartData } from '@/lib/charts/shape-metric-chart';
import { ChartLegend } from './ChartLegend';
import { ClaimsChart } from './ClaimsChart';
import { PartsChart } from './PartsChart';
import { TimeSeriesChart } from './TimeSeriesChart';

function ChartBody({ chart }: { chart: MetricChartData }) {
  if (chart.kind === 'timeseries') return <TimeSeriesChart chart={chart} />;
  if (chart.kind === 'parts') return <PartsChart chart={chart} />;
  return <ClaimsChart chart={chart} />;
}

function captionText(chart: MetricChartData): string {
  if (chart.kind !== 'claims') return 'Select a mark to open its figure and source.';
  const sentences = [
    chart.spread && `${chart.spread.text}.`,
    chart.spread?.note,
    chart.normalised && 'Rates are converted to a year: daily figures × 365, weekly × 52, monthly × 12.',
    'Select a mark to open its figure and source.',
  ];
  return sentences.filter(Boolean).join(' ');
}

/** The chart of one metric's figures, drawn from data shaped on the server by `shapeMetricChart`. */
export function MetricChart({ chart }: { chart: MetricChartData }) {
  return (
    <figure style={{ margin: '1rem 0 1.5rem' }}>
      <ChartBody chart={chart} />
      <ChartLegend
        sides={chart.sides}
        markers={chart.kind === 'claims' ? chart.markers : []}
        hasNonMeasurements={chart.kind === 'claims' && chart.hasNonMeasurements}
      />
      <figcaption className="muted small">{captionText(chart)}</figcaption>
    </figure>
  );
}
