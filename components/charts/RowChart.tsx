import type { ReactNode } from 'react';
import { linearScale, rowCentre, rowPlotArea, type PlotArea, type Scale } from '@/lib/charts/chart-layout';
import type { ChartBase } from '@/lib/charts/shape-metric-chart';
import { ChartSvg } from './ChartSvg';
import { RowLabels } from './RowLabels';
import { ValueAxis } from './ValueAxis';

/**
 * A horizontal chart of rows (claims, parts, groups): labels on the left, the value axis below; `marks` draws each
 * row's mark from the value scale and the row's centre.
 */
export function RowChart({
  chart,
  rows,
  top = 16,
  rightPadding = 32,
  marks,
}: {
  chart: Pick<ChartBase, 'height' | 'domain' | 'ticks' | 'axisLabel'>;
  rows: readonly { label: string; sublabel: string }[];
  top?: number;
  rightPadding?: number;
  marks: (layout: { scale: Scale; area: PlotArea; rowY: (index: number) => number }) => ReactNode;
}) {
  const area = rowPlotArea(chart.height, top, rightPadding);
  const scale = linearScale(chart.domain, [area.left, area.right]);
  return (
    <ChartSvg height={chart.height}>
      <ValueAxis
        ticks={chart.ticks}
        scale={scale}
        area={area}
        label={chart.axisLabel}
        height={chart.height}
      />
      <RowLabels rows={rows} area={area} />
      {marks({ scale, area, rowY: (index) => rowCentre(area, index, rows.length) })}
    </ChartSvg>
  );
}
