import type { PreparedRelease } from './prepared-seed';
import type { SourceFile } from './read-seed-directory';
import type { SeedProblem } from './seed-error';
import type { ReleaseSeed } from './seed-schema';

const file = 'releases.yaml';

function compareVersions(a: string, b: string): number {
  const [x, y] = [a, b].map((version) => version.split('.').map(Number));
  for (let part = 0; part < 3; part++) {
    const difference = (x?.[part] ?? 0) - (y?.[part] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * Releases run oldest first with rising versions and dates, so each dated change on the record (a figure added,
 * corrected or retracted) belongs to exactly one release: the first on or after its day. A change dated after the
 * newest release would be published under a version that does not include it, so it needs a new release first.
 */
export function prepareReleases(
  releases: readonly ReleaseSeed[],
  sources: readonly SourceFile[],
  problems: SeedProblem[],
): PreparedRelease[] {
  if (releases.length === 0) {
    problems.push({ file, record: 'file', problem: 'needs at least one release { version, date, summary }' });
    return [];
  }
  releases.forEach((release, index) => {
    const previous = releases[index - 1];
    if (!previous) return;
    const record = `release ${release.version}`;
    if (compareVersions(release.version, previous.version) <= 0)
      problems.push({
        file,
        record,
        problem: `version must be above ${previous.version}, the release before it`,
      });
    if (release.date <= previous.date)
      problems.push({ file, record, problem: `date must be after ${previous.date}, the release before it` });
  });
  const latest = releases[releases.length - 1] as ReleaseSeed;
  const tooLate = (day: string) => day > latest.date;
  const advice = `after the newest release (${latest.version} on ${latest.date}): add a release to seeds/releases.yaml`;
  for (const { file: sourceFile, seed } of sources) {
    for (const figure of seed.figures) {
      if (figure.status === 'draft') continue;
      const record = `figure ${figure.id}`;
      const problem = (message: string) => problems.push({ file: sourceFile, record, problem: message });
      const unreleased = (message: string) =>
        problems.push({ file: sourceFile, record, problem: `${message} is ${advice}`, needsRelease: true });
      if (figure.added !== undefined && tooLate(figure.added)) unreleased(`added ${figure.added}`);
      for (const correction of figure.corrections) {
        if (tooLate(correction.on)) unreleased(`correction on ${correction.on}`);
        if (figure.added !== undefined && correction.on < figure.added)
          problem(`correction on ${correction.on} is before the figure was added (${figure.added})`);
      }
      if (figure.retracted && tooLate(figure.retracted.on)) unreleased(`retracted on ${figure.retracted.on}`);
    }
  }
  return releases.map((release, position) => ({
    version: release.version,
    releasedOn: release.date,
    summary: release.summary,
    position,
  }));
}
