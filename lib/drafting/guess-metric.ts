import { slugify } from './guess-claimant';

export interface KnownMetric {
  slug: string;
  name: string;
  unit: string;
  definition: string;
}

const stopWords = new Set([
  'the',
  'a',
  'an',
  'of',
  'in',
  'on',
  'to',
  'and',
  'or',
  'for',
  'by',
  'with',
  'that',
  'this',
  'is',
  'are',
  'was',
  'were',
  'be',
  'its',
  'it',
  'as',
  'at',
  'from',
  'has',
  'have',
  'had',
  'said',
  'says',
  'per',
  'than',
  'more',
  'about',
  'ukraine',
  'ukraine’s',
  'russia',
  'russia’s',
]);

function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\d]+/u)
      .filter((word) => word.length > 2 && !stopWords.has(word))
      .map((word) => word.replace(/s$/, '')),
  );
}

/** The metric of a number: among metrics in its unit, the one whose name and definition share most words with its sentence (at least two), or a stub to add. */
export function matchMetric(
  unit: string,
  sentence: string,
  metrics: readonly KnownMetric[],
): { slug: string; stub: KnownMetric | null } {
  const said = words(sentence);
  let best: { metric: KnownMetric; score: number } | null = null;
  for (const metric of metrics) {
    if (metric.unit !== unit) continue;
    const score = [...words(`${metric.name} ${metric.definition}`)].filter((word) => said.has(word)).length;
    if (score >= 2 && (!best || score > best.score)) best = { metric, score };
  }
  if (best) return { slug: best.metric.slug, stub: null };
  const topic = [...said].slice(0, 4).join(' ');
  const slug = `${slugify(topic || unit)}-${slugify(unit)}`;
  return {
    slug,
    stub: { slug, name: topic || unit, unit, definition: `Drafted from: ${sentence.slice(0, 120)}` },
  };
}

const countNouns: ReadonlyMap<string, string> = new Map([
  ['troops', 'people'],
  ['soldiers', 'people'],
  ['people', 'people'],
  ['civilians', 'people'],
  ['workers', 'people'],
  ['men', 'people'],
  ['women', 'people'],
  ['children', 'people'],
  ['casualties', 'people'],
  ['refugees', 'people'],
  ['residents', 'people'],
]);

/** The unit of a count, from the noun after it ("1,500 drones" is in drones, "6,000 troops" in people). */
export function unitOfCount(after: string): string {
  const noun = /^\s*(?:[\p{L}-]+\s+)?([\p{L}]+)/u.exec(after.toLowerCase());
  const direct = /^\s*([\p{L}]+)/u.exec(after.toLowerCase())?.[1];
  for (const candidate of [direct, noun?.[1]]) {
    if (candidate && countNouns.has(candidate)) return countNouns.get(candidate) as string;
  }
  return direct && /s$/.test(direct) ? direct : 'count';
}
