export interface Token {
  kind: 'word' | 'space' | 'symbol';
  text: string;
  lower: string;
  start: number;
  end: number;
}

const alphanumeric = /[\p{L}\p{M}\p{N}]/u;
const asciiDigit = /[0-9]/;
const horizontalSpace = /[ \t\u00a0\u2009\u202f]/;
const upperCaseStart = /^\p{Lu}/u;
const apostrophes = new Set(["'", '\u2019']);
const hyphens = new Set(['-', '\u2010', '\u2011']);

export const unitSymbols: ReadonlySet<string> = new Set([
  'km2',
  'km²',
  'km',
  'm',
  'mm',
  'cm',
  'kg',
  'mi',
  'ft',
  'gw',
  'mw',
  'kw',
  'gwh',
  'mwh',
  'twh',
]);

/** Words (letters and digits, with "1,500" and "0.6" kept whole), runs of horizontal space, and single symbols. */
export function tokenize(chars: readonly string[]): Token[] {
  const at = (index: number): string => chars[index] ?? '';
  const isGroupSeparator = (index: number): boolean =>
    (at(index) === ',' || at(index) === '.') &&
    asciiDigit.test(at(index - 1)) &&
    asciiDigit.test(at(index + 1));
  const tokens: Token[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = start + 1;
    let kind: Token['kind'] = 'symbol';
    if (alphanumeric.test(at(start))) {
      kind = 'word';
      while (end < chars.length && (alphanumeric.test(at(end)) || isGroupSeparator(end))) end++;
    } else if (horizontalSpace.test(at(start))) {
      kind = 'space';
      while (end < chars.length && horizontalSpace.test(at(end))) end++;
    }
    const text = chars.slice(start, end).join('');
    tokens.push({ kind, text, lower: text.toLowerCase(), start, end });
    start = end;
  }
  return tokens;
}

export class TokenList {
  constructor(private readonly tokens: readonly Token[]) {}

  get length(): number {
    return this.tokens.length;
  }

  token(index: number): Token | undefined {
    return this.tokens[index];
  }

  lower(index: number): string {
    return this.tokens[index]?.lower ?? '';
  }

  isNumeral(index: number): boolean {
    const token = this.tokens[index];
    return token?.kind === 'word' && asciiDigit.test(token.text) && !unitSymbols.has(token.lower);
  }

  isLetters(index: number): boolean {
    const token = this.tokens[index];
    return token?.kind === 'word' && !asciiDigit.test(token.text);
  }

  isCapitalised(index: number): boolean {
    return this.isLetters(index) && upperCaseStart.test(this.tokens[index]?.text ?? '');
  }

  isSpace(index: number): boolean {
    return this.tokens[index]?.kind === 'space';
  }

  isHyphen(index: number): boolean {
    return hyphens.has(this.lower(index));
  }

  /** The "s" of a possessive ("Ukraine’s"), an apostrophe before it and a word before that. */
  isPossessive(index: number): boolean {
    return this.lower(index) === 's' && apostrophes.has(this.lower(index - 1)) && this.isLetters(index - 2);
  }

  /** The next word after a space (or, unless refused, a hyphen). */
  linkedWord(index: number, viaHyphen = true): number | null {
    const joined = this.isSpace(index + 1) || (viaHyphen && this.isHyphen(index + 1));
    return joined && this.isLetters(index + 2) ? index + 2 : null;
  }

  /** The previous word before a space. */
  previousWord(index: number): number | null {
    return this.isSpace(index - 1) && this.isLetters(index - 2) ? index - 2 : null;
  }

  followedBySpaced(index: number, words: { has(word: string): boolean }): boolean {
    return this.isSpace(index + 1) && words.has(this.lower(index + 2));
  }

  precededBySpaced(index: number, words: { has(word: string): boolean }): boolean {
    return this.isSpace(index - 1) && words.has(this.lower(index - 2));
  }
}
