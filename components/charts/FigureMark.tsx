import type { MarkerKind } from '@/lib/charts/marker-kind';

export type ValueAxis = 'x' | 'y';

// Arrows point towards higher values: right on a horizontal value axis, up on a vertical one.
const arrowAngle: Record<ValueAxis, Record<'open-right' | 'open-left', number>> = {
  x: { 'open-right': 0, 'open-left': 180 },
  y: { 'open-right': -90, 'open-left': 90 },
};

const barThickness = 12;

/**
 * The SVG mark of one figure at (cx, cy): a dot, an arrow from a bound towards where the true value lies, or a bar
 * over `span` (pixels along the value axis) for a range. Hollow marks are figures that are not measurements.
 */
export function FigureMark({
  cx,
  cy,
  marker,
  span = null,
  colour,
  hollow,
  valueAxis,
}: {
  cx: number;
  cy: number;
  marker: MarkerKind;
  span?: [number, number] | null;
  colour: string;
  hollow: boolean;
  valueAxis: ValueAxis;
}) {
  const fill = hollow ? 'var(--paper)' : colour;
  if (marker === 'range' && span) {
    const from = Math.min(...span);
    const length = Math.max(Math.abs(span[1] - span[0]), 2);
    const half = barThickness / 2;
    const bar =
      valueAxis === 'x'
        ? { x: from, y: cy - half, width: length, height: barThickness }
        : { x: cx - half, y: from, width: barThickness, height: length };
    return (
      <rect {...bar} rx={half} fill={fill} fillOpacity={hollow ? 1 : 0.45} stroke={colour} strokeWidth={2} />
    );
  }
  if (marker === 'open-right' || marker === 'open-left') {
    return (
      <g
        transform={`rotate(${arrowAngle[valueAxis][marker]} ${cx} ${cy})`}
        stroke={colour}
        strokeWidth={2.5}
        strokeLinecap="round"
        strokeLinejoin="round"
        strokeDasharray={hollow ? '3 3' : undefined}
        fill="none"
      >
        <line x1={cx} y1={cy - 8} x2={cx} y2={cy + 8} />
        <line x1={cx} y1={cy} x2={cx + 20} y2={cy} />
        <polyline
          points={`${cx + 13},${cy - 6} ${cx + 20},${cy} ${cx + 13},${cy + 6}`}
          strokeDasharray="none"
        />
      </g>
    );
  }
  return <circle cx={cx} cy={cy} r={7} fill={fill} stroke={colour} strokeWidth={2} />;
}
