import { Bar, BarChart, CartesianGrid, ReferenceLine, type BarShapeProps } from 'recharts';
import type { PartsChartData } from '@/lib/charts/shape-metric-chart';
import type { PartBar } from '@/lib/charts/shape-parts';
import { sideColour } from '@/lib/charts/side-colour';
import { ChartFrame } from './ChartFrame';
import { MarkLink } from './MarkLink';
import { RowLabelAxis } from './RowLabelAxis';
import { ValueAxis } from './ValueAxis';

function renderBar(props: BarShapeProps) {
  const bar: PartBar = props.payload;
  const colour = sideColour(bar.side);
  return (
    <MarkLink detail={bar} x={props.x + props.width} y={props.y + props.height / 2}>
      <rect
        x={props.x}
        y={props.y}
        width={props.width}
        height={props.height}
        fill={colour}
        fillOpacity={bar.isTotal ? 0.35 : 1}
        stroke={colour}
      />
    </MarkLink>
  );
}

/** Parts of a whole: one bar per figure, a stated total first and lighter, or a line at 100% for shares. */
export function PartsChart({ chart }: { chart: PartsChartData }) {
  const { bars } = chart;
  return (
    <ChartFrame height={chart.height} summary={chart.summary}>
      <BarChart
        data={bars}
        layout="vertical"
        margin={{ top: 24, right: 48, bottom: 0, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} stroke="var(--rule)" strokeDasharray="2 4" />
        <ValueAxis domain={chart.domain} ticks={chart.ticks} label={chart.axisLabel} />
        <RowLabelAxis
          type="category"
          dataKey="figureId"
          labelOf={(value) => bars.find((bar) => bar.figureId === value)}
        />
        {chart.wholeLabel && chart.total !== null && (
          <ReferenceLine
            x={chart.total}
            stroke="var(--ink-muted)"
            strokeDasharray="4 4"
            label={{ value: chart.wholeLabel, position: 'top', fill: 'var(--ink-muted)', fontSize: 12 }}
          />
        )}
        <Bar dataKey="value" barSize={20} isAnimationActive={false} shape={renderBar} />
      </BarChart>
    </ChartFrame>
  );
}
