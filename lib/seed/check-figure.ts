import { normaliseToYear } from '@/lib/figures/normalise-rate';
import { parseStatedValue } from '@/lib/numbers/parse-stated-value';
import { findCodePointOffsets, sliceCodePoints } from '@/lib/text/code-points';
import type { PreparedFigure } from './prepared-seed';
import { whereNow } from './where-now';
import type { SeedProblem } from './seed-error';
import type { FigureSeed, SourceSeed } from './seed-schema';

// Characters of text kept on each side of a quote, as the W3C TextQuoteSelector's prefix and suffix.
const contextLength = 32;

function locateQuote(
  figure: FigureSeed,
  text: string,
  codePoints: readonly string[],
  problem: (message: string) => void,
): { start: number; end: number } | null {
  const { start, end, text: quote } = figure.quote;
  if (start === undefined && end === undefined) {
    const offsets = findCodePointOffsets(text, quote);
    if (offsets.length !== 1) {
      problem(
        offsets.length === 0
          ? 'quote does not occur in the archived text'
          : `quote occurs ${offsets.length} times in the archived text; give quote.start and quote.end`,
      );
      return null;
    }
    const found = offsets[0] as number;
    return { start: found, end: found + Array.from(quote).length };
  }
  if (start === undefined || end === undefined) {
    problem('quote needs both start and end, or neither');
    return null;
  }
  if (end <= start || end > codePoints.length) {
    problem(
      `quote offsets ${start}–${end} are outside the archived text (${codePoints.length} code points)${whereNow(text, quote, start)}`,
    );
    return null;
  }
  const found = sliceCodePoints(codePoints, start, end);
  if (found !== quote) {
    problem(
      `quote does not match the archived text at ${start}–${end}: the text there reads ${JSON.stringify(found)}${whereNow(text, quote, start)}`,
    );
    return null;
  }
  return { start, end };
}

function checkBounds(figure: FigureSeed, problem: (message: string) => void): void {
  const { value, low, high, bound } = figure;
  if (value === null && bound !== 'range') problem('value is required unless bound is range');
  if (bound === 'range' && (low === null || high === null)) problem('a range needs both low and high');
  if (value !== null && low !== null && value < low) problem(`value ${value} is below low ${low}`);
  if (value !== null && high !== null && value > high) problem(`value ${value} is above high ${high}`);
  if (low !== null && high !== null && low > high) problem(`low ${low} is above high ${high}`);
}

function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** The recorded value must be what the stated text says: "US$20 billion" is 20000000000, "a third" 33.3… percent. */
function checkStatedValue(figure: FigureSeed, problem: (message: string) => void): void {
  const parsed = parseStatedValue(figure.value_text);
  if (!parsed) {
    problem(`value_text ${JSON.stringify(figure.value_text)} cannot be read as a number`);
    return;
  }
  if (parsed.value === null) {
    if (!sameNumber(parsed.low, figure.low) || !sameNumber(parsed.high, figure.high)) {
      problem(
        `low/high ${figure.low}–${figure.high} differ from ${JSON.stringify(figure.value_text)}, which reads as ${parsed.low}–${parsed.high}`,
      );
    }
  } else if (!sameNumber(parsed.value, figure.value)) {
    problem(
      `value ${figure.value} differs from ${JSON.stringify(figure.value_text)}, which reads as ${parsed.value}`,
    );
  }
  if (parsed.unit !== null && parsed.unit !== figure.unit) {
    problem(
      `unit "${figure.unit}" differs from ${JSON.stringify(figure.value_text)}, which is in ${parsed.unit}`,
    );
  }
}

/** The problem of a quote naming an article version the source does not have. */
export function unknownQuoteDocument(document: string): string {
  return `quote.document: ${document} is neither this source's document nor one of its earlier_versions`;
}

export function prepareFigure(
  file: string,
  source: SourceSeed,
  figure: FigureSeed,
  text: string,
  codePoints: readonly string[],
  known: { metrics: Map<string, string>; claimants: Set<string> },
  problems: SeedProblem[],
  quoteDocument: string | null = null,
): PreparedFigure | null {
  const before = problems.length;
  const problem = (message: string) =>
    problems.push({ file, record: `figure ${figure.id}`, problem: message });
  const metricUnit = known.metrics.get(figure.metric);
  if (metricUnit === undefined) problem(`metric "${figure.metric}" is not in metrics.yaml`);
  else if (metricUnit !== figure.unit)
    problem(`unit "${figure.unit}" differs from its metric's unit "${metricUnit}"`);
  if (!known.claimants.has(figure.claimant))
    problem(`claimant "${figure.claimant}" is not in claimants.yaml`);
  checkBounds(figure, problem);
  checkStatedValue(figure, problem);
  if (figure.period !== 'undated' && figure.period.start > figure.period.end) {
    problem(`period starts (${figure.period.start}) after it ends (${figure.period.end})`);
  }
  if (figure.added === undefined) {
    problem(
      'added: the day the figure was published (YYYY-MM-DD) is required; it places the figure in a release',
    );
  }
  const offsets = locateQuote(figure, text, codePoints, problem);
  if (!figure.quote.text.includes(figure.value_text)) {
    problem(`value_text ${JSON.stringify(figure.value_text)} does not occur in the quote`);
  }
  if (problems.length > before || offsets === null || figure.added === undefined) return null;
  const normalised = normaliseToYear(
    figure.value,
    figure.per,
    figure.period === 'undated' ? null : figure.period.end,
  );
  return {
    publicId: figure.id,
    sourceSlug: source.slug,
    metricSlug: figure.metric,
    claimantSlug: figure.claimant,
    kind: figure.kind,
    valueText: figure.value_text,
    value: figure.value,
    valueLow: figure.low,
    valueHigh: figure.high,
    bound: figure.bound,
    unit: figure.unit,
    per: figure.per,
    normalisedValue: normalised?.value ?? null,
    normalisedUnit: normalised ? figure.unit : null,
    normalisedPer: normalised?.per ?? null,
    periodStart: figure.period === 'undated' ? null : figure.period.start,
    periodEnd: figure.period === 'undated' ? null : figure.period.end,
    quote: figure.quote.text,
    quoteDocument,
    quoteStart: offsets.start,
    quoteEnd: offsets.end,
    quotePrefix: sliceCodePoints(codePoints, Math.max(0, offsets.start - contextLength), offsets.start),
    quoteSuffix: sliceCodePoints(codePoints, offsets.end, offsets.end + contextLength),
    note: figure.note,
    addedOn: figure.added,
  };
}
