import { spacedTicks, type PlotArea, type Scale } from '@/lib/charts/chart-layout';
import { formatNumber } from '@/lib/format/format-number';

/**
 * The horizontal value axis of the claims, parts and groups charts: grid lines, shaped ticks, the unit below, and
 * when it does not start at zero (`broken`), a break drawn across its start.
 */
export function ValueAxis({
  ticks,
  scale,
  area,
  label,
  height,
  broken = false,
}: {
  ticks: readonly number[];
  scale: Scale;
  area: PlotArea;
  label: string;
  height: number;
  broken?: boolean;
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
      {broken && <AxisBreak x={area.left + 6} y={area.bottom} />}
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

/** Two slanted strokes across the axis line: the scale does not start at zero. */
export function AxisBreak({ x, y, vertical = false }: { x: number; y: number; vertical?: boolean }) {
  const path = vertical
    ? `M${x - 6} ${y + 2}l12 -5M${x - 6} ${y + 7}l12 -5`
    : `M${x - 5} ${y + 6}l5 -12M${x} ${y + 6}l5 -12`;
  return (
    <g aria-hidden="true">
      <path d={path} stroke="var(--paper)" strokeWidth={5} />
      <path d={path} stroke="var(--ink-muted)" strokeWidth={1.5} />
    </g>
  );
}
