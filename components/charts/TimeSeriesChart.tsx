import { CartesianGrid, Scatter, ScatterChart, XAxis, YAxis, type ScatterShapeProps } from 'recharts';
import type { TimeSeriesChartData } from '@/lib/charts/shape-metric-chart';
import type { TimeSeriesPoint } from '@/lib/charts/shape-time-series';
import { formatNumber } from '@/lib/format/format-number';
import { ChartFrame } from './ChartFrame';
import { PlottedMark } from './PlottedMark';

function renderMark(props: ScatterShapeProps) {
  const point: TimeSeriesPoint = props.payload;
  if (props.cx === undefined || props.cy === undefined) return null;
  return <PlottedMark cx={props.cx} cy={props.cy} figure={point} valueAxis="y" />;
}

/** Figures over consecutive periods: one line of dots per side. */
export function TimeSeriesChart({ chart }: { chart: TimeSeriesChartData }) {
  const { periods } = chart;
  return (
    <ChartFrame height={chart.height} summary={chart.summary}>
      <ScatterChart margin={{ top: 16, right: 32, bottom: 0, left: 16 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke="var(--rule)" strokeDasharray="2 4" />
        <XAxis
          type="number"
          dataKey="x"
          domain={[-0.5, periods.length - 0.5]}
          ticks={periods.map((_, index) => index)}
          interval={0}
          tickFormatter={(index: number) => periods[index] ?? ''}
          height={32}
        />
        <YAxis
          type="number"
          dataKey="y"
          domain={chart.domain}
          ticks={chart.ticks}
          tickFormatter={formatNumber}
          width={88}
          label={{ value: chart.axisLabel, angle: -90, position: 'insideLeft', fill: 'var(--ink-muted)' }}
        />
        {chart.series.map((series) => (
          <Scatter
            key={series.side}
            name={series.label}
            data={series.points}
            line={{ stroke: series.colour, strokeWidth: 2 }}
            isAnimationActive={false}
            shape={renderMark}
          />
        ))}
      </ScatterChart>
    </ChartFrame>
  );
}
