import { useChartWidth, XAxis } from 'recharts';
import { formatNumber } from '@/lib/format/format-number';

const minPixelsPerTick = 90;

/** The horizontal value axis of the claims and parts charts: shaped ticks, the shared number format, units. */
export function ValueAxis({
  domain,
  ticks,
  label,
}: {
  domain: [number, number];
  ticks: number[];
  label: string;
}) {
  const chartWidth = useChartWidth() ?? 0;
  // On a phone, every other tick: evenly spaced labels rather than the ones that happen not to collide.
  const crowded = chartWidth > 0 && chartWidth / ticks.length < minPixelsPerTick;
  return (
    <XAxis
      type="number"
      dataKey="value"
      domain={domain}
      ticks={crowded ? ticks.filter((_, index) => index % 2 === 0) : ticks}
      tickFormatter={formatNumber}
      height={48}
      label={{ value: label, position: 'insideBottom', fill: 'var(--ink-muted)' }}
    />
  );
}
