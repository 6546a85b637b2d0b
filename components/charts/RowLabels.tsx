import {
  rowLabelLineHeight as lineHeight,
  rowLabelSize as labelSize,
  rowSublabelLineHeight as sublabelLineHeight,
  rowSublabelSize as sublabelSize,
  wrapRowLabel,
  type ChartLayout,
  type PlotArea,
} from '@/lib/charts/chart-layout';
import { StackedRowLabels } from './StackedRowLabels';

/** The row labels of a horizontal chart: who, in bold, over when, each wrapped whole in its row (never cut). */
export function RowLabels({
  rows,
  area,
  layout,
  rowY,
}: {
  rows: readonly { label: string; sublabel: string }[];
  area: PlotArea;
  layout: ChartLayout;
  rowY: (index: number) => number;
}) {
  if (layout.labelsAbove) return <StackedRowLabels rows={rows} area={area} layout={layout} rowY={rowY} />;
  const x = layout.rowLabelWidth - 12;
  return (
    <g textAnchor="end">
      {rows.map((row, index) => {
        const { lines, sublines } = wrapRowLabel(row, layout);
        const blockTop = rowY(index) - (lines.length * lineHeight + sublines.length * sublabelLineHeight) / 2;
        return (
          <g key={index}>
            <title>{`${row.label} · ${row.sublabel}`}</title>
            {lines.map((line, at) => (
              <text
                key={at}
                x={x}
                y={blockTop + 11 + at * lineHeight}
                fontSize={labelSize}
                fontWeight={600}
                fill="var(--ink)"
              >
                {line}
              </text>
            ))}
            {sublines.map((line, at) => (
              <text
                key={`sub-${at}`}
                x={x}
                y={blockTop + lines.length * lineHeight + 10 + at * sublabelLineHeight}
                fontSize={sublabelSize}
                fill="var(--ink-muted)"
              >
                {line}
              </text>
            ))}
          </g>
        );
      })}
    </g>
  );
}
