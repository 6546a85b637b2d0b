import type { ChartLayout } from '@/lib/charts/chart-layout';
import type { GroupsChartData } from '@/lib/charts/shape-figure-groups';
import { sideColour } from '@/lib/charts/side-colour';
import { FigureMark } from './FigureMark';
import { MarkLink } from './MarkLink';
import { RowChart } from './RowChart';

/** Too many figures for a mark each: one row per claimant and period, a bar over its range, a dot at the latest. */
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
      marks={({ scale, rowY }) =>
        chart.rows.map((row, index) => {
          const x = scale(row.latest);
          const y = rowY(index);
          const colour = sideColour(row.side);
          const hollow = !row.measurement;
          return (
            <MarkLink key={index} href={row.href} label={row.ariaLabel} tip={index} x={x} y={y} atTop={atTop}>
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
          );
        })
      }
    />
  );
}
