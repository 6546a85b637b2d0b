import type { ReactNode } from 'react';
import {
  bandHeadingHeight,
  linearScale,
  placeRows,
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
 * A horizontal chart of rows (claims, parts, groups) in `layout`: labels on the left, whole, the value axis below;
 * `marks` draws each row's mark from the value scale and the row's centre.
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
  chart: Pick<ChartBase, 'domain' | 'ticks' | 'axisLabel' | 'broken'>;
  layout: ChartLayout;
  rows: readonly { label: string; sublabel: string }[];
  /** Runs of rows that are not compared with each other: every second one is shaded, each has its heading. */
  bands?: readonly RowBand[];
  top?: number;
  rightPadding?: number;
  marks: (layout: { scale: Scale; area: PlotArea; rowY: (index: number) => number }) => ReactNode;
}) {
  const placed = placeRows(
    rows,
    layout,
    bands.map((band) => band.first),
    top,
  );
  const area = rowPlotArea(layout, placed.height, top, rightPadding);
  const scale = linearScale(chart.domain, [area.left, area.right]);
  const rowY = (index: number) => placed.centres[index] ?? area.top;
  return (
    <ChartSvg layout={layout} height={placed.height}>
      {bands.map((band, index) => {
        const bandTop = (placed.tops[band.first] ?? area.top) - bandHeadingHeight;
        const bandBottom = placed.bottoms[band.last] ?? area.bottom;
        return (
          <g key={band.first}>
            {index % 2 === 1 && (
              <rect
                x={0}
                y={bandTop}
                width={layout.width}
                height={bandBottom - bandTop}
                fill="var(--paper-alt)"
              />
            )}
            {index > 0 && <line x1={0} x2={layout.width} y1={bandTop} y2={bandTop} stroke="var(--rule)" />}
            <text x={4} y={bandTop + 17} fontSize={13} fontWeight={600} fill="var(--ink)">
              {band.heading}
            </text>
          </g>
        );
      })}
      <ValueAxis
        ticks={chart.ticks}
        scale={scale}
        area={area}
        label={chart.axisLabel}
        height={placed.height}
        broken={chart.broken ?? false}
      />
      <RowLabels rows={rows} area={area} layout={layout} rowY={rowY} />
      {marks({ scale, area, rowY })}
    </ChartSvg>
  );
}
