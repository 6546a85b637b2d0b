import { prepareFigure, unknownQuoteDocument } from '@/lib/seed/check-figure';
import type { SeedFiles } from '@/lib/seed/read-seed-directory';
import type { SeedProblem } from '@/lib/seed/seed-error';
import type { FigureSeed } from '@/lib/seed/seed-schema';
import { toCodePoints } from '@/lib/text/code-points';
import type { EditableField } from './review-form';

// The field each check's message is about, by how the message begins (lib/seed/check-figure.ts, seed-schema.ts).
const fieldByOpening: [RegExp, EditableField][] = [
  [/^period(\.start)?\b/, 'period_start'],
  [/^metric\b/, 'metric'],
  [/^claimant\b/, 'claimant'],
  [/^unit\b/, 'unit'],
  [/^kind\b/, 'kind'],
  [/^bound\b/, 'bound'],
  [/^per\b/, 'per'],
  [/^(a range needs|low\b|low\/high\b)/, 'low'],
  [/^high\b/, 'high'],
  [/^value\b(?!_text)/, 'value'],
];

/** The form field a problem with a figure belongs beside, or null for one about the figure as a whole (its quote). */
export function problemField(problem: string): EditableField | null {
  if (/^period\.end\b/.test(problem)) return 'period_end';
  for (const [opening, field] of fieldByOpening) if (opening.test(problem)) return field;
  return null;
}

/** A draft's problems, grouped by the field each belongs beside (`general` for the rest). */
export function problemsByField(
  problems: readonly string[],
): Partial<Record<EditableField | 'general', string[]>> {
  const grouped: Partial<Record<EditableField | 'general', string[]>> = {};
  for (const problem of problems) (grouped[problemField(problem) ?? 'general'] ??= []).push(problem);
  return grouped;
}

/**
 * What the loader would say of a draft figure if it were published now, dated `addedOn`: every reference, bound,
 * stated value, period and quote check of a published figure. Empty means it can be accepted as it stands (it may
 * still wait for a release in releases.yaml before it can be loaded).
 */
export function checkDraftFigure(
  files: SeedFiles,
  file: string,
  figure: FigureSeed,
  addedOn: string,
): SeedProblem[] {
  const source = files.sources.find((entry) => entry.file === file);
  if (!source) return [{ file, record: `figure ${figure.id}`, problem: 'its source file could not be read' }];
  // A quote may name an earlier version of the article (article:revise writes such quotes): it is checked there.
  const named = figure.quote.document ?? source.seed.document;
  const version =
    named === source.seed.document
      ? { document: null, text: source.text }
      : source.earlier.find((earlier) => earlier.document === named);
  if (!version) {
    return [
      {
        file,
        record: `figure ${figure.id}`,
        problem: unknownQuoteDocument(named),
      },
    ];
  }
  const problems: SeedProblem[] = [];
  prepareFigure(
    file,
    source.seed,
    { ...figure, status: 'published', added: figure.added ?? addedOn },
    version.text,
    toCodePoints(version.text),
    {
      metrics: new Map(files.metrics.map((metric) => [metric.slug, metric.unit])),
      claimants: new Set(files.claimants.map((claimant) => claimant.slug)),
    },
    problems,
    version.document,
  );
  return problems;
}
