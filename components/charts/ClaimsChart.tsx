import { CartesianGrid, Scatter, ScatterChart, type ScatterShapeProps } from 'recharts';
import type { ClaimRow } from '@/lib/charts/shape-claim-rows';
import type { ClaimsChartData } from '@/lib/charts/shape-metric-chart';
import { ChartFrame } from './ChartFrame';
import { PlottedMark } from './PlottedMark';
import { RowLabelAxis } from './RowLabelAxis';
import { ValueAxis } from './ValueAxis';

function renderMark(props: ScatterShapeProps) {
  const row: ClaimRow = props.payload;
  if (props.cx === undefined || props.cy === undefined) return null;
  return <PlottedMark cx={props.cx} cy={props.cy} figure={row} valueAxis="x" />;
}

/** Claims side by side: one row per figure, its value along a shared axis. */
export function ClaimsChart({ chart }: { chart: ClaimsChartData }) {
  const { rows } = chart;
  return (
    <ChartFrame height={chart.height} summary={chart.summary}>
      <ScatterChart margin={{ top: 16, right: 32, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke="var(--rule)" strokeDasharray="2 4" />
        <ValueAxis domain={chart.domain} ticks={chart.ticks} label={chart.axisLabel} />
        <RowLabelAxis
          type="number"
          dataKey="index"
          domain={[-0.5, rows.length - 0.5]}
          ticks={rows.map((row) => row.index)}
          interval={0}
          reversed
          labelOf={(value) => rows[Number(value)]}
        />
        <Scatter data={rows} isAnimationActive={false} shape={renderMark} />
      </ScatterChart>
    </ChartFrame>
  );
}
