import { spacedTicks, type PlotArea, type Scale } from '@/lib/charts/chart-layout';
import { formatNumber } from '@/lib/format/format-number';

/** The horizontal value axis of the claims, parts and groups charts: grid lines, shaped ticks, the unit below. */
export function ValueAxis({
  ticks,
  scale,
  area,
  label,
  height,
}: {
  ticks: readonly number[];
  scale: Scale;
  area: PlotArea;
  label: string;
  height: number;
}) {
  const labelled = spacedTicks(ticks, area.right - area.left);
  return (
    <g>
      {ticks.map((tick) => (
        <line
          key={tick}
          x1={scale(tick)}
          x2={scale(tick)}
          y1={area.top}
          y2={area.bottom}
          stroke="var(--rule)"
          strokeDasharray="2 4"
        />
      ))}
      <line x1={area.left} x2={area.right} y1={area.bottom} y2={area.bottom} stroke="var(--ink-muted)" />
      <g textAnchor="middle" fill="var(--ink-muted)">
        {labelled.map((tick) => (
          <text key={tick} x={scale(tick)} y={area.bottom + 18}>
            {formatNumber(tick)}
          </text>
        ))}
        <text x={(area.left + area.right) / 2} y={height - 6}>
          {label}
        </text>
      </g>
    </g>
  );
}
