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
import type { RowBand } from '@/lib/charts/shape-claim-rows';
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
  bands = [],
  top = 16,
  rightPadding = 32,
  marks,
}: {
  chart: Pick<ChartBase, 'domain' | 'ticks' | 'axisLabel'>;
  layout: ChartLayout;
  rows: readonly { label: string; sublabel: string }[];
  /** Runs of rows of one period: every second one is shaded, and a rule separates them. */
  bands?: readonly RowBand[];
  top?: number;
  rightPadding?: number;
  marks: (layout: { scale: Scale; area: PlotArea; rowY: (index: number) => number }) => ReactNode;
}) {
  const height = rowChartHeight(rows.length, layout);
  const area = rowPlotArea(layout, height, top, rightPadding);
  const scale = linearScale(chart.domain, [area.left, area.right]);
  const rowTop = (index: number) => area.top + (index * (area.bottom - area.top)) / Math.max(rows.length, 1);
  return (
    <ChartSvg layout={layout} height={height}>
      {bands.map((band, index) => (
        <g key={band.first}>
          {index % 2 === 1 && (
            <rect
              x={0}
              y={rowTop(band.first)}
              width={layout.width}
              height={rowTop(band.last + 1) - rowTop(band.first)}
              fill="var(--paper-alt)"
            />
          )}
          {index > 0 && (
            <line
              x1={0}
              x2={layout.width}
              y1={rowTop(band.first)}
              y2={rowTop(band.first)}
              stroke="var(--rule)"
            />
          )}
        </g>
      ))}
      <ValueAxis ticks={chart.ticks} scale={scale} area={area} label={chart.axisLabel} height={height} />
      <RowLabels rows={rows} area={area} layout={layout} />
      {marks({ scale, area, rowY: (index) => rowCentre(area, index, rows.length) })}
    </ChartSvg>
  );
}
