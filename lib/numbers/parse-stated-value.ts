export interface ParsedValue {
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
}

export const cardinalWords: ReadonlyMap<string, number> = new Map(
  Object.entries({
    zero: 0,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
  }),
);

/** Ordinal words that make a rank when a superlative follows: "the world's third largest arsenal". */
export const ordinalWords: ReadonlyMap<string, number> = new Map(
  Object.entries({
    first: 1,
    second: 2,
    third: 3,
    fourth: 4,
    fifth: 5,
    sixth: 6,
    seventh: 7,
    eighth: 8,
    ninth: 9,
    tenth: 10,
  }),
);

export const superlativeWords: ReadonlySet<string> = new Set([
  'largest',
  'biggest',
  'greatest',
  'highest',
  'lowest',
  'smallest',
  'longest',
  'strongest',
  'richest',
  'poorest',
  'most',
  'least',
]);

/** Words that count none on their own: "none of them", "nothing about territory", "nobody". */
export const zeroWords: ReadonlySet<string> = new Set(['none', 'nothing', 'nobody']);

/** Words before "only" that make it a count of one: "the only enterprise", "its only mine". */
export const onlyDeterminers: ReadonlySet<string> = new Set([
  'the',
  'its',
  'his',
  'her',
  'their',
  'our',
  'my',
  'your',
]);

// A count written without a number: none ("produced no ammunition", "not a single") or one ("the only", "sole").
const countsWithoutNumber: ReadonlyMap<string, number> = new Map([
  ...[...zeroWords, 'no', 'no one', 'not a single'].map((words): [string, number] => [words, 0]),
  ...['only', 'only one', 'a single', 'single', 'sole'].map((words): [string, number] => [words, 1]),
  ...[...onlyDeterminers].flatMap((word): [string, number][] => [
    [`${word} only`, 1],
    [`${word} only one`, 1],
  ]),
]);

export const scaleWordPowers: ReadonlyMap<string, number> = new Map(
  Object.entries({ hundred: 2, thousand: 3, million: 6, billion: 9, trillion: 12 }),
);

const denominators: ReadonlyMap<string, number> = new Map(
  Object.entries({
    half: 2,
    halves: 2,
    third: 3,
    thirds: 3,
    quarter: 4,
    quarters: 4,
    fifth: 5,
    fifths: 5,
    sixth: 6,
    sixths: 6,
    seventh: 7,
    sevenths: 7,
    eighth: 8,
    eighths: 8,
    ninth: 9,
    ninths: 9,
    tenth: 10,
    tenths: 10,
  }),
);

const multiplierWords: ReadonlyMap<string, number> = new Map(
  Object.entries({ double: 2, twice: 2, triple: 3 }),
);

const currencySymbols: ReadonlyMap<string, string> = new Map(
  Object.entries({ $: 'USD', '£': 'GBP', '€': 'EUR', '₴': 'UAH', '₽': 'RUB' }),
);

const unitPhrases: ReadonlyMap<string, string> = new Map(
  Object.entries({
    '%': 'percent',
    percent: 'percent',
    'per cent': 'percent',
    times: 'times',
    km2: 'km2',
    'km²': 'km2',
    'sq km': 'km2',
    'square kilometre': 'km2',
    'square kilometres': 'km2',
    'square kilometer': 'km2',
    'square kilometers': 'km2',
    km: 'km',
    kilometre: 'km',
    kilometres: 'km',
    kilometer: 'km',
    kilometers: 'km',
    m: 'm',
    metre: 'm',
    metres: 'm',
    meter: 'm',
    meters: 'm',
    mm: 'mm',
    millimetre: 'mm',
    millimetres: 'mm',
    millimeter: 'mm',
    millimeters: 'mm',
    ft: 'ft',
    foot: 'ft',
    feet: 'ft',
    mi: 'mi',
    mile: 'mi',
    miles: 'mi',
    gw: 'GW',
    gigawatt: 'GW',
    gigawatts: 'GW',
    mw: 'MW',
    megawatt: 'MW',
    megawatts: 'MW',
    tonne: 'tonnes',
    tonnes: 'tonnes',
    day: 'days',
    days: 'days',
    week: 'weeks',
    weeks: 'weeks',
    month: 'months',
    months: 'months',
    year: 'years',
    years: 'years',
    hour: 'hours',
    hours: 'hours',
    dollars: 'USD',
    euro: 'EUR',
    euros: 'EUR',
    hryvnia: 'UAH',
    hryvnias: 'UAH',
    rouble: 'RUB',
    roubles: 'RUB',
    ruble: 'RUB',
    rubles: 'RUB',
  }),
);

type Token = { kind: 'number' | 'word' | 'symbol'; text: string };

// Commas must group exactly three digits, so a European "1,5" is refused rather than read as 15.
const tokenSource = String.raw`\s+|(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d,])|(?<word>\p{L}[\p{L}\d²]*)|(?<symbol>[$£€₴₽%:\-–])`;

function tokenize(text: string): Token[] | null {
  const pattern = new RegExp(tokenSource, 'uy');
  const tokens: Token[] = [];
  while (pattern.lastIndex < text.length) {
    const groups = pattern.exec(text)?.groups;
    if (!groups) return null;
    if (groups.number !== undefined) tokens.push({ kind: 'number', text: groups.number.replaceAll(',', '') });
    else if (groups.word !== undefined) tokens.push({ kind: 'word', text: groups.word });
    else if (groups.symbol !== undefined) tokens.push({ kind: 'symbol', text: groups.symbol });
  }
  return tokens;
}

class Cursor {
  position = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  get atEnd(): boolean {
    return this.position >= this.tokens.length;
  }

  peek(offset = 0): Token | undefined {
    return this.tokens[this.position + offset];
  }

  word(offset = 0): string | undefined {
    const token = this.peek(offset);
    return token?.kind === 'word' ? token.text : undefined;
  }

  symbol(offset = 0): string | undefined {
    const token = this.peek(offset);
    return token?.kind === 'symbol' ? token.text : undefined;
  }

  advance(count = 1): void {
    this.position += count;
  }
}

/** A decimal numeral times a power of ten, kept apart so "1.1 million" is exactly 1100000. */
interface Amount {
  decimal: string;
  power: number;
}

interface Quantity {
  value: number;
  unit: string | null;
  amount: Amount | null;
}

function amountValue({ decimal, power }: Amount): number {
  return Number(`${decimal}e${power}`);
}

function lookup<T>(table: ReadonlyMap<string, T>, key: string | undefined): T | undefined {
  return key === undefined ? undefined : table.get(key);
}

type WordState = 'start' | 'article' | 'unit' | 'tens' | 'hundred' | 'scale' | 'and';

function readWordNumber(cursor: Cursor): Amount | null {
  const start = cursor.position;
  let total = 0;
  let group = 0;
  let state: WordState = 'start';
  let lastScalePower = Infinity;
  let trailingPower = 0;
  for (;;) {
    if (state === 'tens' && cursor.symbol() === '-' && isDigitWord(cursor.word(1))) cursor.advance();
    const word = cursor.word();
    const cardinal = lookup(cardinalWords, word);
    const power = lookup(scaleWordPowers, word);
    const canStartGroup = state === 'start' || state === 'hundred' || state === 'scale' || state === 'and';
    if ((word === 'a' || word === 'an') && state === 'start' && takesArticle(cursor.word(1))) {
      group = 1;
      state = 'article';
    } else if (
      cardinal !== undefined &&
      (canStartGroup ? cardinal < 20 : state === 'tens' && isDigitWord(word))
    ) {
      group += cardinal;
      state = 'unit';
    } else if (cardinal !== undefined && cardinal >= 20 && canStartGroup) {
      group += cardinal;
      state = 'tens';
    } else if (power === 2 && (state === 'article' || state === 'unit')) {
      group *= 100;
      state = 'hundred';
    } else if (
      power !== undefined &&
      power > 2 &&
      power < lastScalePower &&
      (state === 'article' || state === 'unit' || state === 'tens' || state === 'hundred')
    ) {
      total += group * 10 ** power;
      group = 0;
      lastScalePower = power;
      state = 'scale';
    } else if (
      word === 'and' &&
      (state === 'hundred' || state === 'scale') &&
      lookup(cardinalWords, cursor.word(1)) !== undefined
    ) {
      state = 'and';
    } else {
      break;
    }
    trailingPower = state === 'scale' ? lastScalePower : 0;
    cursor.advance();
  }
  const complete =
    state !== 'start' && state !== 'and' && (state !== 'article' || takesArticle(cursor.word()));
  if (!complete) {
    cursor.position = start;
    return null;
  }
  return { decimal: String((total + group) / 10 ** trailingPower), power: trailingPower };
}

function isDigitWord(word: string | undefined): boolean {
  const cardinal = lookup(cardinalWords, word);
  return cardinal !== undefined && cardinal > 0 && cardinal < 10;
}

function takesArticle(word: string | undefined): boolean {
  return (
    word === 'dozen' ||
    lookup(scaleWordPowers, word) !== undefined ||
    lookup(denominators, word) !== undefined
  );
}

function readAmount(cursor: Cursor): Amount | null {
  const halfOfScale = lookup(scaleWordPowers, cursor.word(2));
  if (cursor.word() === 'half' && (cursor.word(1) === 'a' || cursor.word(1) === 'an') && halfOfScale) {
    cursor.advance(3);
    return { decimal: '0.5', power: halfOfScale };
  }
  const token = cursor.peek();
  let amount: Amount | null;
  if (token?.kind === 'number') {
    cursor.advance();
    amount = { decimal: token.text, power: 0 };
    for (
      let power = lookup(scaleWordPowers, cursor.word());
      power !== undefined;
      power = lookup(scaleWordPowers, cursor.word())
    ) {
      amount = { decimal: amount.decimal, power: amount.power + power };
      cursor.advance();
    }
  } else {
    amount = readWordNumber(cursor);
  }
  if (amount && cursor.word() === 'dozen') {
    cursor.advance();
    return { decimal: String(Number(amount.decimal) * 12), power: amount.power };
  }
  return amount;
}

function readCurrency(cursor: Cursor): string | null {
  if (cursor.word() === 'us' && cursor.symbol(1) === '$') {
    cursor.advance(2);
    return 'USD';
  }
  const currency = lookup(currencySymbols, cursor.symbol());
  if (currency === undefined) return null;
  cursor.advance();
  return currency;
}

function readUnit(cursor: Cursor): string | null {
  const start = cursor.position;
  if (cursor.symbol() === '-') cursor.advance();
  const first = cursor.peek()?.text;
  const second = cursor.word(1);
  const twoWords =
    first !== undefined && second !== undefined ? unitPhrases.get(`${first} ${second}`) : undefined;
  if (twoWords !== undefined) {
    cursor.advance(2);
    return twoWords;
  }
  const oneWord = lookup(unitPhrases, first);
  if (oneWord !== undefined) {
    cursor.advance();
    return oneWord;
  }
  cursor.position = start;
  return null;
}

function readQuantity(cursor: Cursor): Quantity | null {
  const currency = readCurrency(cursor);
  const multiplier = lookup(multiplierWords, cursor.word());
  if (multiplier !== undefined && currency === null) {
    cursor.advance();
    return { value: multiplier, unit: 'times', amount: null };
  }
  // An article before a unit counts as one: "an hour and a half" is 1.5 hours.
  const articleBeforeUnit =
    (cursor.word() === 'a' || cursor.word() === 'an') && lookup(unitPhrases, cursor.word(1)) !== undefined;
  if (articleBeforeUnit) cursor.advance();
  const amount = articleBeforeUnit ? { decimal: '1', power: 0 } : readAmount(cursor);
  if (!amount) {
    if (cursor.word() !== 'half' || currency !== null) return null;
    cursor.advance();
    return { value: 50, unit: 'percent', amount: null };
  }
  const divisor =
    cursor.symbol() === ':' && cursor.peek(1)?.kind === 'number' ? Number(cursor.peek(1)?.text) : null;
  if (divisor !== null) {
    cursor.advance(2);
    return currency === null && divisor !== 0
      ? { value: amountValue(amount) / divisor, unit: 'ratio', amount: null }
      : null;
  }
  const denominator = lookup(denominators, cursor.word());
  if (denominator !== undefined) {
    cursor.advance();
    return currency === null
      ? { value: (amountValue(amount) * 100) / denominator, unit: 'percent', amount: null }
      : null;
  }
  const unit = readUnit(cursor);
  if (currency !== null && unit !== null) return null;
  if (unit !== null && cursor.word() === 'and' && cursor.word(1) === 'a' && cursor.word(2) === 'half') {
    cursor.advance(3);
    return { value: amountValue(amount) + 0.5, unit, amount: null };
  }
  return { value: amountValue(amount), unit: currency ?? unit, amount };
}

function joinRange(low: Quantity, high: Quantity): ParsedValue | null {
  if (low.unit !== null && high.unit !== null && low.unit !== high.unit) return null;
  let lowValue = low.value;
  // "20 to 25 million" means 20 million, but "500 to 2 million" means 500.
  if (
    low.amount &&
    high.amount &&
    low.amount.power === 0 &&
    high.amount.power > 0 &&
    Number(low.amount.decimal) < Number(high.amount.decimal)
  ) {
    lowValue = amountValue({ decimal: low.amount.decimal, power: high.amount.power });
  }
  if (lowValue >= high.value) return null;
  return { value: null, low: lowValue, high: high.value, unit: low.unit ?? high.unit };
}

// "X or Y" names two alternatives in either order ("20 or possibly 18" reads from 18 to 20), so both orders span.
function joinAlternatives(first: Quantity, second: Quantity): ParsedValue | null {
  return joinRange(first, second) ?? joinRange(second, first);
}

/** The words that join the two ends of a range, by the word that opens it ("" when none does). */
const rangeConnectors: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['', new Set(['to', '-', '–', 'or'])],
  ['between', new Set(['and', '-', '–'])],
  ['from', new Set(['to', '-', '–'])],
]);

// Vague plurals are read as the least they can mean: "hundreds of thousands" is at least 200,000.
const vagueAmounts: ReadonlyMap<string, number> = new Map(
  Object.entries({
    dozens: 24,
    hundreds: 200,
    thousands: 2_000,
    'tens of thousands': 20_000,
    'hundreds of thousands': 200_000,
    millions: 2_000_000,
    'tens of millions': 20_000_000,
    'hundreds of millions': 200_000_000,
    billions: 2_000_000_000,
  }),
);

/** "third largest" or "2nd-biggest" is a rank: position 3 or 2 in an ordering. */
function parseRank(text: string): ParsedValue | null {
  const match = /^(?:(?<word>\p{L}+)|(?<digits>\d+)(?:st|nd|rd|th))[\s-]+(?<superlative>\p{L}+)$/u.exec(text);
  if (!match?.groups || !superlativeWords.has(match.groups.superlative ?? '')) return null;
  const rank = match.groups.digits ? Number(match.groups.digits) : lookup(ordinalWords, match.groups.word);
  return rank === undefined ? null : { value: rank, low: null, high: null, unit: 'rank' };
}

export function parseStatedValue(text: string): ParsedValue | null {
  const lower = text.trim().toLowerCase();
  const rank = parseRank(lower);
  if (rank) return rank;
  const words = lower.replace(/\s+/g, ' ');
  const vague = vagueAmounts.get(words);
  if (vague !== undefined) return { value: vague, low: vague, high: null, unit: null };
  const count = countsWithoutNumber.get(words);
  if (count !== undefined) return { value: count, low: null, high: null, unit: null };
  const tokens = tokenize(lower);
  if (!tokens || tokens.length === 0) return null;
  const cursor = new Cursor(tokens);
  const opener = cursor.word() === 'between' || cursor.word() === 'from' ? (cursor.word() ?? '') : '';
  if (opener !== '') cursor.advance();
  const first = readQuantity(cursor);
  if (!first) return null;
  if (cursor.atEnd) {
    return opener === '' ? { value: first.value, low: null, high: null, unit: first.unit } : null;
  }
  const connector = cursor.peek()?.text ?? '';
  if (!rangeConnectors.get(opener)?.has(connector)) return null;
  cursor.advance();
  if (connector === 'or' && cursor.word() === 'possibly') cursor.advance();
  const second = readQuantity(cursor);
  if (!second || !cursor.atEnd) return null;
  return connector === 'or' ? joinAlternatives(first, second) : joinRange(first, second);
}
