import { Text, useChartWidth, YAxis, type YAxisProps, type YAxisTickContentProps } from 'recharts';

export interface RowLabel {
  label: string;
  sublabel: string;
}

type LabelOf = (value: unknown) => RowLabel | undefined;

// Labels take this share of the chart's width, within bounds, so a phone still has room for the values.
const labelShare = 0.38;
const minLabelWidth = 110;
const maxLabelWidth = 220;

function RowTick({ tick, width, labelOf }: { tick: YAxisTickContentProps; width: number; labelOf: LabelOf }) {
  const row = labelOf(tick.payload.value);
  if (!row) return null;
  const common = { x: tick.x, y: tick.y, width: width - 12, textAnchor: 'end' as const };
  // The name may take two lines (they grow upwards from the row's centre); where and when keeps to one.
  return (
    <g>
      <title>{`${row.label} · ${row.sublabel}`}</title>
      <Text {...common} maxLines={2} dy={-2} style={{ fontSize: '13px', fontWeight: 600 }} fill="var(--ink)">
        {row.label}
      </Text>
      <Text {...common} maxLines={1} dy={13} style={{ fontSize: '11px' }} fill="var(--ink-muted)">
        {row.sublabel}
      </Text>
    </g>
  );
}

/** The row axis of a horizontal chart: who, in bold, over where and when, each cut to fit. */
export function RowLabelAxis({
  labelOf,
  ...axis
}: Omit<YAxisProps, 'width' | 'tick'> & { labelOf: LabelOf }) {
  const chartWidth = useChartWidth() ?? 0;
  const width = Math.round(Math.min(maxLabelWidth, Math.max(minLabelWidth, chartWidth * labelShare)));
  return (
    <YAxis
      {...axis}
      width={width}
      axisLine={false}
      tickLine={false}
      tick={(tick) => <RowTick tick={tick} width={width} labelOf={labelOf} />}
    />
  );
}
