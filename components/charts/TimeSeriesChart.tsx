import { linearScale, spacedTicks, type ChartLayout } from '@/lib/charts/chart-layout';
import type { TimeSeriesChartData } from '@/lib/charts/shape-metric-chart';
import { formatNumber } from '@/lib/format/format-number';
import { ChartSvg } from './ChartSvg';
import { PlottedMark } from './PlottedMark';

/** Figures over consecutive periods: one line of dots per side. */
export function TimeSeriesChart({
  chart,
  layout,
  atTop,
}: {
  chart: TimeSeriesChartData;
  layout: ChartLayout;
  atTop: boolean;
}) {
  const { periods, height } = chart;
  const area = { left: layout.timeSeriesLeft, right: layout.width - 32, top: 16, bottom: height - 32 };
  const x = linearScale([-0.5, periods.length - 0.5], [area.left, area.right]);
  const y = linearScale(chart.domain, [area.bottom, area.top]);
  const labelled = new Set(
    spacedTicks(
      periods.map((_, index) => index),
      area.right - area.left,
    ),
  );
  // Tips are numbered across the series in drawing order, as chartTips lists them.
  const firstTip = chart.series.map((_, at) =>
    chart.series.slice(0, at).reduce((total, series) => total + series.points.length, 0),
  );
  return (
    <ChartSvg layout={layout} height={height}>
      <g fill="var(--ink-muted)">
        {chart.ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={area.left}
              x2={area.right}
              y1={y(tick)}
              y2={y(tick)}
              stroke="var(--rule)"
              strokeDasharray="2 4"
            />
            <text x={area.left - 8} y={y(tick) + 4} textAnchor="end">
              {formatNumber(tick)}
            </text>
          </g>
        ))}
        <line x1={area.left} x2={area.right} y1={area.bottom} y2={area.bottom} stroke="var(--ink-muted)" />
        {periods.map((period, index) =>
          labelled.has(index) ? (
            <text key={period} x={x(index)} y={area.bottom + 18} textAnchor="middle">
              {period}
            </text>
          ) : null,
        )}
        <text transform={`translate(14 ${(area.top + area.bottom) / 2}) rotate(-90)`} textAnchor="middle">
          {chart.axisLabel}
        </text>
      </g>
      {chart.series.map((series, seriesIndex) => (
        <g key={series.side}>
          <polyline
            points={series.points.map((point) => `${x(point.x)},${y(point.y)}`).join(' ')}
            fill="none"
            stroke={series.colour}
            strokeWidth={2}
          />
          {series.points.map((point, pointIndex) => {
            const cx = x(point.x);
            const cy = y(point.y);
            return (
              <PlottedMark
                key={point.figureId}
                figure={point}
                cx={cx}
                cy={cy}
                span={point.low !== null && point.high !== null ? [y(point.low), y(point.high)] : null}
                tip={(firstTip[seriesIndex] ?? 0) + pointIndex}
                atTop={atTop}
                valueAxis="y"
              />
            );
          })}
        </g>
      ))}
    </ChartSvg>
  );
}
