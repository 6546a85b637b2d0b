import type { ClaimRow } from './shape-claim-rows';
import type { MetricChartData } from './shape-metric-chart';

function joinWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}${/[.!?]$/.test(trimmed) ? '' : '.'}`;
}

const notMeasuredWords: Record<string, string> = {
  capacity: 'capacity figures',
  projection: 'projections',
  target: 'targets',
  demand: 'demands',
  proposal: 'proposals',
};

/** The spread's verdict in readers' words: "source", never "claimant". */
export function plainSpreadText(text: string): string {
  return text.replace(/\bclaimants\b/g, 'sources').replace(/\bclaimant\b/g, 'source');
}

function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function claimsTakeaway(chart: Extract<MetricChartData, { kind: 'claims' }>): string {
  const { rows, connector, spread } = chart;
  if (connector) {
    const low = rows[connector.from];
    const high = rows[connector.to];
    if (low && high) {
      const times = connector.label.replace('≥ ', 'at least ').replace('×', ' times');
      return sentence(
        `${high.claimant} gives ${high.valueLabel}, ${times} the ${low.valueLabel} ${low.claimant} gives for the same period`,
      );
    }
  }
  const measured = rows.filter((row) => row.measurement);
  const notMeasured = rows.filter((row) => !row.measurement);
  if (measured.length > 0 && notMeasured.length > 0) {
    const kinds = joinWords(distinct(notMeasured.map((row) => notMeasuredWords[row.kind] ?? row.kind)));
    const stated = joinWords(distinct(measured.map((row) => `${row.valueLabel} (${row.claimant})`)));
    const wanted = joinWords(distinct(notMeasured.map((row) => row.valueLabel)));
    return sentence(`As it stands: ${stated}. The ${kinds} put it at ${wanted}; they are not measurements`);
  }
  if (measured.length === 0) {
    const kinds = joinWords(distinct(rows.map((row) => notMeasuredWords[row.kind] ?? row.kind)));
    return sentence(
      `All ${rows.length} figures are ${kinds}, from ${sourcesOf(rows)}; none is a measurement`,
    );
  }
  if (spread?.pair && !spread.disagree) {
    return sentence(
      spread.text === 'Sources agree'
        ? `The sources agree: ${sourcesOf(rows)} are within 5% of each other for the same period`
        : `${plainSpreadText(spread.text)}, so whether they differ cannot be said`,
    );
  }
  const periods = distinct(measured.map((row) => row.period));
  if (periods.length > 1)
    return sentence(
      `The figures are for different periods (${joinWords(periods)}), so none is set against another`,
    );
  if (spread && !spread.pair) return sentence(plainSpreadText(spread.text));
  return sentence(`${rows.length} figures from ${sourcesOf(rows)}`);
}

function sourcesOf(rows: readonly Pick<ClaimRow, 'claimant'>[]): string {
  const names = distinct(rows.map((row) => row.claimant));
  return names.length > 3 ? `${names.length} sources` : joinWords(names);
}

function timeTakeaway(chart: Extract<MetricChartData, { kind: 'timeseries' }>): string {
  const points = chart.series.flatMap((series) => series.points).sort((a, b) => a.start - b.start);
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || first === last) return '';
  const who = distinct(points.map((point) => point.claimant));
  const verb = last.y > first.y ? 'Rose' : last.y < first.y ? 'Fell' : 'Stayed';
  const path =
    verb === 'Stayed'
      ? `Stayed at ${last.valueLabel} from ${first.period} to ${last.period}`
      : `${verb} from ${first.valueLabel} (${first.period}) to ${last.valueLabel} (${last.period})`;
  return sentence(
    `${path}, ${who.length === 1 ? `according to ${who[0]}` : `according to ${who.length} sources`}`,
  );
}

function partsTakeaway(chart: Extract<MetricChartData, { kind: 'parts' }>): string {
  const parts = chart.bars.filter((bar) => !bar.isTotal);
  const largest = [...parts].sort((a, b) => b.value - a.value)[0];
  if (!largest) return '';
  const whole = chart.wholeLabel ? `, of a whole of ${chart.wholeLabel.replace(/^Whole: /, '')}` : '';
  return sentence(`The largest part is ${largest.valueLabel}${whole}, according to ${largest.claimant}`);
}

/**
 * The one line under a chart's title that says what the chart shows, written from its data: who gives what and how
 * far apart, how a figure changed, or why the figures are not set against each other. Empty when there is nothing
 * to say beyond the chart itself.
 */
export function chartTakeaway(chart: MetricChartData): string {
  if (chart.kind === 'claims') return claimsTakeaway(chart);
  if (chart.kind === 'timeseries') return timeTakeaway(chart);
  if (chart.kind === 'parts') return partsTakeaway(chart);
  return sentence(chart.groupNote);
}
