import type { FigureDetail } from './describe-figure';
import type { MetricChartData } from './shape-metric-chart';
import type { GroupRow } from './shape-figure-groups';
import type { Side } from './side-colour';

/** What the tooltip of a mark says; the mark's accessible name already says the same, so the tip is visual only. */
export interface ChartTip {
  heading: string;
  lines: string[];
  claimant: string;
  side: Side;
  muted: string;
}

export function figureTip(detail: FigureDetail): ChartTip {
  return {
    heading: detail.valueLabel,
    lines: [
      `As stated: “${detail.valueText}” · ${detail.kindLabel}`,
      ...(detail.conversion ? [detail.conversion] : []),
    ],
    claimant: detail.claimant,
    side: detail.side,
    muted: `${detail.outlet} · ${detail.published} · period: ${detail.period}`,
  };
}

export function groupTip(row: GroupRow): ChartTip {
  return {
    heading: row.valueLabel,
    lines: ['Select to list these figures'],
    claimant: row.label,
    side: row.side,
    muted: row.sublabel,
  };
}

/** The tips of a chart's marks, in the order the chart draws them (each mark carries its index as `data-tip`). */
export function chartTips(chart: MetricChartData): ChartTip[] {
  if (chart.kind === 'groups') return chart.rows.map(groupTip);
  if (chart.kind === 'parts') return chart.bars.map(figureTip);
  if (chart.kind === 'timeseries') return chart.series.flatMap((series) => series.points.map(figureTip));
  return chart.rows.map(figureTip);
}
