import { correctableFields, type FigureSeed } from './seed-schema';

export interface SeedFigure {
  file: string;
  figure: FigureSeed;
}

export interface SeedDiff {
  added: string[];
  corrected: { id: string; fields: string[] }[];
  retracted: string[];
  /** Published figures changed without a `corrections` entry, or gone without `retracted`: each fails the guard. */
  problems: string[];
}

type Field = (typeof correctableFields)[number];

function fieldValue(figure: FigureSeed, field: Field): string {
  if (field === 'quote') return figure.quote.text;
  if (field === 'period') return JSON.stringify(figure.period);
  return JSON.stringify(figure[field]);
}

function isPublished(figure: FigureSeed): boolean {
  return figure.status !== 'draft';
}

/**
 * What a change to the seed does to published figures, from their state before and after: what it adds, corrects
 * and retracts, and which figures it changed or removed without saying so on the record.
 */
export function diffSeedFigures(before: readonly SeedFigure[], after: readonly SeedFigure[]): SeedDiff {
  const was = new Map(before.filter((f) => isPublished(f.figure)).map((f) => [f.figure.id, f]));
  const now = new Map(after.map((f) => [f.figure.id, f]));
  const diff: SeedDiff = { added: [], corrected: [], retracted: [], problems: [] };
  for (const { figure } of after) {
    // One that arrives retracted puts a figure deleted before retractions existed back on the record: no reader
    // sees new data.
    if (isPublished(figure) && !was.has(figure.id) && !figure.retracted) diff.added.push(figure.id);
  }
  for (const [id, old] of was) {
    const current = now.get(id);
    if (!current) {
      diff.problems.push(
        `${old.file} › figure ${id} › was published and is gone: keep it and set retracted: { on, reason } instead`,
      );
      continue;
    }
    if (!isPublished(current.figure)) {
      diff.problems.push(
        `${current.file} › figure ${id} › was published and is now a draft: retract it instead`,
      );
      continue;
    }
    if (current.figure.retracted && !old.figure.retracted) diff.retracted.push(id);
    const changed = correctableFields.filter(
      (field) => fieldValue(old.figure, field) !== fieldValue(current.figure, field),
    );
    if (changed.length === 0) continue;
    const newCorrections = current.figure.corrections.slice(old.figure.corrections.length);
    const recorded = new Set(newCorrections.map((correction) => correction.field));
    const unrecorded = changed.filter((field) => !recorded.has(field));
    for (const field of unrecorded) {
      diff.problems.push(
        `${current.file} › figure ${id} › ${field} changed from ${fieldValue(old.figure, field)} to ${fieldValue(current.figure, field)} without a corrections entry { on, field: ${field}, was, reason }`,
      );
    }
    if (unrecorded.length === 0) diff.corrected.push({ id, fields: changed });
  }
  return diff;
}

interface ReleaseEntry {
  version: string;
  date: string;
}

/**
 * What a change to seeds/releases.yaml must do: keep every earlier release as it was published (its version and
 * day), and add a release whenever published figures are added, corrected or retracted, so that no two states of
 * the data share a version.
 */
export function releaseProblems(
  before: readonly ReleaseEntry[],
  after: readonly ReleaseEntry[],
  diff: Pick<SeedDiff, 'added' | 'corrected' | 'retracted'>,
): string[] {
  const problems: string[] = [];
  const now = new Map(after.map((release) => [release.version, release.date]));
  for (const release of before) {
    const date = now.get(release.version);
    if (date === undefined)
      problems.push(`releases.yaml › release ${release.version} › was published and is gone: keep it`);
    else if (date !== release.date)
      problems.push(
        `releases.yaml › release ${release.version} › was published on ${release.date} and now says ${date}: keep its day`,
      );
  }
  const changed = diff.added.length + diff.corrected.length + diff.retracted.length;
  if (changed > 0 && after.at(-1)?.version === before.at(-1)?.version) {
    problems.push(
      `releases.yaml › figures were added, corrected or retracted, and the newest release is still ${after.at(-1)?.version ?? 'missing'}: add a release { version, date, summary } for them`,
    );
  }
  return problems;
}
