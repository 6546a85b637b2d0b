import { describe, expect, it } from 'vitest';
import {
  fitLines,
  linearScale,
  narrowLayout,
  rowChartHeight,
  rowLabelTextWidth,
  rowPlotArea,
  spacedTicks,
  wideLayout,
} from '@/lib/charts/chart-layout';

describe('chart layout', () => {
  it('maps a domain onto pixels, labels every other tick when they crowd, and cuts long labels', () => {
    const scale = linearScale([0, 600_000], [200, 568]);
    expect([scale(0), scale(300_000), scale(600_000)]).toEqual([200, 384, 568]);
    expect(spacedTicks([0, 1, 2, 3, 4], 368)).toEqual([0, 1, 2, 3, 4]);
    expect(spacedTicks([0, 1, 2, 3, 4, 5, 6], 368)).toEqual([0, 2, 4, 6]);
    const lines = fitLines('Unnamed Ukrainian and NATO sources quoted by an Italian analysis', 184, 13, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    expect(fitLines('Kremlin', 184, 13, 2)).toEqual(['Kremlin']);
  });

  it('lays a row chart out in the width it is given, leaving the narrow plot more than half of it', () => {
    expect(rowPlotArea(wideLayout, 200, 16, 32)).toEqual({ left: 200, right: 568, top: 16, bottom: 152 });
    const narrow = rowPlotArea(narrowLayout, 200, 16, 32);
    expect(narrow).toEqual({ left: 128, right: 328, top: 16, bottom: 152 });
    expect(narrow.right - narrow.left).toBeGreaterThan(narrowLayout.width / 2);
  });

  it('labels fewer ticks along the narrow plot, keeping the first and spacing them evenly', () => {
    const ticks = [0, 100, 200, 300, 400, 500];
    expect(spacedTicks(ticks, 368)).toEqual([0, 200, 400]);
    expect(spacedTicks(ticks, 480)).toEqual(ticks);
    expect(spacedTicks(ticks, 200)).toEqual([0, 200, 400]);
    expect(spacedTicks([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 200)).toEqual([0, 4, 8]);
    expect(spacedTicks([0, 50, 100], 200)).toEqual([0, 50, 100]);
    expect(spacedTicks([7], 200)).toEqual([7]);
  });

  it('wraps a label that fits the wide column on one line onto two in the narrow one, never wider than the column', () => {
    const name = 'UK Ministry of Defence';
    expect(fitLines(name, rowLabelTextWidth(wideLayout), 13, wideLayout.labelLines, true)).toEqual([name]);
    const narrow = fitLines(name, rowLabelTextWidth(narrowLayout), 13, narrowLayout.labelLines, true);
    expect(narrow).toEqual(['UK Ministry', 'of Defence']);
    // Bold letters are wider: a name that fits the narrow column in regular type wraps in bold.
    expect(fitLines('Vladimir Putin', rowLabelTextWidth(narrowLayout), 13, 2)).toEqual(['Vladimir Putin']);
    expect(fitLines('Vladimir Putin', rowLabelTextWidth(narrowLayout), 13, 2, true)).toEqual([
      'Vladimir',
      'Putin',
    ]);
    // Even a single long word is cut to the narrow column rather than drawn past its left edge.
    const [first] = fitLines('Verkhovna-Rada-Committee', rowLabelTextWidth(narrowLayout), 13, 2);
    expect(first?.length).toBeLessThan('Verkhovna-Rada-Committee'.length);
  });

  it('gives each narrow row room for a sublabel of two lines, with the same least height', () => {
    expect(rowChartHeight(3, wideLayout)).toBe(3 * 48 + 64);
    expect(rowChartHeight(3, narrowLayout)).toBe(3 * 60 + 64);
    expect(rowChartHeight(1, narrowLayout)).toBe(200);
  });
});
