import type { ChartLayout } from '@/lib/charts/chart-layout';
import type { GroupsChartData } from '@/lib/charts/shape-figure-groups';
import { sideColour } from '@/lib/charts/side-colour';
import { FigureMark } from './FigureMark';
import { MarkLink } from './MarkLink';
import { MarkValue } from './MarkValue';
import { RowChart } from './RowChart';

/**
 * Too many figures for a mark each: one row per claimant and period, a bar over its range, a dot at the latest, the
 * range written over it.
 */
export function GroupsChart({
  chart,
  layout,
  atTop,
}: {
  chart: GroupsChartData;
  layout: ChartLayout;
  atTop: boolean;
}) {
  return (
    <RowChart
      chart={chart}
      layout={layout}
      rows={chart.rows}
      marks={({ scale, area, rowY }) =>
        chart.rows.map((row, index) => {
          const x = scale(row.latest);
          const y = rowY(index);
          const colour = sideColour(row.side);
          const hollow = !row.measurement;
          const extent: [number, number] = [scale(row.min) - 9, scale(row.max) + 9];
          return (
            <g key={index}>
              <MarkLink href={row.href} label={row.ariaLabel} tip={index} x={x} y={y} atTop={atTop}>
                {row.min < row.max && (
                  <FigureMark
                    cx={x}
                    cy={y}
                    marker="range"
                    span={[scale(row.min), scale(row.max)]}
                    colour={colour}
                    hollow={hollow}
                    valueAxis="x"
                  />
                )}
                <FigureMark cx={x} cy={y} marker="point" colour={colour} hollow={hollow} valueAxis="x" />
              </MarkLink>
              <MarkValue
                text={row.markText}
                x={(extent[0] + extent[1]) / 2}
                y={layout.labelsAbove ? y : y - 12}
                min={area.left}
                max={area.right + 24}
                beside={layout.labelsAbove ? extent : undefined}
              />
            </g>
          );
        })
      }
    />
  );
}
