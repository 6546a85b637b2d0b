import { periodLengthInputs } from '@/lib/figures/day-count';
import {
  evaluateFormula,
  evaluateInterval,
  formulaNames,
  type Interval,
} from '@/lib/figures/evaluate-formula';
import { figureInterval, judgeCrossCheck } from '@/lib/figures/judge-cross-check';
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
    const bounds: Record<string, Interval> = {};
    let found = 0;
    for (const [name, figureId] of Object.entries(check.inputs)) {
      const figure = figures.get(figureId);
      if (!figure) {
        if (!defined.has(figureId)) problem(`input ${name}: figure "${figureId}" does not exist`);
        continue;
      }
      found++;
      values[name] = representativeValue(figure);
      bounds[name] = figureInterval(figure);
      for (const [derived, value] of Object.entries(
        periodLengthInputs(name, figure.periodStart, figure.periodEnd),
      )) {
        values[derived] = value;
        bounds[derived] = { low: value, high: value };
      }
    }
    const compared = figures.get(check.inputs[check.compare_to] ?? '');
    if (!(check.compare_to in check.inputs))
      problem(`compare_to "${check.compare_to}" is not one of its inputs`);
    if (found !== Object.keys(check.inputs).length || !compared) continue;
    const lengthless = formulaNames(check.formula).filter((name) => {
      const input = name.replace(/_(days|years)$/, '');
      return name !== input && input in check.inputs && !(name in values);
    });
    for (const name of lengthless)
      problem(`formula uses ${name}, but its input is undated: its period has no length`);
    if (lengthless.length > 0) continue;
    let result: number;
    let resultBounds: Interval;
    try {
      result = evaluateFormula(check.formula, values);
      resultBounds = evaluateInterval(check.formula, bounds);
    } catch (error) {
      problem(`formula ${JSON.stringify(check.formula)}: ${(error as Error).message}`);
      continue;
    }
    const terms = {
      relation: check.relation,
      result: resultBounds,
      expected: figureInterval(compared),
      tolerance: check.tolerance,
      unit: compared.unit,
      resultLabel: check.result_label,
      compareLabel: check.compare_label,
    };
    const { outcome, verdict } = judgeCrossCheck(terms);
    prepared.push({
      slug: check.slug,
      title: check.title,
      formula: check.formula,
      compareTo: check.compare_to,
      result,
      expected: representativeValue(compared),
      tolerance: check.tolerance,
      consistent: outcome !== 'fails',
      explanation: check.explanation,
      relation: check.relation,
      resultLabel: check.result_label,
      compareLabel: check.compare_label,
      outcome,
      verdict,
      inputs: Object.entries(check.inputs).map(([name, figurePublicId]) => ({ name, figurePublicId })),
    });
  }
  return prepared;
}
