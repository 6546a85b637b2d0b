import type { FigureDetail } from '@/lib/charts/describe-figure';
import type { MarkerKind } from '@/lib/charts/marker-kind';
import { sideColour } from '@/lib/charts/side-colour';
import { FigureMark, type ValueAxis } from './FigureMark';
import { MarkLink } from './MarkLink';

/** One figure's mark at (cx, cy), a link to it; `span` is its range in pixels along the value axis. */
export function PlottedMark({
  figure,
  cx,
  cy,
  span,
  tip,
  atTop,
  valueAxis,
}: {
  figure: FigureDetail & { marker: MarkerKind };
  cx: number;
  cy: number;
  span: [number, number] | null;
  tip: number;
  atTop: boolean;
  valueAxis: ValueAxis;
}) {
  return (
    <MarkLink
      href={`/figures/${figure.figureId}`}
      label={figure.ariaLabel}
      tip={tip}
      x={cx}
      y={cy}
      atTop={atTop}
    >
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
