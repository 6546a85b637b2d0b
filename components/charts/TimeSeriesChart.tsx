import { linearScale, spacedTimeTicks, type ChartLayout } from '@/lib/charts/chart-layout';
import type { TimeSeriesChartData } from '@/lib/charts/shape-metric-chart';
import { formatNumber } from '@/lib/format/format-number';
import { ChartSvg } from './ChartSvg';
import { MarkLink } from './MarkLink';
import { MarkValue } from './MarkValue';
import { PlottedMark } from './PlottedMark';
import { AxisBreak } from './ValueAxis';

// About half a label's width at the chart's 12-unit text, to keep it inside the drawing.
const halfWidth = (label: string) => label.length * 3.4;

// The least room between two period labels; a label that would come closer is left out.
const minLabelGap = 12;

/**
 * Figures over time on a time axis, in date order: flows as columns as wide as their periods (from zero, compared by
 * length), levels as points (joined only when each is a value, not a bound), each with its value written on it.
 */
export function TimeSeriesChart({
  chart,
  layout,
  atTop,
}: {
  chart: TimeSeriesChartData;
  layout: ChartLayout;
  atTop: boolean;
}) {
  const { height } = chart;
  const area = { left: layout.timeSeriesLeft, right: layout.width - 32, top: 24, bottom: height - 32 };
  const x = linearScale(chart.timeDomain, [area.left, area.right]);
  const y = linearScale(chart.domain, [area.bottom, area.top]);
  const labelled = spacedTimeTicks(chart.timeTicks, x, minLabelGap);
  // Tips are numbered across the series in drawing order, as chartTips lists them.
  const firstTip = chart.series.map((_, at) =>
    chart.series.slice(0, at).reduce((total, series) => total + series.points.length, 0),
  );
  const seriesCount = chart.series.length;
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
        {chart.broken && <AxisBreak x={area.left} y={area.bottom - 4} vertical />}
        {labelled.map((tick) => (
          <text
            key={tick.label}
            x={Math.min(
              Math.max(x(tick.at), area.left + halfWidth(tick.label)),
              layout.width - halfWidth(tick.label),
            )}
            y={area.bottom + 18}
            textAnchor="middle"
          >
            {tick.label}
          </text>
        ))}
        <text transform={`translate(14 ${(area.top + area.bottom) / 2}) rotate(-90)`} textAnchor="middle">
          {chart.axisLabel}
        </text>
      </g>
      {chart.series.map((series, seriesIndex) => (
        <g key={series.side}>
          {series.joined && (
            <polyline
              points={series.points
                .map((point) => `${x((point.start + point.end + 1) / 2)},${y(point.y)}`)
                .join(' ')}
              fill="none"
              stroke={series.colour}
              strokeWidth={2}
            />
          )}
          {series.points.map((point, pointIndex) => {
            const tip = (firstTip[seriesIndex] ?? 0) + pointIndex;
            if (chart.columns) {
              const slot = (x(point.end + 1) - x(point.start)) / seriesCount;
              const left = x(point.start) + slot * seriesIndex + slot * 0.1;
              const width = Math.max(slot * 0.8, 4);
              const top = y(Math.max(point.y, 0));
              const base = y(Math.max(chart.domain[0], 0));
              return (
                <g key={point.figureId}>
                  <MarkLink
                    href={`/figures/${point.figureId}`}
                    label={point.ariaLabel}
                    tip={tip}
                    x={left + width / 2}
                    y={top}
                    atTop={atTop}
                  >
                    <rect
                      x={left}
                      y={top}
                      width={width}
                      height={Math.max(base - top, 1)}
                      fill={series.colour}
                      fillOpacity={point.measurement ? 1 : 0.15}
                      stroke={series.colour}
                      strokeWidth={point.measurement ? 0 : 2}
                      strokeDasharray={point.measurement ? undefined : '4 3'}
                    />
                  </MarkLink>
                  <MarkValue
                    text={point.markText}
                    x={left + width / 2}
                    y={top - 8}
                    min={area.left}
                    max={layout.width}
                  />
                </g>
              );
            }
            const cx = x((point.start + point.end + 1) / 2);
            const cy = y(point.y);
            return (
              <g key={point.figureId}>
                <PlottedMark
                  figure={point}
                  cx={cx}
                  cy={cy}
                  span={point.low !== null && point.high !== null ? [y(point.low), y(point.high)] : null}
                  tip={tip}
                  atTop={atTop}
                  valueAxis="y"
                />
                <MarkValue
                  text={point.markText}
                  x={cx}
                  y={point.marker === 'open-right' ? cy + 26 : cy - 14}
                  min={area.left}
                  max={layout.width}
                />
              </g>
            );
          })}
        </g>
      ))}
    </ChartSvg>
  );
}
