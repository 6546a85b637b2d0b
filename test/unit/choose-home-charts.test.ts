import { describe, expect, it } from 'vitest';
import { chooseHomeCharts } from '@/lib/charts/choose-home-charts';

const metrics = [
  { slug: 'casualties-a', topicId: 1, figureCount: 2 },
  { slug: 'casualties-b', topicId: 1, figureCount: 5 },
  { slug: 'arms-capacity', topicId: 2, figureCount: 3 },
  { slug: 'arms-orders', topicId: 2, figureCount: 2 },
  { slug: 'arms-range', topicId: 2, figureCount: 4 },
  { slug: 'history-wars', topicId: 3, figureCount: 1 },
];

describe('choosing the home page charts', () => {
  it('charts every metric with several claimants, and nothing more for a topic that has one', () => {
    expect(chooseHomeCharts(metrics, ['casualties-a'])).toContain('casualties-a');
    expect(chooseHomeCharts(metrics, ['casualties-a'])).not.toContain('casualties-b');
  });

  it('gives a topic with no metric of several claimants the chart of its metric with the most figures', () => {
    expect(chooseHomeCharts(metrics, ['casualties-a'])).toEqual(['casualties-a', 'arms-range']);
  });

  it('draws no chart for a topic whose metrics have one figure each', () => {
    expect(chooseHomeCharts(metrics, [])).toEqual(['casualties-b', 'arms-range']);
  });
});
