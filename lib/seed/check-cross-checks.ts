import { evaluateFormula } from '@/lib/figures/evaluate-formula';
import type { PreparedCrossCheck, PreparedFigure } from './prepared-seed';
import type { SeedFiles } from './read-seed-directory';
import type { SeedProblem } from './seed-error';

function representativeValue(figure: PreparedFigure): number {
  if (figure.value !== null) return figure.value;
  return ((figure.valueLow ?? 0) + (figure.valueHigh ?? 0)) / 2;
}

// A figure that failed its own checks is reported once, not again by each cross-check that uses it.
export function prepareCrossChecks(
  files: SeedFiles,
  figures: Map<string, PreparedFigure>,
  problems: SeedProblem[],
) {
  const defined = new Set(files.sources.flatMap((source) => source.seed.figures.map((figure) => figure.id)));
  const prepared: PreparedCrossCheck[] = [];
  for (const check of files.crossChecks) {
    const problem = (message: string) =>
      problems.push({ file: 'cross-checks.yaml', record: `cross-check ${check.slug}`, problem: message });
    const values: Record<string, number> = {};
    for (const [name, figureId] of Object.entries(check.inputs)) {
      const figure = figures.get(figureId);
      if (figure) values[name] = representativeValue(figure);
      else if (!defined.has(figureId)) problem(`input ${name}: figure "${figureId}" does not exist`);
    }
    const expected = values[check.compare_to];
    if (!(check.compare_to in check.inputs))
      problem(`compare_to "${check.compare_to}" is not one of its inputs`);
    if (Object.keys(values).length !== Object.keys(check.inputs).length || expected === undefined) continue;
    let result: number;
    try {
      result = evaluateFormula(check.formula, values);
    } catch (error) {
      problem(`formula ${JSON.stringify(check.formula)}: ${(error as Error).message}`);
      continue;
    }
    prepared.push({
      slug: check.slug,
      title: check.title,
      formula: check.formula,
      compareTo: check.compare_to,
      result,
      expected,
      tolerance: check.tolerance,
      consistent: Math.abs(result - expected) <= check.tolerance * Math.abs(expected),
      explanation: check.explanation,
      inputs: Object.entries(check.inputs).map(([name, figurePublicId]) => ({ name, figurePublicId })),
    });
  }
  return prepared;
}
