import { describe, expect, it } from 'vitest';
import {
  chartLayouts,
  embedLayouts,
  fitLines,
  narrowLayout,
  rowPlotArea,
  stackedLayout,
} from '@/lib/charts/chart-layout';

describe('the embed’s layout for a narrow column', () => {
  it('is drawn only in the embed, beside the page’s wide and narrow layouts', () => {
    expect(chartLayouts.map((layout) => layout.name)).not.toContain('stacked');
    expect(embedLayouts.map((layout) => layout.name)).toEqual(['wide', 'narrow', 'stacked']);
  });

  it('gives the plot more than 85% of the width, where the narrow layout gives it under 60%', () => {
    const share = (layout: typeof stackedLayout) => {
      const area = rowPlotArea(layout, 300, 16, 32);
      return (area.right - area.left) / layout.width;
    };
    expect(share(stackedLayout)).toBeGreaterThan(0.85);
    expect(share(narrowLayout)).toBeLessThan(0.6);
  });

  it('has room over the marks for a long claimant’s name without cutting it', () => {
    const name = 'Unnamed Ukrainian and NATO sources quoted by an Italian analysis';
    const lines = fitLines(
      name,
      stackedLayout.width - stackedLayout.rowLabelWidth - 4,
      13,
      stackedLayout.labelLines,
      true,
    );
    expect(lines.join(' ')).toBe(name);
  });
});
