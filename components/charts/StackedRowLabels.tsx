import { fitLines, markTargetRadius, type ChartLayout, type PlotArea } from '@/lib/charts/chart-layout';

const labelSize = 13;
const sublabelSize = 12;
const lineHeight = 15;
const sublabelLineHeight = 14;
// The last line's baseline sits this far above the row's mark, clear of its whole tap target.
const clearance = markTargetRadius + 6;

/**
 * The row labels of a horizontal chart in a narrow column: who (bold) and where and when over each row's mark,
 * starting at the plot's left edge, so the plot keeps the full width.
 */
export function StackedRowLabels({
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
  const width = layout.width - area.left - 4;
  return (
    <g textAnchor="start">
      {rows.map((row, index) => {
        const y = rowY(index) - clearance;
        const lines = fitLines(row.label, width, labelSize, layout.labelLines, true);
        const sublines = fitLines(row.sublabel, width, sublabelSize, layout.sublabelLines);
        const subTop = y - (sublines.length - 1) * sublabelLineHeight;
        const labelBottom = subTop - sublabelLineHeight;
        return (
          <g key={index}>
            <title>{`${row.label} · ${row.sublabel}`}</title>
            {lines.map((line, at) => (
              <text
                key={at}
                x={area.left}
                y={labelBottom - (lines.length - 1 - at) * lineHeight}
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
                x={area.left}
                y={subTop + at * sublabelLineHeight}
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
