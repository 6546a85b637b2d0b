import { chartLayouts, embedLayouts, type ChartLayout } from '@/lib/charts/chart-layout';
import { chartTakeaway } from '@/lib/charts/chart-takeaway';
import { chartTips } from '@/lib/charts/chart-tip';
import { chartConfigFor } from '@/lib/charts/side-colour';
import type { MetricChartData } from '@/lib/charts/shape-metric-chart';
import { ChartDownloads } from './ChartDownloads';
import { ChartLegend } from './ChartLegend';
import { ChartTooltips } from './ChartTooltips';
import { ClaimsChart } from './ClaimsChart';
import { EmbedCode } from './EmbedCode';
import { GroupsChart } from './GroupsChart';
import { PartsChart } from './PartsChart';
import { TimeSeriesChart } from './TimeSeriesChart';

function ChartBody({
  chart,
  layout,
  atTop,
}: {
  chart: MetricChartData;
  layout: ChartLayout;
  atTop: boolean;
}) {
  if (chart.kind === 'timeseries') return <TimeSeriesChart chart={chart} layout={layout} atTop={atTop} />;
  if (chart.kind === 'parts') return <PartsChart chart={chart} layout={layout} atTop={atTop} />;
  if (chart.kind === 'groups') return <GroupsChart chart={chart} layout={layout} atTop={atTop} />;
  return <ClaimsChart chart={chart} layout={layout} atTop={atTop} />;
}

/** What groups stand for, the spread and any conversion: what the caption says and the downloaded image carries. */
function chartNotes(chart: MetricChartData): string {
  if (chart.kind !== 'claims' && chart.kind !== 'groups') return '';
  const sentences = [
    chart.kind === 'groups' && `${chart.groupNote}.`,
    chart.spread && `${chart.spread.text}.`,
    chart.spread?.note,
    chart.kind === 'claims' &&
      chart.bands.length > 0 &&
      'Figures in different bands are for different periods, or are not measurements, and are not compared.',
    chart.conversionNote,
  ];
  return sentences.filter(Boolean).join(' ');
}

/**
 * The chart of one metric, drawn on the server as SVG from data shaped by `shapeMetricChart` (or, past the mark
 * limit, `shapeGroupsChart`), with tooltips, image downloads and embed code added in the browser. It is drawn twice,
 * wide and narrow, and CSS shows the one that suits the screen (the other is `display: none`, so screen readers and
 * the Tab key meet one chart). `embedded` is for the chart inside an iframe, a page with no script: no tooltips or
 * tools, and marks open in the whole window.
 */
export function MetricChart({
  chart,
  title,
  slug,
  sourceLine,
  embedded = false,
  tools = true,
}: {
  chart: MetricChartData;
  title: string;
  slug: string;
  sourceLine: string;
  embedded?: boolean;
  tools?: boolean;
}) {
  const takeaway = chartTakeaway(chart);
  const notes = chartNotes(chart);
  const figure = (
    <figure style={{ margin: embedded ? '0.5rem 0' : '0.25rem 0 0.75rem' }}>
      {takeaway && <p className="chart-takeaway">{takeaway}</p>}
      <div role="group" aria-label={chart.summary} className="chart-frame">
        {(embedded ? embedLayouts : chartLayouts).map((layout) => (
          <ChartBody key={layout.name} chart={chart} layout={layout} atTop={embedded} />
        ))}
        {!embedded && <ChartTooltips tips={chartTips(chart)} />}
      </div>
      <ChartLegend
        config={chartConfigFor(chart.sides)}
        markers={chart.kind === 'claims' ? chart.markers : []}
        hasNonMeasurements={
          (chart.kind === 'claims' || chart.kind === 'groups') && chart.rows.some((row) => !row.measurement)
        }
      />
      {notes && <figcaption className="muted small">{notes}</figcaption>}
    </figure>
  );
  if (embedded || !tools) return embedded ? figure : <div className="metric-chart">{figure}</div>;
  return (
    <div className="metric-chart">
      {figure}
      <div className="chart-tools">
        <ChartDownloads
          title={title}
          note={chartNotes(chart)}
          slug={slug}
          sourceLine={sourceLine}
          sides={chart.sides}
        />
        <EmbedCode slug={slug} title={title} chartHeight={chart.height} />
      </div>
    </div>
  );
}
