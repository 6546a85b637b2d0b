import { linearScale, rowCentre, rowPlotArea } from '@/lib/charts/chart-layout';
import type { PartsChartData } from '@/lib/charts/shape-metric-chart';
import { sideColour } from '@/lib/charts/side-colour';
import { ChartSvg } from './ChartSvg';
import { MarkLink } from './MarkLink';
import { RowLabels } from './RowLabels';
import { ValueAxis } from './ValueAxis';

const barThickness = 20;

/** Parts of a whole: one bar per figure, a stated total first and lighter, or a line at 100% for shares. */
export function PartsChart({ chart, atTop }: { chart: PartsChartData; atTop: boolean }) {
  const { bars, height } = chart;
  const area = rowPlotArea(height, 24, 48);
  const scale = linearScale(chart.domain, [area.left, area.right]);
  const zero = scale(Math.max(chart.domain[0], 0));
  return (
    <ChartSvg height={height}>
      <ValueAxis ticks={chart.ticks} scale={scale} area={area} label={chart.axisLabel} height={height} />
      <RowLabels rows={bars} area={area} />
      {chart.wholeLabel && chart.total !== null && (
        <g stroke="var(--ink-muted)" fill="var(--ink-muted)">
          <line
            x1={scale(chart.total)}
            x2={scale(chart.total)}
            y1={area.top}
            y2={area.bottom}
            strokeDasharray="4 4"
          />
          <text x={scale(chart.total)} y={area.top - 6} textAnchor="middle" stroke="none" fontSize={12}>
            {chart.wholeLabel}
          </text>
        </g>
      )}
      {bars.map((bar, index) => {
        const y = rowCentre(area, index, bars.length);
        const end = scale(bar.value);
        const colour = sideColour(bar.side);
        return (
          <MarkLink
            key={bar.figureId}
            href={`/figures/${bar.figureId}`}
            label={bar.ariaLabel}
            tip={index}
            x={end}
            y={y}
            atTop={atTop}
          >
            <rect
              x={Math.min(zero, end)}
              y={y - barThickness / 2}
              width={Math.max(Math.abs(end - zero), 1)}
              height={barThickness}
              fill={colour}
              fillOpacity={bar.isTotal ? 0.35 : 1}
              stroke={colour}
            />
          </MarkLink>
        );
      })}
    </ChartSvg>
  );
}
