import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRow, csvTextCell } from '@/lib/csv/csv-cell';
import { formulaCellFirstCharacter, formulaCellPattern, needsFormulaGuard } from '@/lib/csv/formula-guard';
import { formatPlainNumber } from '@/lib/format/format-number';

// What a spreadsheet may skip before it reads "=", and the characters that start a formula (OWASP, plus the
// full-width, small and minus-sign forms the issue found unguarded).
const invisibleLead = fc.constantFrom(
  ' ',
  '\u00a0',
  '\u3000',
  '\ufeff',
  '\u200b',
  '\u2003',
  '\t',
  '\n',
  '\v',
);
const formulaStart = fc.constantFrom('=', '+', '-', '@', '|', '＝', '＋', '－', '＠', '﹦', '﹢', '﹣', '−');
const control = fc.constantFrom('\n', '\r', '\t', '\0', '\v', '\f', '\u0001', '\u001f', '\u007f');

function readBack(cell: string): string {
  const rows = parse(csvRow([cell, 'end']), { relax_column_count: false }) as string[][];
  expect(rows).toHaveLength(1);
  expect(rows[0]).toHaveLength(2);
  return rows[0]![0]!;
}

describe('text cells of a figures CSV', () => {
  it('read back as the same text, or the text behind an apostrophe, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const read = readBack(csvTextCell(text));
        expect(read === text || read === `'${text}`).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  }, 60_000);

  it('guard every formula start, after any run of spaces, BOM or zero-width space', () => {
    fc.assert(
      fc.property(
        fc.array(invisibleLead, { maxLength: 4 }),
        formulaStart,
        fc.string(),
        (lead, start, rest) => {
          const text = `${lead.join('')}${start}${rest}`;
          expect(readBack(csvTextCell(text))).toBe(`'${text}`);
        },
      ),
      { numRuns: 1_000 },
    );
  }, 60_000);

  it('guard every cell that starts with a control character', () => {
    fc.assert(
      fc.property(control, fc.string(), (first, rest) => {
        expect(readBack(csvTextCell(`${first}${rest}`))).toBe(`'${first}${rest}`);
      }),
      { numRuns: 1_000 },
    );
  }, 60_000);

  it('leave ordinary text alone and numbers in numeric columns unguarded', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ,.'’“”%$€£-]*$/), (text) => {
        expect(readBack(csvTextCell(text))).toBe(text);
      }),
      { numRuns: 1_000 },
    );
    for (const value of [-5, -0.25, -1e21, 430790]) {
      expect(readBack(formatPlainNumber(value))).toBe(
        String(value === -1e21 ? '-1000000000000000000000' : value),
      );
    }
  }, 60_000);
});

const firstCharacter = new RegExp(formulaCellFirstCharacter);

describe('the formula guard’s first-character test', () => {
  it('lets through every cell the whole pattern guards, so a writer may skip the pattern when it fails', () => {
    const risky = fc.constantFrom(
      ' ',
      '\t',
      '\u00a0',
      '\u200b',
      '\ufeff',
      '=',
      '+',
      '-',
      '@',
      '|',
      '＝',
      '﹦',
      '−',
      '\r',
    );
    const text = fc
      .tuple(fc.array(risky, { maxLength: 4 }), fc.string())
      .map(([head, tail]) => head.join('') + tail);
    fc.assert(
      fc.property(fc.oneof(text, fc.string()), (cell) => {
        if (needsFormulaGuard(cell)) expect(firstCharacter.test(cell)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects ordinary first characters outright', () => {
    for (const cell of ['Kiel Institute', '“three”', '1,500', 'US$20 billion', 'ＡＢＣ']) {
      expect(firstCharacter.test(cell)).toBe(false);
      expect(new RegExp(formulaCellPattern).test(cell)).toBe(false);
    }
  });
});
