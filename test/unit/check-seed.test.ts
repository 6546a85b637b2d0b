import { describe, expect, it } from 'vitest';
import { checkSeed } from '@/lib/seed/check-seed';
import { readSeedDirectory } from '@/lib/seed/read-seed-directory';
import { SeedError } from '@/lib/seed/seed-error';
import { copyFixtureSeeds, editSeedFile } from '../support/seed-copy';
import { fixtureSeedDir } from '../support/test-database';

async function problemsAfter(file: string, from: string, to: string): Promise<string[]> {
  const dir = await copyFixtureSeeds();
  await editSeedFile(dir, file, from, to);
  try {
    checkSeed(await readSeedDirectory(dir));
  } catch (error) {
    if (error instanceof SeedError) return error.message.split('\n').slice(1);
    throw error;
  }
  return [];
}

describe('seed validation', () => {
  it('accepts the fixture and locates a quote given without offsets', async () => {
    const seed = checkSeed(await readSeedDirectory(fixtureSeedDir));
    const located = seed.figures.find((figure) => figure.publicId === 'drones-per-day-target-minister');
    const anchored = seed.figures.find((figure) => figure.publicId === 'drones-per-day-minister');
    expect(located?.quoteStart).toBe(anchored?.quoteStart);
    expect(located?.quoteEnd).toBe(anchored?.quoteEnd);
    expect(located?.quotePrefix.endsWith('to Ukraine.\n')).toBe(true);
  });

  it('normalises rates to a year', async () => {
    const seed = checkSeed(await readSeedDirectory(fixtureSeedDir));
    const daily = seed.figures.find((figure) => figure.publicId === 'drones-per-day-minister');
    expect(daily).toMatchObject({
      normalisedValue: 1500 * 365,
      normalisedUnit: 'drones',
      normalisedPer: 'year',
    });
  });

  it('judges each cross-check at load, within the bounds its figures state', async () => {
    const seed = checkSeed(await readSeedDirectory(fixtureSeedDir));
    expect(seed.crossChecks).toMatchObject([
      {
        relation: 'equal',
        result: 3000,
        outcome: 'possible',
        consistent: true,
        verdict:
          'The projected output (at most 4,000 drones) and twice the current output (at least 3,000 drones) can match within 10%: the bounds allow it.',
      },
    ]);
  });

  it('refuses a formula that asks for the days of an undated figure', async () => {
    const dir = await copyFixtureSeeds();
    await editSeedFile(
      dir,
      'sources/sample.yaml',
      'period: { start: 2025-03-01, end: 2025-03-31 }',
      'period: undated',
    );
    await editSeedFile(dir, 'cross-checks.yaml', 'formula: "now * 2"', 'formula: "now * now_days"');
    await expect(readSeedDirectory(dir).then(checkSeed)).rejects.toThrow(
      'cross-check drone-target-vs-current › formula uses now_days, but its input is undated: its period has no length',
    );
  });

  it.each([
    [
      'sources/sample.yaml',
      'kind: estimate',
      'kind: guess',
      'sources/sample.yaml › figure us-aid-sent-kiel › kind: Invalid option',
    ],
    [
      'sources/sample.yaml',
      'value: 119000000000',
      'value: "lots"',
      'sources/sample.yaml › figure us-aid-sent-kiel › value: Invalid input',
    ],
    ['sources/sample.yaml', 'sha256: f38f', 'sha256: 038f', 'sources/sample.yaml › source › sha256 038f'],
    [
      'sources/sample.yaml',
      'bound: up_to\n    high: 4000',
      'bound: up_to\n    high: 3000',
      '› figure drones-per-day-target-minister › value 4000 is above high 3000',
    ],
    [
      'sources/sample.yaml',
      'end: 2026-12-31',
      'end: 2025-12-31',
      '› figure drones-per-day-target-minister › period starts (2026-01-01) after it ends (2025-12-31)',
    ],
    [
      'sources/sample.yaml',
      'start: 2025-03-01',
      'start: 2025-02-30',
      'period.start: is not a real calendar date',
    ],
    [
      'sources/sample.yaml',
      'unit: USD',
      'unit: EUR',
      '› figure us-aid-sent-kiel › unit "EUR" differs from its metric\'s unit "USD"',
    ],
    [
      'sources/sample.yaml',
      '- id: drones-per-day-target-minister',
      '- id: drones-per-day-minister',
      'figure drones-per-day-minister › is defined more than once',
    ],
    ['sources/sample.yaml', 'text: "2026", reason', 'text: "2027", reason', '› excluded mention at'],
    [
      'metrics.yaml',
      'topic: aid-and-finance',
      'topic: aid',
      'metrics.yaml › metric us-aid-sent › topic "aid" is not in topics.yaml',
    ],
    [
      'claimants.yaml',
      'side: independent',
      'side: neutral',
      'claimants.yaml › claimant kiel-institute › side: Invalid option',
    ],
    [
      'cross-checks.yaml',
      'formula: "now * 2"',
      'formula: "now * x"',
      'cross-check drone-target-vs-current › formula "now * x": unknown input "x"',
    ],
    [
      'cross-checks.yaml',
      'relation: equal',
      'relation: roughly',
      'cross-checks.yaml › cross-check drone-target-vs-current › relation: Invalid option',
    ],
    [
      'cross-checks.yaml',
      'now: drones-per-day-minister',
      'now_days: drones-per-day-minister',
      'input names may not end in _days or _years',
    ],
    ['topics.yaml', '- slug: arms-production', '- slug: arms-production\n  oops: [', 'topics.yaml › line'],
  ])('rejects a bad edit to %s (%s → %s) with one clear line', async (file, from, to, expected) => {
    const problems = await problemsAfter(file, from, to);
    expect(problems.some((line) => line.includes(expected))).toBe(true);
  });

  it('reports every problem at once, one per line', async () => {
    const dir = await copyFixtureSeeds();
    await editSeedFile(dir, 'sources/sample.yaml', 'claimant: kiel-institute', 'claimant: nobody');
    await editSeedFile(dir, 'sources/sample.yaml', 'metric: drone-output', 'metric: nothing');
    const error = await readSeedDirectory(dir)
      .then(checkSeed)
      .catch((caught: unknown) => caught);
    expect((error as SeedError).problems.map((problem) => problem.problem)).toEqual([
      'claimant "nobody" is not in claimants.yaml',
      'metric "nothing" is not in metrics.yaml',
    ]);
  });
});

describe('stated values and exclusions are checked against the text', () => {
  it.each([
    [
      'value: 119000000000',
      'value: 11900000000',
      'value 11900000000 differs from "$119\u00a0billion", which reads as 119000000000',
    ],
    [
      'value_text: "1,500"\n    value: 1500\n    low: 1500',
      'value_text: "1,500"\n    value: 1600\n    low: 1500',
      'value 1600 differs from "1,500"',
    ],
    [
      'unit: USD\n    period: { start: 2022',
      'unit: GBP\n    period: { start: 2022',
      'unit "GBP" differs from "$119\u00a0billion", which is in USD',
    ],
    [
      'text: "2026", reason',
      'text: "202", reason',
      '"202" is not a number mention here (the mention finder reads "2026")',
    ],
  ])('rejects %j edited to %j', async (from, to, expected) => {
    const problems = await problemsAfter('sources/sample.yaml', from, to);
    expect(problems.some((line) => line.includes(expected))).toBe(true);
  });
});
