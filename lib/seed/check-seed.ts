import type { Claimant, Metric, Topic } from '@/db/schema';
import { findNumberMentions } from '@/lib/coverage/find-number-mentions';
import { evaluateFormula } from '@/lib/figures/evaluate-formula';
import { normaliseToYear } from '@/lib/figures/normalise-rate';
import { parseStatedValue } from '@/lib/numbers/parse-stated-value';
import { findCodePointOffsets, sliceCodePoints, toCodePoints } from '@/lib/text/code-points';
import type { SeedFiles } from './read-seed-directory';
import { SeedError, type SeedProblem } from './seed-error';
import type { FigureSeed, SourceSeed } from './seed-schema';

const contextLength = 32;

type WithoutId<T> = Omit<T, 'id'>;

export interface PreparedSource {
  slug: string;
  documentFile: string;
  kind: SourceSeed['kind'];
  fields: {
    title: string | null;
    titleBasis: 'stated' | 'inferred' | null;
    titleEvidence: string | null;
    outlet: string | null;
    outletBasis: 'stated' | 'inferred' | null;
    outletEvidence: string | null;
    author: string | null;
    authorBasis: 'stated' | 'inferred' | null;
    authorEvidence: string | null;
    publishedOn: string | null;
    publishedPrecision: 'day' | 'month' | 'year' | null;
    publishedBasis: 'stated' | 'inferred' | null;
    publishedEvidence: string | null;
    url: string | null;
    urlBasis: 'stated' | 'inferred' | null;
    urlEvidence: string | null;
  };
  text: string;
  sha256: string;
}

export interface PreparedFigure {
  publicId: string;
  sourceSlug: string;
  metricSlug: string;
  claimantSlug: string;
  kind: FigureSeed['kind'];
  valueText: string;
  value: number | null;
  valueLow: number | null;
  valueHigh: number | null;
  bound: FigureSeed['bound'];
  unit: string;
  per: FigureSeed['per'];
  normalisedValue: number | null;
  normalisedUnit: string | null;
  normalisedPer: 'year' | null;
  periodStart: string | null;
  periodEnd: string | null;
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  quotePrefix: string;
  quoteSuffix: string;
  note: string | null;
}

export interface PreparedExclusion {
  sourceSlug: string;
  start: number;
  end: number;
  text: string;
  reason: SourceSeed['excluded_mentions'][number]['reason'];
  note: string | null;
}

export interface PreparedCrossCheck {
  slug: string;
  title: string;
  formula: string;
  compareTo: string;
  result: number;
  expected: number;
  tolerance: number;
  consistent: boolean;
  explanation: string;
  inputs: { name: string; figurePublicId: string }[];
}

export interface PreparedSeed {
  topics: (WithoutId<Topic> & { position: number })[];
  claimants: WithoutId<Claimant>[];
  metrics: (Omit<WithoutId<Metric>, 'topicId'> & { topicSlug: string })[];
  sources: PreparedSource[];
  figures: PreparedFigure[];
  exclusions: PreparedExclusion[];
  crossChecks: PreparedCrossCheck[];
}

function duplicates(values: string[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) (seen.has(value) ? repeated : seen).add(value);
  return repeated;
}

function metadata(
  field: { value: string; basis: 'stated' | 'inferred'; evidence: string | null } | undefined,
) {
  return field
    ? { value: field.value, basis: field.basis, evidence: field.evidence }
    : { value: null, basis: null, evidence: null };
}

/** Expands "2024" and "2024-11" to the first day of the period, so a date column can hold it. */
function publishedDate(value: string): string {
  return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
}

function prepareSource(
  file: string,
  seed: SourceSeed,
  text: string,
  sha256: string,
  problems: SeedProblem[],
): PreparedSource {
  if (seed.sha256 !== sha256) {
    problems.push({
      file,
      record: 'source',
      problem: `sha256 ${seed.sha256} does not match seeds/documents/${seed.document} (its sha256 is ${sha256})`,
    });
  }
  const title = metadata(seed.title);
  const outlet = metadata(seed.outlet);
  const author = metadata(seed.author);
  const url = metadata(seed.url);
  const published = seed.published_on;
  return {
    slug: seed.slug,
    documentFile: seed.document,
    kind: seed.kind,
    fields: {
      title: title.value,
      titleBasis: title.basis,
      titleEvidence: title.evidence,
      outlet: outlet.value,
      outletBasis: outlet.basis,
      outletEvidence: outlet.evidence,
      author: author.value,
      authorBasis: author.basis,
      authorEvidence: author.evidence,
      publishedOn: published ? publishedDate(published.value) : null,
      publishedPrecision: published?.precision ?? null,
      publishedBasis: published?.basis ?? null,
      publishedEvidence: published?.evidence ?? null,
      url: url.value,
      urlBasis: url.basis,
      urlEvidence: url.evidence,
    },
    text,
    sha256,
  };
}

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
    problem(`quote offsets ${start}–${end} are outside the archived text (${codePoints.length} code points)`);
    return null;
  }
  const found = sliceCodePoints(codePoints, start, end);
  if (found !== quote) {
    problem(
      `quote does not match the archived text at ${start}–${end}: the text there reads ${JSON.stringify(found)}`,
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

function prepareFigure(
  file: string,
  source: SourceSeed,
  figure: FigureSeed,
  text: string,
  codePoints: readonly string[],
  known: { metrics: Map<string, string>; claimants: Set<string> },
  problems: SeedProblem[],
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
  const offsets = locateQuote(figure, text, codePoints, problem);
  if (!figure.quote.text.includes(figure.value_text)) {
    problem(`value_text ${JSON.stringify(figure.value_text)} does not occur in the quote`);
  }
  if (problems.length > before || offsets === null) return null;
  const normalised = normaliseToYear(figure.value, figure.per);
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
    quoteStart: offsets.start,
    quoteEnd: offsets.end,
    quotePrefix: sliceCodePoints(codePoints, Math.max(0, offsets.start - contextLength), offsets.start),
    quoteSuffix: sliceCodePoints(codePoints, offsets.end, offsets.end + contextLength),
    note: figure.note,
  };
}

function representativeValue(figure: PreparedFigure): number {
  if (figure.value !== null) return figure.value;
  return ((figure.valueLow ?? 0) + (figure.valueHigh ?? 0)) / 2;
}

// A figure that failed its own checks is reported once, not again by each cross-check that uses it.
function prepareCrossChecks(files: SeedFiles, figures: Map<string, PreparedFigure>, problems: SeedProblem[]) {
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

/** Checks references and provenance across all seed files; throws SeedError listing every problem. */
export function checkSeed(files: SeedFiles): PreparedSeed {
  const problems: SeedProblem[] = [];
  const repeated = (file: string, kind: string, values: string[]) => {
    for (const value of duplicates(values))
      problems.push({ file, record: `${kind} ${value}`, problem: 'is defined more than once' });
  };
  repeated(
    'topics.yaml',
    'topic',
    files.topics.map((t) => t.slug),
  );
  repeated(
    'claimants.yaml',
    'claimant',
    files.claimants.map((c) => c.slug),
  );
  repeated(
    'metrics.yaml',
    'metric',
    files.metrics.map((m) => m.slug),
  );
  repeated(
    'cross-checks.yaml',
    'cross-check',
    files.crossChecks.map((c) => c.slug),
  );
  repeated(
    'sources/',
    'source',
    files.sources.map((s) => s.seed.slug),
  );
  repeated(
    'sources/',
    'document',
    files.sources.map((s) => s.seed.document),
  );
  repeated(
    'sources/',
    'figure',
    files.sources.flatMap((s) => s.seed.figures.map((f) => f.id)),
  );

  const topicSlugs = new Set(files.topics.map((t) => t.slug));
  for (const metric of files.metrics) {
    if (!topicSlugs.has(metric.topic)) {
      problems.push({
        file: 'metrics.yaml',
        record: `metric ${metric.slug}`,
        problem: `topic "${metric.topic}" is not in topics.yaml`,
      });
    }
  }
  const known = {
    metrics: new Map(files.metrics.map((m) => [m.slug, m.unit])),
    claimants: new Set(files.claimants.map((c) => c.slug)),
  };

  const sources: PreparedSource[] = [];
  const figures: PreparedFigure[] = [];
  const exclusions: PreparedExclusion[] = [];
  for (const { file, seed, text, sha256 } of files.sources) {
    sources.push(prepareSource(file, seed, text, sha256, problems));
    const codePoints = toCodePoints(text);
    for (const figure of seed.figures) {
      const prepared = prepareFigure(file, seed, figure, text, codePoints, known, problems);
      if (prepared) figures.push(prepared);
    }
    repeated(
      file,
      'excluded mention at',
      seed.excluded_mentions.map((m) => String(m.start)),
    );
    const mentionAt = new Map(findNumberMentions(text).map((mention) => [mention.start, mention.text]));
    for (const mention of seed.excluded_mentions) {
      const end = mention.start + Array.from(mention.text).length;
      const found = sliceCodePoints(codePoints, mention.start, end);
      if (found === mention.text && mentionAt.get(mention.start) !== mention.text) {
        problems.push({
          file,
          record: `excluded mention at ${mention.start}`,
          problem: `${JSON.stringify(mention.text)} is not a number mention here (the mention finder reads ${JSON.stringify(mentionAt.get(mention.start) ?? 'none')})`,
        });
      } else if (found !== mention.text) {
        problems.push({
          file,
          record: `excluded mention at ${mention.start}`,
          problem: `text ${JSON.stringify(mention.text)} does not match the archived text there, which reads ${JSON.stringify(found)}`,
        });
      } else {
        exclusions.push({
          sourceSlug: seed.slug,
          start: mention.start,
          end,
          text: mention.text,
          reason: mention.reason,
          note: mention.note,
        });
      }
    }
  }
  const crossChecks = prepareCrossChecks(files, new Map(figures.map((f) => [f.publicId, f])), problems);
  if (problems.length > 0) throw new SeedError(problems);

  return {
    topics: files.topics.map((topic, position) => ({ ...topic, position })),
    claimants: files.claimants.map((c) => ({
      slug: c.slug,
      name: c.name,
      kind: c.kind,
      side: c.side,
      description: c.description,
      role: c.role,
    })),
    metrics: files.metrics.map((m) => ({
      slug: m.slug,
      topicSlug: m.topic,
      name: m.name,
      definition: m.definition,
      unit: m.unit,
      subject: m.subject,
      note: m.note,
    })),
    sources,
    figures,
    exclusions,
    crossChecks,
  };
}
