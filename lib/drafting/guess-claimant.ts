import {
  attributionVerbs,
  auxiliaries,
  bodyNouns,
  bodyWords,
  byParticiples,
  dataNouns,
  demonyms,
  genericWords,
  invertedVerbs,
  numberWords,
  openers,
  personNouns,
  places,
  saying,
  titleWords,
  workNouns,
} from './attribution-words';

export interface KnownClaimant {
  slug: string;
  name: string;
}

/** Who is credited with a number, as written, and whether that is one person (null: a lone name, either). */
export interface Speaker {
  name: string;
  person: boolean | null;
}

interface Token {
  text: string;
  start: number;
  end: number;
  word: boolean;
}

/** One attribution in a sentence: a speaker, or a pronoun still to resolve, and where it is written. */
interface Attribution {
  start: number;
  end: number;
  speaker: Speaker | null;
  pronoun: string | null;
  /** Said in words ("said", "told", "estimates"), so the sentences after it may still be the speaker's. */
  speech?: boolean;
  /** A bare "the ministry": the last speaker with that word in its name, if any. */
  refersTo?: string;
}

const tokenPattern = /(?:\p{L}\.){2,}|[\p{L}\p{N}][\p{L}\p{N}’'&-]*|\S/gu;

function tokenize(text: string): Token[] {
  return [...text.matchAll(tokenPattern)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
    word: /^[\p{L}\p{N}]/u.test(match[0]),
  }));
}

const lower = (token: Token | undefined) => token?.text.toLowerCase() ?? '';
const joiners = new Set(['of', 'for', 'and', 'the', 'de', 'von', 'in', 'on']);
const pronouns = new Set(['he', 'she', 'it', 'they']);
const closers = new Set([',', '”', '"', '’']);

// A capitalised word that can be part of a name: not a sentence opener like "The" or "But".
function isNameWord(token: Token | undefined): boolean {
  return !!token && token.word && /^\p{Lu}/u.test(token.text) && !openers.has(lower(token));
}

const isHeadNoun = (token: Token | undefined) =>
  !!token && token.word && (bodyNouns.has(lower(token)) || personNouns.has(lower(token)));

function speakerOf(
  tokens: readonly Token[],
  from: number,
  to: number,
  text: string,
  person: boolean,
): Speaker | null {
  let words = tokens.slice(from, to + 1);
  while (words.length > 0 && (openers.has(lower(words[0])) || numberWords.has(lower(words[0]))))
    words = words.slice(1);
  if (words.length === 0) return null;
  // Titles go when a name of two or more words is left after the last: "Finance Minister Andriy Holub" is "Andriy Holub".
  const titled = words.findLastIndex((word) => titleWords.has(lower(word))) + 1;
  const rest = words.slice(titled);
  if (
    titled > 0 &&
    rest.length >= 2 &&
    rest.every(isNameWord) &&
    !rest.some((word) => bodyWords.has(lower(word)))
  ) {
    words = words.slice(titled);
    person = true;
  }
  const first = words[0] as Token;
  const last = words.at(-1) as Token;
  // "The IMF’s figures show": the IMF, without the possessive.
  const name = text.slice(first.start, last.end).replace(/[’']s$/, '');
  if (name.length < 2 || places.has(name.toLowerCase())) return null;
  const looksPersonal =
    words.length <= 3 &&
    words.every(isNameWord) &&
    !words.some((word) => bodyWords.has(lower(word))) &&
    !/^[\p{Lu}\d]+$/u.test(name);
  // A lower-case "officer" is one person; "The Economist" is not.
  if (person || personNouns.has(last.text)) return { name, person: true };
  // "Savchenko" or "Mediazona" alone may be a person or a body; "Anna Lindqvist" is a person.
  return { name, person: looksPersonal ? (words.length > 1 ? true : null) : false };
}

/** The noun phrase ending at token `end`: a proper-noun phrase ("Center for Strategic and International Studies") or a
 * lower-case body or person with its modifiers ("senior Ukrainian air force officer", "finance ministry in Moscow"). */
function phraseEndingAt(
  tokens: readonly Token[],
  end: number,
  text: string,
  person: boolean,
): Speaker | null {
  const last = tokens[end];
  if (!last?.word) return null;
  // "Finance Ministry data show": the data are the ministry's.
  if (dataNouns.has(lower(last)) && end > 0) return phraseEndingAt(tokens, end - 1, text, person);
  let from = end;
  let lowerFrom: number | null = isHeadNoun(last) ? end : null;
  if (isNameWord(last)) {
    let at = end - 1;
    while (at >= 0) {
      // "The 2nd Brigade": an ordinal belongs to the name.
      if (isNameWord(tokens[at]) || /^\d+(?:st|nd|rd|th)$/.test(tokens[at]?.text ?? '')) {
        from = at--;
        continue;
      }
      let joined = at;
      while (joined >= 0 && tokens[joined]?.word && joiners.has(lower(tokens[joined]))) joined--;
      if (joined === at || joined < 0) break;
      if (isNameWord(tokens[joined])) {
        from = joined;
        at = joined - 1;
        continue;
      }
      // "the finance ministry in Moscow": a lower-case body placed by a proper noun.
      if (isHeadNoun(tokens[joined]) && /^(?:in|of|for)$/.test(lower(tokens[joined + 1]))) lowerFrom = joined;
      break;
    }
  } else if (lowerFrom === null) return null;
  if (lowerFrom !== null) {
    from = lowerFrom;
    for (let at = lowerFrom - 1, count = 0; at >= 0 && count < 5; at--, count++) {
      const token = tokens[at] as Token;
      const word = lower(token);
      if (
        !token.word ||
        /^\d/.test(word) ||
        openers.has(word) ||
        auxiliaries.has(word) ||
        numberWords.has(word)
      )
        break;
      if (attributionVerbs.has(word) || /ly$/.test(word)) break;
      from = at;
    }
  }
  return speakerOf(tokens, from, end, text, person);
}

/** The phrase after "according to", "by" or an inverted "said": skipping "the", "two", and "figures compiled by". */
function phraseAfter(tokens: readonly Token[], start: number, text: string): Speaker | null {
  let at = start;
  const skip = () => {
    while (
      at < tokens.length &&
      (/^(?:the|a|an|“|")$/.test(lower(tokens[at])) || numberWords.has(lower(tokens[at])))
    )
      at++;
  };
  skip();
  if (dataNouns.has(lower(tokens[at])) || workNouns.has(lower(tokens[at]))) {
    const by = tokens.slice(at, at + 5).findIndex((token) => /^(?:by|from|of)$/.test(lower(token)));
    if (by > 0) {
      at += by + 1;
      skip();
    }
  }
  if (!isNameWord(tokens[at]) && !isHeadNoun(tokens[at]) && !tokens[at]?.word) return null;
  let end = -1;
  let person = false;
  for (let index = at; index < tokens.length && index < at + 9; index++) {
    const token = tokens[index] as Token;
    const word = lower(token);
    if (
      !token.word ||
      auxiliaries.has(word) ||
      attributionVerbs.has(word) ||
      /^(?:which|who|that|whose)$/.test(word)
    )
      break;
    if (joiners.has(word) && !(isNameWord(tokens[index + 1]) || joiners.has(lower(tokens[index + 1])))) break;
    if (openers.has(word) && !joiners.has(word)) break;
    if (/^\d/.test(word)) break;
    // A lower-case phrase must reach its noun before any proper name: not "the full text published in the X".
    if (end < 0 && index > at && !isNameWord(tokens[at]) && (joiners.has(word) || isNameWord(token))) break;
    if (isNameWord(token) || isHeadNoun(token)) end = index;
  }
  if (end < at) return null;
  // "people familiar with the talks", "sources close to the ministry": the phrase is the claimant.
  if (/^(?:people|sources|officials|person|source)$/.test(lower(tokens[end]))) {
    const rest = tokens
      .slice(end + 1, end + 3)
      .map(lower)
      .join(' ');
    if (/^(?:familiar with|close to|briefed on)$/.test(rest)) {
      let to = end + 2;
      while (to + 1 < tokens.length && to < end + 6 && tokens[to + 1]?.word) to++;
      end = to;
      person = false;
    }
  }
  return speakerOf(tokens, at, end, text, person);
}

/** The subject of an attribution verb at token `verb`: past auxiliaries, an appositive, or a participle phrase. */
function subjectBefore(tokens: readonly Token[], verb: number, text: string): Attribution | null {
  let at = verb - 1;
  while (at >= 0 && tokens[at]?.word && auxiliaries.has(lower(tokens[at]))) at--;
  const token = tokens[at];
  if (!token) return null;
  const span = { start: token.start, end: (tokens[verb] as Token).end };
  if (pronouns.has(lower(token))) return { ...span, speaker: null, pronoun: lower(token) };
  // "Joe Biden, who has said": the name before the relative pronoun.
  if (/^(?:who|which)$/.test(lower(token)) && tokens[at - 1]?.text === ',') {
    const speaker = phraseEndingAt(tokens, at - 2, text, false);
    return speaker ? { start: tokens[at - 2]?.start ?? 0, end: span.end, speaker, pronoun: null } : null;
  }
  if (token.text === ',') {
    // "Holub, 47, said", "Lockheed Martin, which makes the PAC-3 MSE, said": the subject before the aside.
    let open = at - 1;
    while (open >= 0 && open > at - 30 && !/^[,;:“”"]$/.test(tokens[open]?.text ?? '')) open--;
    const aside = tokens[open + 1];
    // "the mayor, Vitali Klitschko, said": the aside is the name of the person before it.
    const named = tokens.slice(open + 1, at);
    if (
      tokens[open]?.text === ',' &&
      named.length > 0 &&
      named.every(isNameWord) &&
      personNouns.has(lower(tokens[open - 1]))
    ) {
      const speaker = speakerOf(tokens, open + 1, at - 1, text, true);
      if (speaker) return { start: aside?.start ?? 0, end: span.end, speaker, pronoun: null };
    }
    // The aside opens in lower case or with an article: "47", "who runs…", "a think-tank", not "Norway, said".
    const asideOpens =
      tokens[open]?.text === ',' &&
      !!aside &&
      open + 1 < at &&
      (!/^\p{Lu}/u.test(aside.text) || /^(?:A|An|The)$/.test(aside.text));
    if (!asideOpens) return null;
    const age = at - open === 2 && /^\d{1,3}$/.test(aside.text);
    const speaker = phraseEndingAt(tokens, open - 1, text, age);
    return speaker ? { start: tokens[open - 1]?.start ?? 0, end: span.end, speaker, pronoun: null } : null;
  }
  // "Moscow says": a capital or country that itself speaks stands for its government (not "Moscow had hoped").
  const verbText = tokens[verb]?.text ?? '';
  if (
    places.has(lower(token)) &&
    isNameWord(token) &&
    saying.has(verbText) &&
    (!tokens[at - 1]?.word || /^(?:but|and|yet|so|still|now)$/i.test(tokens[at - 1]?.text ?? ''))
  ) {
    return { ...span, speaker: { name: token.text, person: false }, pronoun: null };
  }
  // "US officials speaking privately have put": skip the participle phrase.
  if (token.word && !isNameWord(token) && !isHeadNoun(token)) {
    for (let back = at; back >= 0 && back > at - 5 && tokens[back]?.word; back--) {
      if (/ing$/.test(lower(tokens[back])) && back > 0) {
        at = back - 1;
        break;
      }
    }
  }
  const speaker = phraseEndingAt(tokens, at, text, false);
  if (!speaker) return null;
  const opening = text.slice(0, token.end - speaker.name.length).trimEnd();
  // "100,000 more than Putin announced", "short of what Moscow had hoped": a comparison, not a source.
  if (/\b(?:than|what)$/i.test(opening)) return null;
  // "the 58-year-old engineer added": a definite description of one person refers back like "he".
  const definite = personNouns.has(lower(token)) && /\bthe(?:\s+\d[\w-]*)?$/i.test(opening);
  const bare = bodyNouns.has(speaker.name) && /\bthe$/i.test(opening);
  return { ...span, speaker, pronoun: definite ? 'he' : null, ...(bare ? { refersTo: speaker.name } : {}) };
}

/** Every attribution a sentence writes, in order: "according to X", "a poll by X", "X said", "”, said X", "he said". */
function findAttributions(sentence: string): Attribution[] {
  const tokens = tokenize(sentence);
  const found: Attribution[] = [];
  tokens.forEach((token, index) => {
    const word = lower(token);
    const previous = lower(tokens[index - 1]);
    if (word === 'to' && previous === 'according') {
      const speaker = phraseAfter(tokens, index + 1, sentence);
      if (speaker)
        found.push({ start: tokens[index - 1]?.start ?? 0, end: token.end, speaker, pronoun: null });
      return;
    }
    if (word === 'by' && (byParticiples.has(previous) || workNouns.has(previous))) {
      const speaker = phraseAfter(tokens, index + 1, sentence);
      if (speaker)
        found.push({ start: tokens[index - 1]?.start ?? 0, end: token.end, speaker, pronoun: null });
      return;
    }
    if (!attributionVerbs.has(token.text)) return;
    if (invertedVerbs.has(word) && closers.has(tokens[index - 1]?.text ?? '')) {
      const next = tokens[index + 1];
      if (next && (isNameWord(next) || /^the$/.test(lower(next)))) {
        const speaker = phraseAfter(tokens, index + 1, sentence);
        if (speaker) {
          found.push({ start: token.start, end: token.end, speaker, pronoun: null, speech: true });
          return;
        }
      }
    }
    const subject = subjectBefore(tokens, index, sentence);
    if (subject) found.push({ ...subject, speech: saying.has(token.text) });
  });
  return found;
}

// Resolves "he said", "she added", "it says" to the latest speaker that fits, adding each speaker to `history`.
function resolve(
  attributions: readonly Attribution[],
  history: Speaker[],
): (Attribution & { speaker: Speaker })[] {
  const resolved: (Attribution & { speaker: Speaker })[] = [];
  for (const attribution of attributions) {
    let speaker = attribution.speaker;
    const refersTo = attribution.refersTo;
    if (refersTo) {
      speaker =
        history.findLast((earlier) => earlier.name.toLowerCase().split(/\s+/).includes(refersTo)) ?? speaker;
    } else if (attribution.pronoun) {
      const wantPerson = attribution.pronoun === 'he' || attribution.pronoun === 'she';
      const wantBody = attribution.pronoun === 'it';
      speaker =
        history.findLast((earlier) =>
          wantPerson ? earlier.person !== false : wantBody ? earlier.person !== true : true,
        ) ??
        // "he" never falls back to a body; "it" and "they" may be anyone.
        (wantPerson ? null : history.at(-1)) ??
        attribution.speaker;
    }
    if (!speaker) continue;
    history.push(speaker);
    resolved.push({ ...attribution, speaker });
  }
  return resolved;
}

/** Who a sentence attributes its numbers to ("X said", "according to X", "”, said X"), as written; null if no one. */
export function findAttribution(sentence: string): string | null {
  return resolve(findAttributions(sentence), [])[0]?.speaker.name ?? null;
}

// Clauses that may each have their own speaker: "X puts it at 1 million, while Y counts 139,800".
function clauseAround(sentence: string, at: number): { start: number; end: number } {
  let start = 0;
  let end = sentence.length;
  for (const match of sentence.matchAll(/[;:]|,\s+(?:while|whereas|but)\b/g)) {
    if (match.index < at) start = match.index;
    else if (match.index < end) end = match.index;
  }
  return { start, end };
}

const splitSentences = (text: string) =>
  text.split(/(?<=[.!?][”’"]?)\s+/).filter((part) => part.trim() !== '');

/**
 * The claimant of a number at `at` in its sentence: the attribution nearest to it, in its own clause if there is one
 * ("he said" resolved to the last person speaking, in this paragraph or before); else, in a quote, the paragraph's last speaker; else
 * no one (the author's).
 */
export function guessAttribution(
  sentence: string,
  paragraphBefore: string,
  at?: number,
  earlierParagraphs = '',
): string | null {
  // Earlier paragraphs only resolve "he said"; a quote carries on a speaker of its own paragraph.
  const earlier: Speaker[] = [];
  for (const text of splitSentences(earlierParagraphs)) resolve(findAttributions(text), earlier);
  const history: Speaker[] = [];
  // The speaker whose reported speech may run on: the paragraph's last attribution, if by a verb of saying.
  let reporting: Speaker | null = null;
  for (const text of splitSentences(paragraphBefore)) {
    const found = resolve(findAttributions(text), [...earlier, ...history]);
    history.push(...found.map((attribution) => attribution.speaker));
    const last = found.at(-1);
    if (last) reporting = last.speech ? last.speaker : null;
  }
  const written = findAttributions(sentence);
  const here = resolve(written, [...earlier, ...history]);
  if (here.length > 0) {
    if (at === undefined) return here[0]?.speaker.name ?? null;
    const clause = clauseAround(sentence, at);
    const inClause = here.filter((found) => found.start >= clause.start && found.start < clause.end);
    const distance = (found: { start: number; end: number }) =>
      found.end <= at ? at - found.end : found.start >= at ? found.start - at : 0;
    const nearest = (inClause.length > 0 ? inClause : here).reduce((best, found) =>
      distance(found) < distance(best) ? found : best,
    );
    return nearest.speaker.name;
  }
  // A quote carries on the speaker before it, and so does reported speech after "said"; after "according to X" or
  // "X data show", a plain sentence is the reporter's own.
  const opens = (paragraphBefore.match(/“/g) ?? []).length;
  const closes = (paragraphBefore.match(/”/g) ?? []).length;
  const quoted = /^\s*[“"]/.test(sentence) || opens > closes;
  // A sentence with its own speaker ("he claims") that cannot be resolved is not someone else's.
  if (written.length > 0) return null;
  return quoted ? (history.at(-1)?.name ?? null) : (reporting?.name ?? null);
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

const nameJoiners = new Set(['of', 'for', 'and', 'the', 'de', 'von', 'in', 'on', 'at', 'with', 's']);

/** A name's words for comparison: no case, accents, possessives, asides in brackets or joiners; demonyms as countries. */
function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[’']s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && !nameJoiners.has(word))
    .map((word) => demonyms.get(word) ?? word);
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');

const looksLikePerson = (name: string) =>
  /^(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}\p{Lu}[\p{L}’'-]*$/u.test(name) &&
  !nameWords(name).some((word) => genericWords.has(word));

/**
 * The claimants.yaml entry a written name refers to, or a stub to add. Whole words only: the same name or slug; all
 * of its words among an entry's ("Ukraine’s General Staff", "Zelensky") when one of them is more than a generic
 * "ministry" or "defence"; its initials ("CSIS"); or, for a person, the same surname.
 */
export function matchClaimant(
  written: string,
  claimants: readonly KnownClaimant[],
): { slug: string; stub: KnownClaimant | null } {
  const slug = slugify(written);
  const words = nameWords(written);
  const key = words.join(' ');
  // A place alone ("Moscow" is Russia) is too vague to pick one of a country's bodies.
  const distinctive =
    words.some((word) => !genericWords.has(word)) && !words.every((word) => places.has(word));
  const wordsOf = (claimant: KnownClaimant) =>
    new Set([...nameWords(claimant.name), ...claimant.slug.split('-')]);
  const within = distinctive
    ? claimants
        .filter((claimant) => {
          const theirs = wordsOf(claimant);
          return words.every((word) => theirs.has(word));
        })
        .sort((a, b) => wordsOf(a).size - wordsOf(b).size)
    : [];
  const surname = words.at(-1);
  const found =
    claimants.find((claimant) => claimant.slug === slug || nameWords(claimant.name).join(' ') === key) ??
    within[0] ??
    (/^\p{Lu}{2,6}$/u.test(written)
      ? claimants.find((claimant) => initials(claimant.name) === written)
      : undefined) ??
    (looksLikePerson(written)
      ? claimants.find(
          (claimant) => looksLikePerson(claimant.name) && nameWords(claimant.name).at(-1) === surname,
        )
      : undefined);
  return found ? { slug: found.slug, stub: null } : { slug, stub: { slug, name: written } };
}
