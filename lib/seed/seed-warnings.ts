import type { SeedFiles } from './read-seed-directory';
import type { SeedProblem } from './seed-error';
import type { FigureSeed } from './seed-schema';

type Bound = FigureSeed['bound'];

// Hedge words an article writes just before a number, and the bound each one means.
const hedges: readonly { words: RegExp; bound: Bound }[] = [
  // "over" after a phrasal verb ("fork over $500 billion", "hand over") is no hedge.
  {
    words:
      /\b(?:more than|(?<!\b(?:fork|forks|forked|hand|hands|handed|turn|turns|turned|take|took|taken|sign|signed|pass|passed|carry|carried|roll|rolled) )over|above|upwards of|in excess of)$/,
    bound: 'more_than',
  },
  { words: /\b(?:at least|no fewer than|no less than|a minimum of)$/, bound: 'at_least' },
  { words: /\b(?:fewer than|less than|under|below)$/, bound: 'less_than' },
  { words: /\b(?:up to|at most|as many as|as much as|a maximum of|no more than)$/, bound: 'up_to' },
  {
    words:
      /\b(?:about|around|roughly|approximately|nearly|almost|some|an estimated|close to|just over|just under)$/,
    bound: 'approximately',
  },
];

// Bounds that a hedge may stand for without a contradiction: "nearly" is approximate, but an editor may read it as
// "less than"; "just over" may be "more than".
const compatible: Readonly<Record<Bound, readonly Bound[]>> = {
  exact: [],
  approximately: ['approximately', 'less_than', 'more_than', 'up_to', 'at_least'],
  more_than: ['more_than', 'at_least'],
  at_least: ['at_least', 'more_than'],
  less_than: ['less_than', 'up_to'],
  up_to: ['up_to', 'less_than'],
  range: [],
};

/** The hedge written just before the stated value in the quote ("more than" in "more than 1,500 drones"), if any. */
export function findHedge(quote: string, valueText: string): { words: string; bound: Bound } | null {
  const at = quote.indexOf(valueText);
  if (at < 0) return null;
  const before = quote.slice(0, at).toLowerCase().replace(/\s+/g, ' ').trimEnd();
  for (const hedge of hedges) {
    const match = hedge.words.exec(before);
    if (match) return { words: match[0], bound: hedge.bound };
  }
  return null;
}

/** What is wrong with a figure's bound given its quote and its low/high, in words; empty when nothing is. */
export function boundWarnings(
  figure: Pick<FigureSeed, 'bound' | 'low' | 'high' | 'quote' | 'value_text' | 'note'>,
): string[] {
  const warnings: string[] = [];
  const hedge = findHedge(figure.quote.text, figure.value_text);
  // A note that quotes the hedge with the value says how the editor read it ("'over eleven years' read as …").
  const explained =
    hedge !== null &&
    (figure.note ?? '').toLowerCase().includes(`${hedge.words} ${figure.value_text}`.toLowerCase());
  if (hedge && !explained && figure.bound !== 'range' && !compatible[hedge.bound].includes(figure.bound)) {
    warnings.push(
      `bound is ${figure.bound} but the quote says "${hedge.words} ${figure.value_text}" (${hedge.bound})`,
    );
  }
  if ((figure.bound === 'more_than' || figure.bound === 'at_least') && figure.low === null)
    warnings.push(`bound is ${figure.bound} but low is not set`);
  if ((figure.bound === 'less_than' || figure.bound === 'up_to') && figure.high === null)
    warnings.push(`bound is ${figure.bound} but high is not set`);
  return warnings;
}

/**
 * What a valid seed may still get wrong without breaking a page: a bound the quote's words contradict, a bound
 * missing its end, and metrics, claimants, topics and articles nothing uses.
 */
export function listSeedWarnings(files: SeedFiles): SeedProblem[] {
  const warnings: SeedProblem[] = [];
  const usedMetrics = new Set<string>();
  const usedClaimants = new Set<string>();
  for (const { file, seed } of files.sources) {
    for (const figure of seed.figures) {
      if (figure.status === 'draft') continue;
      usedMetrics.add(figure.metric);
      usedClaimants.add(figure.claimant);
      for (const problem of boundWarnings(figure))
        warnings.push({ file, record: `figure ${figure.id}`, problem });
    }
    if (seed.figures.every((figure) => figure.status === 'draft'))
      warnings.push({
        file,
        record: `source ${seed.slug}`,
        problem: 'has no figures: no page shows a number from it',
      });
  }
  const usedTopics = new Set(files.metrics.filter((m) => usedMetrics.has(m.slug)).map((m) => m.topic));
  for (const metric of files.metrics) {
    if (!usedMetrics.has(metric.slug))
      warnings.push({
        file: 'metrics.yaml',
        record: `metric ${metric.slug}`,
        problem: 'no figure measures it',
      });
  }
  for (const claimant of files.claimants) {
    if (!usedClaimants.has(claimant.slug))
      warnings.push({
        file: 'claimants.yaml',
        record: `claimant ${claimant.slug}`,
        problem: 'no figure is theirs',
      });
  }
  for (const topic of files.topics) {
    if (!usedTopics.has(topic.slug))
      warnings.push({ file: 'topics.yaml', record: `topic ${topic.slug}`, problem: 'no figure is in it' });
  }
  return warnings;
}
