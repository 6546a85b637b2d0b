import type { ChartLayout } from '@/lib/charts/chart-layout';
import type { PartsChartData } from '@/lib/charts/shape-metric-chart';
import { sideColour } from '@/lib/charts/side-colour';
import { MarkLink } from './MarkLink';
import { RowChart } from './RowChart';

const barThickness = 20;

/** Parts of a whole: one bar per figure, a stated total first and lighter, or a line at 100% for shares. */
export function PartsChart({
  chart,
  layout,
  atTop,
}: {
  chart: PartsChartData;
  layout: ChartLayout;
  atTop: boolean;
}) {
  const { bars } = chart;
  return (
    <RowChart
      chart={chart}
      layout={layout}
      rows={bars}
      top={24}
      rightPadding={48}
      marks={({ scale, area, rowY }) => {
        const zero = scale(Math.max(chart.domain[0], 0));
        return (
          <>
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
              const y = rowY(index);
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
          </>
        );
      }}
    />
  );
}
