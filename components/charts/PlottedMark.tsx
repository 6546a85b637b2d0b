import { useXAxisScale, useYAxisScale } from 'recharts';
import type { FigureDetail } from '@/lib/charts/describe-figure';
import type { MarkerKind } from '@/lib/charts/marker-kind';
import { sideColour } from '@/lib/charts/side-colour';
import { FigureMark, type ValueAxis } from './FigureMark';
import { MarkLink } from './MarkLink';

/** A figure's mark placed in a chart: the value axis scale turns its range into pixels. */
export function PlottedMark({
  cx,
  cy,
  figure,
  valueAxis,
}: {
  cx: number;
  cy: number;
  figure: FigureDetail & { marker: MarkerKind; low: number | null; high: number | null };
  valueAxis: ValueAxis;
}) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const scale = valueAxis === 'x' ? xScale : yScale;
  const from = figure.low === null ? undefined : scale?.(figure.low);
  const to = figure.high === null ? undefined : scale?.(figure.high);
  const span: [number, number] | null = from !== undefined && to !== undefined ? [from, to] : null;
  return (
    <MarkLink detail={figure} x={cx} y={cy}>
      <FigureMark
        cx={cx}
        cy={cy}
        marker={figure.marker}
        span={span}
        colour={sideColour(figure.side)}
        hollow={!figure.measurement}
        valueAxis={valueAxis}
      />
    </MarkLink>
  );
}
