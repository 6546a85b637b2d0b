import type { FigureRecord } from '@/db/queries/figure-records';
import { formatPeriod } from '@/lib/format/format-date';
import { formatNumber, formatRate } from '@/lib/format/format-number';
import { figureQueryString } from '@/lib/figures/figure-filters';
import { rowChartHeight } from './chart-layout';
import type { Spread } from './compute-spread';
import { describeConversions } from './plotted-value';
import { count, extentText, type ChartBase } from './shape-metric-chart';
import { sidesPresent, type Side } from './side-colour';
import { valueAxis, valueAxisLabel } from './value-axis';

/** The figures of one claimant for one period (or, when even those are too many, for all periods), summed up. */
export interface FigureGroup {
  claimant: { slug: string; name: string; side: Side };
  /** Null when the group spans every period of the claimant, or the figures are undated. */
  periodStart: string | null;
  periodEnd: string | null;
  count: number;
  /** Plotted values (per year when the metric's rates differ; a range counts as its midpoint). */
  min: number;
  max: number;
  latest: number;
  latestFigureId: string;
  /** True when every figure of the group is an actual, estimate or claim. */
  measurement: boolean;
}

export type GroupedBy = 'claimant and period' | 'claimant';

export interface GroupedFigures {
  metric: Pick<FigureRecord['metric'], 'slug' | 'name' | 'unit'>;
  /** The rate the values are in: 'year' when converted, else the one rate all figures share, or null. */
  per: FigureRecord['per'];
  normalised: boolean;
  groupedBy: GroupedBy;
  groups: FigureGroup[];
  /** True when only the groups with the largest values are drawn. */
  cut: boolean;
  spread: Spread | null;
}

/** One group on the chart: a bar from its smallest to its largest value, a dot at its latest. */
export interface GroupRow {
  index: number;
  label: string;
  sublabel: string;
  side: Side;
  count: number;
  min: number;
  max: number;
  latest: number;
  measurement: boolean;
  href: string;
  /** "120 figures, 400,000 to 430,790 people, latest 430,790 people". */
  valueLabel: string;
  /** What its mark says (the unit is on the axis): the range, or the one value all its figures share. */
  markText: string;
  ariaLabel: string;
}

export interface GroupsChartData extends ChartBase {
  kind: 'groups';
  rows: GroupRow[];
  figureCount: number;
  normalised: boolean;
  /** The rule each conversion to a year followed, when the figures' rates differ. */
  conversionNote: string | null;
  spread: Spread | null;
  /** Says on the chart that it shows groups, not figures, and how to read them. */
  groupNote: string;
}

// Readers' words: who says so is the figure's source.
const groupedWords: Record<GroupedBy, string> = {
  'claimant and period': 'source and period',
  claimant: 'source',
};

function groupPeriod(group: FigureGroup, groupedBy: GroupedBy): string {
  if (groupedBy === 'claimant') return 'all periods';
  return formatPeriod(group.periodStart, group.periodEnd);
}

/** The chart of a metric with more figures than marks fit: one row per group, largest values first. */
export function shapeGroupsChart(grouped: GroupedFigures): GroupsChartData | null {
  const { metric, per, groupedBy } = grouped;
  const figureCount = grouped.groups.reduce((total, group) => total + group.count, 0);
  if (grouped.groups.length === 0) return null;
  const value = (amount: number) => formatRate(amount, metric.unit, per);
  const rows = [...grouped.groups]
    .sort((a, b) => b.max - a.max || a.claimant.name.localeCompare(b.claimant.name))
    .map((group, index) => {
      const period = groupPeriod(group, groupedBy);
      const figures = count(group.count, 'figure');
      const extent =
        group.min === group.max ? `all ${value(group.max)}` : `${value(group.min)} to ${value(group.max)}`;
      const valueLabel = `${figures}, ${extent}, latest ${value(group.latest)}`;
      return {
        index,
        label: group.claimant.name,
        sublabel: `${period} · ${figures}`,
        side: group.claimant.side,
        count: group.count,
        min: group.min,
        max: group.max,
        latest: group.latest,
        measurement: group.measurement,
        href: `/figures${figureQueryString({ metric: [metric.slug], claimant: [group.claimant.slug] })}`,
        valueLabel,
        markText:
          group.min === group.max
            ? formatNumber(group.max)
            : `${formatNumber(group.min)}–${formatNumber(group.max)}`,
        ariaLabel: `${group.claimant.name}, ${period}: ${valueLabel}`,
      };
    });
  const values = rows.flatMap((row) => [row.min, row.max]);
  const shown = grouped.cut
    ? `the ${count(rows.length, 'group')} by ${groupedWords[groupedBy]} with the largest values (the rest are in the table)`
    : `${count(rows.length, 'group')} by ${groupedWords[groupedBy]}`;
  const groupNote = `${count(figureCount, 'figure')} shown as ${shown}: each bar is the range, the dot the latest`;
  return {
    kind: 'groups',
    rows,
    figureCount,
    normalised: grouped.normalised,
    conversionNote: grouped.normalised ? describeConversions([]) : null,
    spread: grouped.spread,
    groupNote,
    summary: `${groupNote}. ${metric.name}, ${extentText(values, metric.unit, per)}`,
    axisLabel: valueAxisLabel(metric.unit, per),
    ...valueAxis(values),
    height: rowChartHeight(rows.length),
    sides: sidesPresent(rows),
  };
}
