import { fitLines, rowCentre, rowLabelWidth, type PlotArea } from '@/lib/charts/chart-layout';

const labelSize = 13;
const sublabelSize = 11;
const lineHeight = 15;

/** The row labels of a horizontal chart: who, in bold (up to two lines), over where and when, each cut to fit. */
export function RowLabels({
  rows,
  area,
}: {
  rows: readonly { label: string; sublabel: string }[];
  area: PlotArea;
}) {
  const x = rowLabelWidth - 12;
  const width = rowLabelWidth - 16;
  return (
    <g textAnchor="end">
      {rows.map((row, index) => {
        const y = rowCentre(area, index, rows.length);
        const lines = fitLines(row.label, width, labelSize, 2);
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
            <text x={x} y={y + 13} fontSize={sublabelSize} fill="var(--ink-muted)">
              {fitLines(row.sublabel, width, sublabelSize, 1)[0]}
            </text>
          </g>
        );
      })}
    </g>
  );
}
