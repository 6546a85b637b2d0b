import { describe, expect, it } from 'vitest';
import { prepareReleases } from '@/lib/seed/check-releases';
import type { SourceFile } from '@/lib/seed/read-seed-directory';
import type { SeedProblem } from '@/lib/seed/seed-error';
import type { FigureSeed, SourceSeed } from '@/lib/seed/seed-schema';

const releases = [
  { version: '1.0.0', date: '2026-11-22', summary: 'First.' },
  { version: '1.1.0', date: '2026-12-01', summary: 'Second.' },
];

function source(figures: Partial<FigureSeed>[]): SourceFile {
  const full = figures.map((figure, index) => ({
    id: `figure-${index + 1}`,
    status: 'published',
    corrections: [],
    retracted: null,
    ...figure,
  }));
  return {
    file: 'sources/dispatch.yaml',
    seed: { slug: 'dispatch', figures: full, excluded_mentions: [] } as unknown as SourceSeed,
    text: '',
    sha256: '',
    earlier: [],
  };
}

function check(list: typeof releases, figures: Partial<FigureSeed>[] = []) {
  const problems: SeedProblem[] = [];
  const prepared = prepareReleases(list, [source(figures)], problems);
  return { prepared, problems: problems.map((p) => `${p.file} › ${p.record} › ${p.problem}`) };
}

describe('prepareReleases', () => {
  it('keeps the file’s order as positions, oldest first', () => {
    expect(check(releases)).toEqual({
      prepared: [
        { version: '1.0.0', releasedOn: '2026-11-22', summary: 'First.', position: 0 },
        { version: '1.1.0', releasedOn: '2026-12-01', summary: 'Second.', position: 1 },
      ],
      problems: [],
    });
  });

  it('needs at least one release, and rising versions and days', () => {
    expect(check([]).problems).toEqual([
      'releases.yaml › file › needs at least one release { version, date, summary }',
    ]);
    expect(
      check([releases[1]!, { version: '1.0.10', date: '2026-12-01', summary: 'Third.' }]).problems,
    ).toEqual([
      'releases.yaml › release 1.0.10 › version must be above 1.1.0, the release before it',
      'releases.yaml › release 1.0.10 › date must be after 2026-12-01, the release before it',
    ]);
    // Versions compare by number, not as text.
    expect(check([releases[1]!, { version: '1.10.0', date: '2026-12-05', summary: 'x' }]).problems).toEqual(
      [],
    );
  });

  it('refuses a change dated after the newest release, which would go out under a version without it', () => {
    const { problems } = check(releases, [
      { added: '2026-12-02' },
      {
        added: '2026-11-01',
        corrections: [{ on: '2026-12-03', field: 'value', was: '1', reason: 'r' }],
        retracted: { on: '2026-12-04', reason: 'r' },
      },
      { added: '2026-11-20', corrections: [{ on: '2026-11-19', field: 'kind', was: 'claim', reason: 'r' }] },
      { status: 'draft', added: '2027-01-01' },
    ]);
    const advice = 'after the newest release (1.1.0 on 2026-12-01): add a release to seeds/releases.yaml';
    expect(problems).toEqual([
      `sources/dispatch.yaml › figure figure-1 › added 2026-12-02 is ${advice}`,
      `sources/dispatch.yaml › figure figure-2 › correction on 2026-12-03 is ${advice}`,
      `sources/dispatch.yaml › figure figure-2 › retracted on 2026-12-04 is ${advice}`,
      'sources/dispatch.yaml › figure figure-3 › correction on 2026-11-19 is before the figure was added (2026-11-20)',
    ]);
  });
});
