import { describe, expect, it } from 'vitest';
import { parseReviewForm } from '@/lib/editing/review-form';

const good = {
  intent: 'save',
  figure: 'a-figure-12',
  value: '3,000',
  bound: 'exact',
  low: '',
  high: '',
  unit: 'drones',
  per: 'day',
  kind: 'projection',
  period_start: '2025-12-01',
  period_end: '2025-12-31',
  claimant: 'sample-minister',
  metric: 'drone-output',
};

describe('the review form', () => {
  it('reads an edit, numbers with separators included', () => {
    expect(parseReviewForm(good)).toEqual({
      ok: true,
      action: {
        intent: 'save',
        figure: 'a-figure-12',
        edit: {
          value: 3000,
          bound: 'exact',
          low: null,
          high: null,
          unit: 'drones',
          per: 'day',
          kind: 'projection',
          period: { start: '2025-12-01', end: '2025-12-31' },
          claimant: 'sample-minister',
          metric: 'drone-output',
        },
      },
    });
    const undated = parseReviewForm({ ...good, intent: 'accept', per: '', undated: 'on', period_start: 'x' });
    expect(undated).toMatchObject({
      ok: true,
      action: { intent: 'accept', edit: { per: null, period: 'undated' } },
    });
  });

  it('names each bad field and keeps what was typed', () => {
    const result = parseReviewForm({
      ...good,
      value: 'abc',
      period_end: '2025-02-30',
      claimant: 'Kiel Institute',
    });
    expect(result).toMatchObject({
      ok: false,
      request: false,
      errors: {
        value: 'must be a number, such as 3000 or 1.2e9',
        period_end: 'is not a real calendar date',
        claimant: 'must be a slug: lowercase letters, digits and single hyphens',
      },
      values: { value: 'abc' },
    });
  });

  it('reads a rejection, which needs a reason', () => {
    expect(
      parseReviewForm({ intent: 'reject', figure: 'a-figure-12', reason: 'ordinal', note: ' the third ' }),
    ).toEqual({
      ok: true,
      action: { intent: 'reject', figure: 'a-figure-12', reason: 'ordinal', note: 'the third' },
    });
    expect(parseReviewForm({ intent: 'reject', figure: 'a-figure-12', reason: '' })).toMatchObject({
      ok: false,
      request: false,
      errors: { reason: expect.any(String) },
    });
    expect(parseReviewForm({ intent: 'reject', figure: 'a-figure-12', reason: 'retracted' })).toMatchObject({
      ok: false,
    });
  });

  it('calls a form with no known action or draft a bad request', () => {
    expect(parseReviewForm({ intent: 'delete', figure: 'x' })).toMatchObject({ ok: false, request: true });
    expect(parseReviewForm({ intent: 'save', figure: '../etc' })).toMatchObject({ ok: false, request: true });
    expect(parseReviewForm({ intent: 'accept-exclusion', start: '-1', reason: 'ordinal' })).toMatchObject({
      ok: false,
      request: true,
    });
  });
});
