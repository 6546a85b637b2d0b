import { linearScale, rowCentre, rowPlotArea } from '@/lib/charts/chart-layout';
import type { ClaimsChartData } from '@/lib/charts/shape-metric-chart';
import { sideColour } from '@/lib/charts/side-colour';
import { ChartSvg } from './ChartSvg';
import { FigureMark } from './FigureMark';
import { MarkLink } from './MarkLink';
import { RowLabels } from './RowLabels';
import { ValueAxis } from './ValueAxis';

/** Claims side by side: one row per figure, its value along a shared axis. */
export function ClaimsChart({ chart, atTop }: { chart: ClaimsChartData; atTop: boolean }) {
  const { rows, height } = chart;
  const area = rowPlotArea(height, 16, 32);
  const scale = linearScale(chart.domain, [area.left, area.right]);
  return (
    <ChartSvg height={height}>
      <ValueAxis ticks={chart.ticks} scale={scale} area={area} label={chart.axisLabel} height={height} />
      <RowLabels rows={rows} area={area} />
      {rows.map((row, index) => {
        const x = scale(row.value);
        const y = rowCentre(area, index, rows.length);
        const span: [number, number] | null =
          row.low !== null && row.high !== null ? [scale(row.low), scale(row.high)] : null;
        return (
          <MarkLink
            key={row.figureId}
            href={`/figures/${row.figureId}`}
            label={row.ariaLabel}
            tip={index}
            x={x}
            y={y}
            atTop={atTop}
          >
            <FigureMark
              cx={x}
              cy={y}
              marker={row.marker}
              span={span}
              colour={sideColour(row.side)}
              hollow={!row.measurement}
              valueAxis="x"
            />
          </MarkLink>
        );
      })}
    </ChartSvg>
  );
}
