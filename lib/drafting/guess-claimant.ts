export interface KnownClaimant {
  slug: string;
  name: string;
}

const name = String.raw`(?:the\s+)?[A-Z][\p{L}’'.-]*(?:\s+(?:of\s+|de\s+|von\s+)?[A-Z][\p{L}’'.-]*)*`;
const speech = String.raw`(?:said|says|told|claimed|claims|estimated|estimates|stated|added|warned|reported|believes|wrote|insisted)`;

const patterns: readonly RegExp[] = [
  new RegExp(String.raw`[Aa]ccording to (${name})`, 'u'),
  new RegExp(String.raw`[”"],?\s+${speech}\s+(${name})`, 'u'),
  // "Petrenko, who runs a workshop in Kharkiv, said": the subject, not the last name before the verb.
  new RegExp(String.raw`(${name}),\s+(?:who|whose|the|a|an)\b[^,]{0,80},\s+${speech}\b`, 'u'),
  new RegExp(String.raw`(${name}),?(?:\s+[\p{Ll}’',]+){0,6}?\s+${speech}\b`, 'u'),
  new RegExp(String.raw`${speech}\s+(${name})`, 'u'),
];

// Capitalised words that open a sentence or name no one.
const notNames = new Set([
  'The',
  'It',
  'This',
  'That',
  'But',
  'And',
  'He',
  'She',
  'They',
  'We',
  'I',
  'In',
  'On',
  'At',
  'A',
  'An',
  'As',
  'If',
  'When',
  'Officials',
  'Analysts',
  'Experts',
]);

function clean(found: string): string | null {
  const words = found.replace(/^the\s+/i, '').split(/\s+/);
  while (words.length > 0 && notNames.has(words[0] ?? '')) words.shift();
  const text = words
    .join(' ')
    .replace(/[.,]+$/, '')
    .replace(/[’']s$/, '');
  return text.length > 1 ? text : null;
}

/** Who a sentence attributes its numbers to ("X said", "according to X", "”, said X"), as written; null if no one. */
export function findAttribution(sentence: string): string | null {
  for (const pattern of patterns) {
    const match = pattern.exec(sentence);
    const found = match?.[1] ? clean(match[1]) : null;
    if (found) return found;
  }
  return null;
}

/**
 * The claimant of a number: named in its sentence, or else the last speaker the paragraph reported before it
 * (reported speech: "he said" refers back), or else no one (the author's).
 */
export function guessAttribution(sentence: string, paragraphBefore: string): string | null {
  const here = findAttribution(sentence);
  if (here) return here;
  const sentences = paragraphBefore.split(/(?<=[.!?][”’"]?)\s+/).reverse();
  for (const earlier of sentences) {
    const found = findAttribution(earlier);
    if (found) return found;
  }
  return null;
}

export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'unknown'
  );
}

/** The claimants.yaml entry a written name refers to (full name, surname, or slug), or a stub to add. */
export function matchClaimant(
  written: string,
  claimants: readonly KnownClaimant[],
): { slug: string; stub: KnownClaimant | null } {
  const wanted = written.toLowerCase();
  const surname = wanted.split(/\s+/).at(-1) ?? wanted;
  const found =
    claimants.find((c) => c.name.toLowerCase() === wanted || c.slug === slugify(written)) ??
    claimants.find((c) => c.name.toLowerCase().includes(wanted)) ??
    claimants.find((c) => (c.name.toLowerCase().split(/\s+/).at(-1) ?? '') === surname);
  return found
    ? { slug: found.slug, stub: null }
    : { slug: slugify(written), stub: { slug: slugify(written), name: written } };
}
