// The one number formatter: tables, tooltips and chart axes use the display forms, CSV and JSON the plain form.

const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const scaled = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });

const currencyPrefix: Record<string, string> = { USD: 'US$', GBP: '£', EUR: '€' };
const unitSuffix: Record<string, string> = { percent: '%', km2: ' km²', ratio: ':1', times: '×' };

/** A plain decimal for machines: no grouping, no exponent, and exactly the stored number when read back. */
export function formatPlainNumber(value: number | null): string {
  if (value === null) return '';
  const shortest = String(value);
  if (!/e/i.test(shortest)) return shortest;
  return value.toLocaleString('en-US', {
    useGrouping: false,
    maximumSignificantDigits: 17,
    maximumFractionDigits: 100,
  });
}

const exactCount = new Intl.NumberFormat('en-GB');

/** A count of things, exact and grouped: 1000080 → "1,000,080", never rounded to "1 million". */
export function formatCount(count: number): string {
  return exactCount.format(count);
}

/** 20000000000 → "20 billion", 430790 → "430,790". */
export function formatNumber(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude >= 1e9) return `${scaled.format(value / 1e9)} billion`;
  if (magnitude >= 1e6) return `${scaled.format(value / 1e6)} million`;
  return grouped.format(value);
}

/** A value with its unit for readers: "US$20 billion", "18%", "4,168 km²", "1,500 people", "rank 3". */
export function formatQuantity(value: number, unit: string): string {
  const prefix = currencyPrefix[unit];
  if (prefix) return `${value < 0 ? '−' : ''}${prefix}${formatNumber(Math.abs(value))}`;
  if (unit === 'rank') return `rank ${formatNumber(value)}`;
  const suffix = unitSuffix[unit];
  if (suffix) return `${formatNumber(value)}${suffix}`;
  return `${formatNumber(value)} ${value === 1 ? singular(unit) : unit}`;
}

/** Units are stored plural ("points", "companies", "people"); one of them reads "1 point". */
function singular(unit: string): string {
  if (unit === 'people') return 'person';
  if (!/^[a-z]+s$/.test(unit)) return unit;
  return unit.endsWith('ies') ? `${unit.slice(0, -3)}y` : unit.slice(0, -1);
}

const unitNames: Record<string, string> = { ...currencyPrefix, km2: 'km²', percent: '%' };

/** A unit as readers write it: "km²" for km2, "%" for percent; other units as stored. */
export function formatUnit(unit: string): string {
  return unitNames[unit] ?? unit;
}

const perWord = { day: 'a day', week: 'a week', month: 'a month', year: 'a year' } as const;

export function formatRate(value: number, unit: string, per: keyof typeof perWord | null): string {
  return per ? `${formatQuantity(value, unit)} ${perWord[per]}` : formatQuantity(value, unit);
}

const boundWords = {
  exact: '',
  approximately: 'about ',
  more_than: 'more than ',
  at_least: 'at least ',
  less_than: 'less than ',
  up_to: 'up to ',
  range: '',
} as const;

/** The parsed value as a reader reads it, hedge included: "more than 1,500 people a day", "5:1 – 7:1". */
export function formatFigureValue(figure: {
  value: number | null;
  valueLow: number | null;
  valueHigh: number | null;
  bound: keyof typeof boundWords;
  unit: string;
  per: keyof typeof perWord | null;
}): string {
  if (figure.bound === 'range' && figure.valueLow !== null && figure.valueHigh !== null) {
    const low = formatQuantity(figure.valueLow, figure.unit);
    const high = formatRate(figure.valueHigh, figure.unit, figure.per);
    return `${low} – ${high}`;
  }
  if (figure.value === null) return '';
  return `${boundWords[figure.bound]}${formatRate(figure.value, figure.unit, figure.per)}`;
}
