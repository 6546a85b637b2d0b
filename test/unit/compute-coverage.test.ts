import { describe, expect, it } from 'vitest';
import { computeCoverage } from '@/lib/coverage/compute-coverage';

const text = 'In 2024 the ministry said 1,500 drones a day were made, three times the 2023 rate.';
const quote = text;
const figure = { publicId: 'drones', valueText: '1,500', quote, quoteStart: 0 };

describe('number coverage of an archived text', () => {
  it('marks mentions covered by a figure, excluded with a reason, or unaccounted', () => {
    const coverage = computeCoverage(text, [figure], [{ start: 3, reason: 'calendar_date' }]);
    expect(coverage.mentions.map((entry) => [entry.mention.text, entry.status])).toEqual([
      ['2024', 'excluded'],
      ['1,500', 'covered'],
      ['three', 'unaccounted'],
      ['2023', 'unaccounted'],
    ]);
    expect(coverage).toMatchObject({
      covered: 1,
      excluded: 1,
      unaccounted: 2,
      excludedByReason: { calendar_date: 1 },
    });
  });

  it('finds the stated value inside a quote that starts mid-text', () => {
    const sentence = 'three times the 2023 rate.';
    const start = Array.from(text).length - Array.from(sentence).length;
    const coverage = computeCoverage(
      text,
      [{ publicId: 'multiple', valueText: 'three', quote: sentence, quoteStart: start }],
      [],
    );
    const three = coverage.mentions.find((entry) => entry.mention.text === 'three');
    expect(three).toMatchObject({ status: 'covered', figureIds: ['multiple'] });
  });

  it('counts every figure a shared quote and value stands for', () => {
    const coverage = computeCoverage(text, [{ ...figure, figureCount: 700 }], []);
    const covered = coverage.mentions.find((entry) => entry.mention.text === '1,500');
    expect(covered).toMatchObject({ status: 'covered', figureIds: ['drones'], figureCount: 700 });
    expect(coverage.figureCount).toBe(700);
  });
});

describe('coverage of quantities written without a number', () => {
  const sentence = 'Last year the plant made no shells; this year 1,500, the only plant to do so.';
  const at = (words: string) => sentence.indexOf(words);

  it('tallies each kind of expression, and counts claims awaiting a figure among the exclusions', () => {
    const coverage = computeCoverage(
      sentence,
      [{ publicId: 'shells', valueText: '1,500', quote: sentence, quoteStart: 0 }],
      [
        { start: at('Last year'), reason: 'period' },
        { start: at('no shells'), reason: 'awaiting_figure' },
      ],
    );
    expect(coverage.mentions.map((entry) => [entry.mention.text, entry.mention.kind, entry.status])).toEqual([
      ['Last year', 'relative_time', 'excluded'],
      ['no', 'zero', 'excluded'],
      ['this year', 'relative_time', 'unaccounted'],
      ['1,500', 'digits', 'covered'],
      ['the only', 'uniqueness', 'unaccounted'],
    ]);
    expect(coverage).toMatchObject({ covered: 1, excluded: 2, awaitingFigure: 1, unaccounted: 2 });
    expect(coverage.byKind).toEqual([
      { kind: 'digits', mentions: 1, covered: 1, excluded: 0, unaccounted: 0 },
      { kind: 'relative_time', mentions: 2, covered: 0, excluded: 1, unaccounted: 1 },
      { kind: 'zero', mentions: 1, covered: 0, excluded: 1, unaccounted: 0 },
      { kind: 'uniqueness', mentions: 1, covered: 0, excluded: 0, unaccounted: 1 },
    ]);
  });
});
