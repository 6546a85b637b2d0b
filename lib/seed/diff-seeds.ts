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
    if (isPublished(figure) && !was.has(figure.id)) diff.added.push(figure.id);
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
