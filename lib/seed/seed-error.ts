export interface SeedProblem {
  file: string;
  record: string;
  problem: string;
  /** Set on a change dated after the newest release: a new release in releases.yaml resolves it, not the record. */
  needsRelease?: true;
}

export function formatSeedProblem({ file, record, problem }: SeedProblem): string {
  return `${file} › ${record} › ${problem}`;
}

/** A seed load that was rejected whole; `problems` lists every reason, one line each. */
export class SeedError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    super(
      `Seed rejected, nothing was changed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map(formatSeedProblem).join('\n'),
    );
    this.name = 'SeedError';
  }
}
