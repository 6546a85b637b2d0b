import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
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

describe('offsets an edit to the text moved', () => {
  it('are reported with the position where the quote and the excluded mention are now', async () => {
    const dir = await copyFixtureSeeds();
    // Three characters added at the top move every later offset by three.
    await editSeedFile(dir, 'documents/sample.txt', 'Sample Dispatch', 'A Sample Dispatch!');
    const sha = createHash('sha256')
      .update(readFileSync(`${dir}/documents/sample.txt`))
      .digest('hex');
    await editSeedFile(
      dir,
      'sources/sample.yaml',
      'f38f2d721f0a89a209960ab17087c575b8792800ce81a43c7c9a22e96ad51bb5',
      sha,
    );
    let message = '';
    try {
      checkSeed(await readSeedDirectory(dir));
    } catch (error) {
      message = error instanceof SeedError ? error.message : String(error);
    }
    expect(message).toContain(
      'figure us-aid-sent-kiel › quote does not match the archived text at 16–101: the text there reads',
    );
    expect(message).toContain('; it is now at 19–104');
    expect(message).toContain('excluded mention at 206 › text "2026" does not match the archived text there');
    expect(message).toContain('; the nearest such mention is now at 209');
  });
});

describe('a draft figure', () => {
  const draft = (start: number, end: number) =>
    `  - { id: drafted, status: draft, metric: not-yet-a-metric, claimant: not-yet-a-claimant, kind: claim, value_text: "4,000", value: 4000, bound: exact, unit: drones, period: undated, quote: { start: ${start}, end: ${end}, text: "“We produce more than 1,500 drones a day,” the minister said, adding that output could rise to 4,000 by 2026." } }\nexcluded_mentions:`;

  it('may name a claimant and metric still to be added, is never published, and is listed', async () => {
    const dir = await copyFixtureSeeds();
    await editSeedFile(dir, 'sources/sample.yaml', 'excluded_mentions:', draft(102, 211));
    const seed = checkSeed(await readSeedDirectory(dir));
    expect(seed.figures.map((figure) => figure.publicId)).not.toContain('drafted');
    expect(seed.drafts).toEqual([
      { file: 'sources/sample.yaml', kind: 'figure', id: 'drafted', text: '4,000' },
    ]);
  });

  it('must still point at its sentence, and says where the sentence is when it does not', async () => {
    expect(await problemsAfter('sources/sample.yaml', 'excluded_mentions:', draft(100, 209))).toEqual([
      'sources/sample.yaml › figure drafted › draft quote does not match the archived text at 100–209; it is now at 102–211',
    ]);
  });
});

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
          'The projected output (at most 4,000 drones) and twice the current output (more than 3,000 drones) can match within 10%: the bounds allow it.',
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
      '"202" is not a quantity mention here (the mention finder reads "2026")',
    ],
    [
      'text: "2026", reason: calendar_date',
      'text: "2026", reason: calendar_date }\n  - { start: 255, text: "gave", reason: vague',
      '"gave" is not a quantity mention here (the mention finder finds no mention starting there)',
    ],
  ])('rejects %j edited to %j', async (from, to, expected) => {
    const problems = await problemsAfter('sources/sample.yaml', from, to);
    expect(problems.some((line) => line.includes(expected))).toBe(true);
  });
});

describe('exclusions of quantities written without a number', () => {
  const added =
    'text: "2026", reason: calendar_date }\n  - { start: 260, text: "no", reason: not_a_quantity, note: "gave no number" }\n  - { start: 292, text: "a day", reason: awaiting_figure';

  it('accepts "no" and "a day" excluded with a reason, such as a claim awaiting a figure', async () => {
    const dir = await copyFixtureSeeds();
    await editSeedFile(dir, 'sources/sample.yaml', 'text: "2026", reason: calendar_date', added);
    const seed = checkSeed(await readSeedDirectory(dir));
    expect(seed.exclusions.map((exclusion) => [exclusion.text, exclusion.reason])).toEqual([
      ['2026', 'calendar_date'],
      ['no', 'not_a_quantity'],
      ['a day', 'awaiting_figure'],
    ]);
  });

  it('rejects a reason that is not in the list', async () => {
    const problems = await problemsAfter(
      'sources/sample.yaml',
      'text: "2026", reason: calendar_date',
      added.replace('reason: awaiting_figure', 'reason: later'),
    );
    expect(problems.some((line) => line.includes('reason: Invalid option'))).toBe(true);
  });

  it('rejects an exclusion that cuts a mention short, naming the mention the finder reads', async () => {
    const problems = await problemsAfter(
      'sources/sample.yaml',
      'text: "2026", reason: calendar_date',
      'text: "2026", reason: calendar_date }\n  - { start: 260, text: "n", reason: vague',
    );
    expect(problems).toContain(
      'sources/sample.yaml › excluded mention at 260 › "n" is not a quantity mention here (the mention finder reads "no")',
    );
  });
});

describe('related metrics in metrics.yaml', () => {
  const relate = (
    metric: string,
    relation = 'what that one is, read here',
    reverse = 'what this one is, read there',
  ) => `\n  related:\n    - metric: ${metric}\n      relation: "${relation}"\n      reverse: "${reverse}"`;
  const onAid = 'subject: United States';
  const onDrones = 'subject: Ukraine';

  it('writes a declared relation in both directions, each with the words read on its page', async () => {
    const dir = await copyFixtureSeeds();
    await editSeedFile(
      dir,
      'metrics.yaml',
      onAid,
      onAid + relate('drone-output', 'drones bought with it', 'the aid that buys them'),
    );
    const seed = checkSeed(await readSeedDirectory(dir));
    expect(seed.metricRelations).toEqual([
      { metricSlug: 'us-aid-sent', relatedMetricSlug: 'drone-output', relation: 'drones bought with it' },
      { metricSlug: 'drone-output', relatedMetricSlug: 'us-aid-sent', relation: 'the aid that buys them' },
    ]);
  });

  it.each([
    [
      relate('drone-outpt'),
      'metrics.yaml › metric us-aid-sent › related: metric "drone-outpt" is not in metrics.yaml',
    ],
    [
      relate('us-aid-sent'),
      'metrics.yaml › metric us-aid-sent › related: a metric cannot be related to itself',
    ],
    [
      relate('drone-output', 'drones bought with it.'),
      "metrics.yaml › metric us-aid-sent › related.0.relation: is shown after the metric's name and a colon, so it ends without punctuation",
    ],
    [
      `\n  related:\n    - metric: drone-output\n      relation: "drones bought with it"`,
      'metrics.yaml › metric us-aid-sent › related.0.reverse: Invalid input: expected string, received undefined',
    ],
  ])('rejects a bad relation (%j) with one clear line', async (related, expected) => {
    const problems = await problemsAfter('metrics.yaml', onAid, onAid + related);
    expect(problems).toEqual([expected]);
  });

  it('rejects a pair declared on both of its metrics', async () => {
    const dir = await copyFixtureSeeds();
    await editSeedFile(dir, 'metrics.yaml', onAid, onAid + relate('drone-output'));
    await editSeedFile(dir, 'metrics.yaml', onDrones, onDrones + relate('us-aid-sent'));
    const error = await readSeedDirectory(dir)
      .then(checkSeed)
      .catch((caught: unknown) => caught);
    expect((error as SeedError).message.split('\n').slice(1)).toEqual([
      'metrics.yaml › metric drone-output › related: the relation with "us-aid-sent" is already declared on that metric; declare a pair once',
    ]);
  });
});
