import type { ChartLayout } from '@/lib/charts/chart-layout';
import type { ClaimsChartData } from '@/lib/charts/shape-metric-chart';
import { PlottedMark } from './PlottedMark';
import { RowChart } from './RowChart';

/** Claims side by side: one row per figure, its value along a shared axis, in bands by period when they differ. */
export function ClaimsChart({
  chart,
  layout,
  atTop,
}: {
  chart: ClaimsChartData;
  layout: ChartLayout;
  atTop: boolean;
}) {
  return (
    <RowChart
      chart={chart}
      layout={layout}
      rows={chart.rows}
      bands={chart.bands}
      marks={({ scale, rowY }) =>
        chart.rows.map((row, index) => (
          <PlottedMark
            key={row.figureId}
            figure={row}
            cx={scale(row.value)}
            cy={rowY(index)}
            span={row.low !== null && row.high !== null ? [scale(row.low), scale(row.high)] : null}
            tip={index}
            atTop={atTop}
            valueAxis="x"
          />
        ))
      }
    />
  );
}
