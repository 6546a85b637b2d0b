import { XAxis } from 'recharts';
import { formatNumber } from '@/lib/format/format-number';

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
  return (
    <XAxis
      type="number"
      dataKey="value"
      domain={domain}
      ticks={ticks}
      tickFormatter={formatNumber}
      height={48}
      label={{ value: label, position: 'insideBottom', fill: 'var(--ink-muted)' }}
    />
  );
}
