'use client';

import { useRef } from 'react';
import type { MetricChartData } from '@/lib/charts/shape-metric-chart';
import { ChartDownloads } from './ChartDownloads';
import { ChartLegend } from './ChartLegend';
import { ClaimsChart } from './ClaimsChart';
import { EmbedCode } from './EmbedCode';
import { PartsChart } from './PartsChart';
import { TimeSeriesChart } from './TimeSeriesChart';
import { TopLevelLinks } from './TopLevelLinks';

function ChartBody({ chart }: { chart: MetricChartData }) {
  if (chart.kind === 'timeseries') return <TimeSeriesChart chart={chart} />;
  if (chart.kind === 'parts') return <PartsChart chart={chart} />;
  return <ClaimsChart chart={chart} />;
}

/** The spread and any conversion: what the caption says and the downloaded image carries. */
function chartNotes(chart: MetricChartData): string {
  if (chart.kind !== 'claims') return '';
  const sentences = [
    chart.spread && `${chart.spread.text}.`,
    chart.spread?.note,
    chart.normalised && 'Rates are converted to a year: daily figures × 365, weekly × 52, monthly × 12.',
  ];
  return sentences.filter(Boolean).join(' ');
}

function captionText(chart: MetricChartData): string {
  return [chartNotes(chart), 'Select a mark to open its figure and source.'].filter(Boolean).join(' ');
}

/**
 * The chart of one metric's figures, drawn from data shaped on the server by `shapeMetricChart`, with its image
 * downloads and embed code. `embedded` is for the chart inside an iframe: no tools, and marks open at the top level.
 */
export function MetricChart({
  chart,
  title,
  slug,
  sourceLine,
  embedded = false,
}: {
  chart: MetricChartData;
  title: string;
  slug: string;
  sourceLine: string;
  embedded?: boolean;
}) {
  const figureRef = useRef<HTMLElement>(null);
  const figure = (
    <figure ref={figureRef} style={{ margin: embedded ? '0.5rem 0' : '1rem 0 0.75rem' }}>
      <ChartBody chart={chart} />
      <ChartLegend
        sides={chart.sides}
        markers={chart.kind === 'claims' ? chart.markers : []}
        hasNonMeasurements={chart.kind === 'claims' && chart.hasNonMeasurements}
      />
      <figcaption className="muted small">{captionText(chart)}</figcaption>
    </figure>
  );
  if (embedded) return <TopLevelLinks>{figure}</TopLevelLinks>;
  return (
    <>
      {figure}
      <div className="chart-tools">
        <ChartDownloads
          title={title}
          note={chartNotes(chart)}
          slug={slug}
          sourceLine={sourceLine}
          sides={chart.sides}
          chartRef={figureRef}
        />
        <EmbedCode slug={slug} title={title} chartHeight={chart.height} />
      </div>
    </>
  );
}
