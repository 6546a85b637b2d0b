import { describe, expect, it } from 'vitest';
import { summariseRuns, type LighthouseReport } from '@/test/bench/lighthouse';

function report(
  performance: number,
  firstPaint: number,
  interactive: number,
  blocking: number,
): LighthouseReport {
  return {
    categories: { performance: { score: performance / 100 }, accessibility: { score: 1 } },
    audits: {
      'first-contentful-paint': { numericValue: firstPaint },
      interactive: { numericValue: interactive },
      'total-blocking-time': { numericValue: blocking },
    },
  };
}

describe('summariseRuns', () => {
  it('reports the run nearest the median paint and interactive times, not the median score', () => {
    const runs = [
      report(99, 800, 2000, 60),
      report(91, 820, 2600, 350),
      report(97, 790, 2100, 120),
      report(100, 780, 1900, 40),
      // Median first paint 800 ms, median interactive 2,050 ms: this run is nearest, though the median score is 97.
      report(96, 810, 2050, 90),
    ];
    expect(summariseRuns('/', runs, ['exit 1: Chrome did not start'])).toEqual({
      path: '/',
      runs: 5,
      failures: ['exit 1: Chrome did not start'],
      median: { performance: 96, accessibility: 100, totalBlockingTime: 90 },
      performance: { lowest: 91, highest: 100 },
      lowestAccessibility: 100,
    });
  });

  it('gives the last failure when no run finished', () => {
    expect(summariseRuns('/figures', [], ['exit 1: first', 'stopped after 3 minutes'])).toEqual({
      path: '/figures',
      error: 'stopped after 3 minutes',
    });
  });
});
