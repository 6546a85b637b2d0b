import { describe, expect, it } from 'vitest';
import { describeMetricAgreement } from '@/lib/figures/describe-metric-agreement';

const pair = { ratio: 1.3, min: 100, max: 130, minFigureId: 'a', maxFigureId: 'b', converted: false };

describe('what a metric card says about its sources', () => {
  it('counts figures and sources in words, singular and plural', () => {
    expect(describeMetricAgreement({ figureCount: 1, claimantCount: 1, spread: null }).counts).toBe(
      '1 figure from 1 source',
    );
    expect(describeMetricAgreement({ figureCount: 1204, claimantCount: 3, spread: null }).counts).toBe(
      '1,204 figures from 3 sources',
    );
  });

  it('calls a disagreement only what the spread calls one', () => {
    const disagree = describeMetricAgreement({
      figureCount: 4,
      claimantCount: 2,
      spread: { disagree: true, pair, text: 'Sources differ by at least 1.3×' },
    });
    expect(disagree).toMatchObject({ agreement: 'disagree', verdict: 'Sources differ by at least 1.3×' });
    const apart = describeMetricAgreement({
      figureCount: 4,
      claimantCount: 2,
      spread: { disagree: false, pair: null, text: 'No disagreement to measure: different periods' },
    });
    expect(apart.agreement).toBe('not-comparable');
    expect(apart.verdict).not.toMatch(/disagree|differ/i);
    const agree = describeMetricAgreement({
      figureCount: 2,
      claimantCount: 2,
      spread: { disagree: false, pair: { ...pair, ratio: 1.01 }, text: 'Sources agree' },
    });
    expect(agree).toMatchObject({ agreement: 'agree', verdict: 'Sources agree' });
  });

  it('says one source has nothing to compare, even with many figures', () => {
    expect(describeMetricAgreement({ figureCount: 9, claimantCount: 1, spread: null })).toMatchObject({
      agreement: 'one-source',
      verdict: 'One source: nothing to compare',
    });
  });
});
