import type { ReactNode } from 'react';
import {
  linearScale,
  rowCentre,
  rowChartHeight,
  rowPlotArea,
  type ChartLayout,
  type PlotArea,
  type Scale,
} from '@/lib/charts/chart-layout';
import type { ChartBase } from '@/lib/charts/shape-metric-chart';
import { ChartSvg } from './ChartSvg';
import { RowLabels } from './RowLabels';
import { ValueAxis } from './ValueAxis';

/**
 * A horizontal chart of rows (claims, parts, groups) in `layout`: labels on the left, the value axis below; `marks`
 * draws each row's mark from the value scale and the row's centre.
 */
export function RowChart({
  chart,
  layout,
  rows,
  top = 16,
  rightPadding = 32,
  marks,
}: {
  chart: Pick<ChartBase, 'domain' | 'ticks' | 'axisLabel'>;
  layout: ChartLayout;
  rows: readonly { label: string; sublabel: string }[];
  top?: number;
  rightPadding?: number;
  marks: (layout: { scale: Scale; area: PlotArea; rowY: (index: number) => number }) => ReactNode;
}) {
  const height = rowChartHeight(rows.length, layout);
  const area = rowPlotArea(layout, height, top, rightPadding);
  const scale = linearScale(chart.domain, [area.left, area.right]);
  return (
    <ChartSvg layout={layout} height={height}>
      <ValueAxis ticks={chart.ticks} scale={scale} area={area} label={chart.axisLabel} height={height} />
      <RowLabels rows={rows} area={area} layout={layout} />
      {marks({ scale, area, rowY: (index) => rowCentre(area, index, rows.length) })}
    </ChartSvg>
  );
}
