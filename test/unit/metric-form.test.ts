import { describe, expect, it } from 'vitest';
import { chartTakeaway } from '@/lib/charts/chart-takeaway';
import { chooseMetricForm } from '@/lib/charts/choose-metric-chart';
import { shapeMetricChart, type MetricChartData } from '@/lib/charts/shape-metric-chart';
import { valueAxisNearData } from '@/lib/charts/value-axis';
import { figureTable } from '../support/figure-table';

function chart(records: Parameters<typeof shapeMetricChart>[0]): MetricChartData {
  const shaped = shapeMetricChart(records);
  if (!shaped) throw new Error('no chart');
  return shaped;
}

describe('chooseMetricForm', () => {
  it('gives one figure a number card', () => {
    const table = figureTable([['Kyiv', 'ukraine', 'actual', 2, 'exact', '2024-10-01', '2024-10-01']]);
    expect(chooseMetricForm(table)).toBe('number');
  });

  it('sets several sources for one period side by side', () => {
    const table = figureTable([
      ['General Staff', 'ukraine', 'claim', 430_790, 'exact', '2024-01-01', '2024-12-31'],
      ['Kremlin', 'russia', 'claim', 330_000, 'approximately', '2024-01-01', '2024-12-31'],
    ]);
    expect(chooseMetricForm(table)).toBe('claims');
  });

  it("puts one source's dated figures on a time axis, in date order", () => {
    const table = figureTable(
      [
        ['ISW', 'independent', 'estimate', 500, 'less_than', '2025-01-15', '2025-01-15'],
        ['ISW', 'independent', 'estimate', 1_100, 'more_than', '2024-08-20', '2024-08-20'],
      ],
      { unit: 'km2' },
    );
    expect(chooseMetricForm(table)).toBe('timeline');
    const shaped = chart(table);
    if (shaped.kind !== 'timeseries') throw new Error(shaped.kind);
    expect(shaped.series[0]?.points.map((point) => point.markText)).toEqual(['> 1,100', '< 500']);
    // Levels at a date are points, and bounds are never joined by a line.
    expect(shaped.columns).toBe(false);
    expect(shaped.series[0]?.joined).toBe(false);
  });

  it('draws flows over spans as columns from zero, and joins levels only when each is a value', () => {
    const flows = figureTable(
      [
        ['ISW', 'independent', 'estimate', 487, 'exact', '2023-01-01', '2023-12-31'],
        ['ISW', 'independent', 'estimate', 4_168, 'exact', '2024-01-01', '2024-12-31'],
      ],
      { unit: 'km2' },
    );
    const columns = chart(flows);
    if (columns.kind !== 'timeseries') throw new Error(columns.kind);
    expect(columns.columns).toBe(true);
    expect(columns.domain[0]).toBe(0);
    const levels = figureTable([
      ['Mine', 'ukraine', 'actual', 4_000, 'exact', '2023-06-01', '2023-06-01'],
      ['Mine', 'ukraine', 'actual', 3_600, 'approximately', '2024-06-01', '2024-06-01'],
    ]);
    const points = chart(levels);
    if (points.kind !== 'timeseries') throw new Error(points.kind);
    expect(points.columns).toBe(false);
    expect(points.series[0]?.joined).toBe(true);
  });

  it('keeps measurements apart from targets and demands, in bands with their own headings', () => {
    const table = figureTable(
      [
        ['US officials', 'us', 'demand', 18, 'exact', '2024-11-01', '2024-11-30'],
        ['Parliament', 'ukraine', 'actual', 25, 'exact', '2024-11-01', '2024-11-30'],
        ['NATO officials', 'nato', 'proposal', 20, 'exact', '2024-11-01', '2024-11-30'],
      ],
      { unit: 'years' },
    );
    expect(chooseMetricForm(table)).toBe('claims');
    const shaped = chart(table);
    if (shaped.kind !== 'claims') throw new Error(shaped.kind);
    expect(shaped.rows.map((row) => row.value)).toEqual([25, 20, 18]);
    expect(shaped.bands.map((band) => [band.first, band.last, band.heading])).toEqual([
      [0, 0, 'Measurements'],
      [1, 2, 'Proposals and demands: not measurements'],
    ]);
    expect(shaped.connector).toBeNull();
    // Positions, not lengths: the axis starts near the data and says it is broken.
    expect(shaped.domain[0]).toBeGreaterThan(0);
    expect(shaped.broken).toBe(true);
  });

  it('leaves parts of a whole as bars', () => {
    const table = figureTable(
      [
        ['Analysts', 'independent', 'estimate', 60, 'exact', '2024-01-01', '2024-12-31'],
        ['Analysts', 'independent', 'estimate', 30, 'exact', '2024-01-01', '2024-12-31'],
      ],
      { unit: 'percent' },
    );
    expect(chooseMetricForm(table)).toBe('parts');
  });
});

describe('marks', () => {
  it('say when a rate was converted to a year, beside a stated yearly total', () => {
    const daily = figureTable(
      [['Officials', 'other', 'claim', 1_500, 'more_than', '2025-01-13', '2025-01-20']],
      {
        per: 'day',
      },
    );
    const yearly = figureTable(
      [['General Staff', 'ukraine', 'claim', 430_790, 'exact', '2024-01-01', '2024-12-31']],
      { per: 'year' },
    );
    const shaped = chart([...daily, { ...yearly[0]!, id: 2, publicId: 'figure-2' }]);
    if (shaped.kind !== 'claims') throw new Error(shaped.kind);
    expect(shaped.rows.map((row) => row.markText)).toEqual(['> 547,500 (× 365)', '430,790']);
  });
});

describe('valueAxisNearData', () => {
  it('starts at zero when the values are far apart, and near the data with a break when they are not', () => {
    expect(valueAxisNearData([2, 30])).toMatchObject({ broken: false });
    expect(valueAxisNearData([2, 30]).domain[0]).toBe(0);
    const near = valueAxisNearData([18, 20, 25]);
    expect(near.broken).toBe(true);
    expect(near.domain[0]).toBeGreaterThan(10);
    expect(near.domain[0]).toBeLessThanOrEqual(18);
    expect(near.domain[1]).toBeGreaterThanOrEqual(25);
  });
});

describe('chartTakeaway', () => {
  it('names who gives what when sources disagree, with the ratio the connector shows', () => {
    const table = figureTable([
      ['General Staff', 'ukraine', 'claim', 430_790, 'exact', '2024-01-01', '2024-12-31'],
      ['Kremlin', 'russia', 'claim', 330_000, 'exact', '2024-01-01', '2024-12-31'],
    ]);
    const shaped = chart(table);
    if (shaped.kind !== 'claims') throw new Error(shaped.kind);
    expect(shaped.connector).toEqual({ from: 1, to: 0, label: '1.3×' });
    expect(chartTakeaway(shaped)).toBe(
      'General Staff gives 430,790 people, 1.3 times the 330,000 people Kremlin gives for the same period.',
    );
  });

  it('says how one source’s figure changed, in date order', () => {
    const table = figureTable(
      [
        ['ISW', 'independent', 'estimate', 500, 'less_than', '2025-01-15', '2025-01-15'],
        ['ISW', 'independent', 'estimate', 1_100, 'more_than', '2024-08-20', '2024-08-20'],
      ],
      { unit: 'km2' },
    );
    expect(chartTakeaway(chart(table))).toBe(
      'Fell from more than 1,100 km² (as of 20 Aug 2024) to less than 500 km² (as of 15 Jan 2025), according to ISW.',
    );
  });

  it('sets what stands against what is demanded, without calling demands a disagreement', () => {
    const table = figureTable(
      [
        ['Parliament', 'ukraine', 'actual', 25, 'exact', '2024-11-01', '2024-11-30'],
        ['US officials', 'us', 'demand', 18, 'exact', '2024-11-01', '2024-11-30'],
      ],
      { unit: 'years' },
    );
    expect(chartTakeaway(chart(table))).toBe(
      'As it stands: 25 years (Parliament). The demands put it at 18 years; they are not measurements.',
    );
  });

  it('says why figures for different periods are not compared, in words for readers', () => {
    const table = figureTable([
      ['General Staff', 'ukraine', 'claim', 430_790, 'exact', '2024-01-01', '2024-12-31'],
      ['Kremlin', 'russia', 'claim', 100_000, 'exact', '2025-01-01', '2025-01-31'],
    ]);
    const takeaway = chartTakeaway(chart(table));
    expect(takeaway).toBe(
      'The figures are for different periods (Jan 2025 and 2024), so none is set against another.',
    );
    expect(takeaway).not.toMatch(/claimant|select a mark/i);
  });
});
