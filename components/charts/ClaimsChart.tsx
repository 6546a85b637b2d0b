import type { ChartLayout } from '@/lib/charts/chart-layout';
import type { MarkerKind } from '@/lib/charts/marker-kind';
import type { ClaimsChartData } from '@/lib/charts/shape-metric-chart';
import { MarkValue } from './MarkValue';
import { PlottedMark } from './PlottedMark';
import { RowChart } from './RowChart';

/**
 * Claims side by side: one row per figure, its value written over its mark along a shared axis, in bands by period
 * and kind when they differ, and the widest disagreement drawn as a connector labelled with its ratio.
 */
export function ClaimsChart({
  chart,
  layout,
  atTop,
}: {
  chart: ClaimsChartData;
  layout: ChartLayout;
  atTop: boolean;
}) {
  return (
    <RowChart
      chart={chart}
      layout={layout}
      rows={chart.rows}
      bands={chart.bands}
      marks={({ scale, area, rowY }) => (
        <>
          {chart.connector && (
            <SpreadConnector
              x1={scale(chart.rows[chart.connector.from]?.value ?? 0)}
              y1={rowY(chart.connector.from)}
              x2={scale(chart.rows[chart.connector.to]?.value ?? 0)}
              y2={rowY(chart.connector.to)}
              label={chart.connector.label}
            />
          )}
          {chart.rows.map((row, index) => {
            const span: [number, number] | null =
              row.low !== null && row.high !== null ? [scale(row.low), scale(row.high)] : null;
            return (
              <g key={row.figureId}>
                <PlottedMark
                  figure={row}
                  cx={scale(row.value)}
                  cy={rowY(index)}
                  span={span}
                  tip={index}
                  atTop={atTop}
                  valueAxis="x"
                />
                <MarkValue
                  text={row.markText}
                  x={span ? (span[0] + span[1]) / 2 : scale(row.value)}
                  y={layout.labelsAbove ? rowY(index) : rowY(index) - 12}
                  min={area.left}
                  max={area.right + 24}
                  beside={layout.labelsAbove ? markExtent(row.marker, scale(row.value), span) : undefined}
                />
              </g>
            );
          })}
        </>
      )}
    />
  );
}

/** How far a mark is drawn across the value axis: a dot, an arrow of 20 units either way, or a range. */
function markExtent(marker: MarkerKind, x: number, span: [number, number] | null): [number, number] {
  if (span) return [Math.min(...span) - 8, Math.max(...span) + 8];
  if (marker === 'open-right') return [x - 8, x + 22];
  if (marker === 'open-left') return [x - 22, x + 8];
  return [x - 9, x + 9];
}

/** The widest comparable pair, joined by a dashed line and labelled with how many times larger one is. */
function SpreadConnector({
  x1,
  y1,
  x2,
  y2,
  label,
}: {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  label: string;
}) {
  const midX = (x1 + x2) / 2;
  const midY = (y1 + y2) / 2;
  return (
    <g className="spread-connector">
      <line x1={x1} y1={y1} x2={x2} y2={y2} stroke="var(--ink)" strokeWidth={1.5} strokeDasharray="4 3" />
      <text
        x={midX}
        y={midY + 4}
        textAnchor="middle"
        fontSize={13}
        fontWeight={700}
        fill="var(--ink)"
        stroke="var(--paper)"
        strokeWidth={4}
        paintOrder="stroke"
      >
        {label}
      </text>
    </g>
  );
}
