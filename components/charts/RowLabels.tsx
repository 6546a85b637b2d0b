import {
  fitLines,
  rowCentre,
  rowLabelTextWidth,
  type ChartLayout,
  type PlotArea,
} from '@/lib/charts/chart-layout';
import { StackedRowLabels } from './StackedRowLabels';

const labelSize = 13;
const sublabelSize = 11;
const lineHeight = 15;
const sublabelLineHeight = 13;

/** The row labels of a horizontal chart: who, in bold, over where and when, each wrapped and cut to fit `layout`. */
export function RowLabels({
  rows,
  area,
  layout,
}: {
  rows: readonly { label: string; sublabel: string }[];
  area: PlotArea;
  layout: ChartLayout;
}) {
  if (layout.labelsAbove) return <StackedRowLabels rows={rows} area={area} layout={layout} />;
  const x = layout.rowLabelWidth - 12;
  const width = rowLabelTextWidth(layout);
  return (
    <g textAnchor="end">
      {rows.map((row, index) => {
        const y = rowCentre(area, index, rows.length);
        const lines = fitLines(row.label, width, labelSize, layout.labelLines, true);
        const sublines = fitLines(row.sublabel, width, sublabelSize, layout.sublabelLines);
        return (
          <g key={index}>
            <title>{`${row.label} · ${row.sublabel}`}</title>
            {lines.map((line, at) => (
              <text
                key={at}
                x={x}
                y={y - 2 - (lines.length - 1 - at) * lineHeight}
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
                y={y + 13 + at * sublabelLineHeight}
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
