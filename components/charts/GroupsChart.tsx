import { linearScale, rowCentre, rowPlotArea } from '@/lib/charts/chart-layout';
import type { GroupsChartData } from '@/lib/charts/shape-figure-groups';
import { sideColour } from '@/lib/charts/side-colour';
import { ChartSvg } from './ChartSvg';
import { FigureMark } from './FigureMark';
import { MarkLink } from './MarkLink';
import { RowLabels } from './RowLabels';
import { ValueAxis } from './ValueAxis';

/** Too many figures for a mark each: one row per claimant and period, a bar over its range, a dot at the latest. */
export function GroupsChart({ chart, atTop }: { chart: GroupsChartData; atTop: boolean }) {
  const { rows, height } = chart;
  const area = rowPlotArea(height, 16, 32);
  const scale = linearScale(chart.domain, [area.left, area.right]);
  return (
    <ChartSvg height={height}>
      <ValueAxis ticks={chart.ticks} scale={scale} area={area} label={chart.axisLabel} height={height} />
      <RowLabels rows={rows} area={area} />
      {rows.map((row, index) => {
        const x = scale(row.latest);
        const y = rowCentre(area, index, rows.length);
        const colour = sideColour(row.side);
        const hollow = !row.measurement;
        return (
          <MarkLink
            key={row.href + row.sublabel}
            href={row.href}
            label={row.ariaLabel}
            tip={index}
            x={x}
            y={y}
            atTop={atTop}
          >
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
      })}
    </ChartSvg>
  );
}
