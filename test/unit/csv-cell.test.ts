import { describe, expect, it } from 'vitest';
import { csvRow, csvTextCell } from '@/lib/csv/csv-cell';

describe('CSV cells', () => {
  it('leaves plain text alone and quotes text with commas, quotes or line breaks (RFC 4180)', () => {
    expect(csvTextCell('Kiel Institute')).toBe('Kiel Institute');
    expect(csvTextCell('1,500 a day')).toBe('"1,500 a day"');
    expect(csvTextCell('he said "no"')).toBe('"he said ""no"""');
    expect(csvTextCell('two\nlines')).toBe('"two\nlines"');
  });

  it('keeps curly quotes and non-breaking spaces exactly', () => {
    expect(csvTextCell('“$119\u00a0billion”')).toBe('“$119\u00a0billion”');
  });

  it.each(['=SUM(A1:A2)', '+1', '-2+3', '@cmd', '\tTAB', '\rCR'])(
    'neutralises a text cell starting %j so spreadsheets show it as text',
    (text) => {
      const cell = csvTextCell(text);
      expect(cell.startsWith(`"'`)).toBe(true);
      expect(cell).toContain(text.replaceAll('"', '""'));
    },
  );

  it('writes an empty cell for missing text and ends rows with CRLF', () => {
    expect(csvTextCell(null)).toBe('');
    expect(csvRow(['a', '', 'c'])).toBe('a,,c\r\n');
  });
});
