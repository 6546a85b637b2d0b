/** A release as the changes log reads it: its day, and the day of the release before it. */
export interface ReleaseWindow {
  version: string;
  /** YYYY-MM-DD: changes dated after this day (the previous release's) and ... */
  after: string | null;
  /** ... on or before this one belong to this release. */
  through: string;
}

/** Each release's window of days, from releases listed oldest first (the order of seeds/releases.yaml). */
export function releaseWindows(
  releases: readonly { version: string; releasedOn: string }[],
): ReleaseWindow[] {
  return releases.map((release, index) => ({
    version: release.version,
    after: releases[index - 1]?.releasedOn ?? null,
    through: release.releasedOn,
  }));
}

/**
 * The release a change dated `day` went out in: the first on or after that day. Null when it is dated after the
 * newest release (only a change written outside the seed files can be, since the seed check refuses the rest).
 */
export function releaseOfDay(windows: readonly ReleaseWindow[], day: string): string | null {
  return windows.find((window) => day <= window.through)?.version ?? null;
}
