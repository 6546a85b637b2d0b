// RFC 4180 cells, with OWASP's defence against CSV formula injection for text cells.
import { needsFormulaGuard } from './formula-guard';

export type CsvValue = string | number | null;

export function csvTextCell(text: string | null): string {
  if (text === null) return '';
  // A leading apostrophe makes spreadsheet programs show the cell as text instead of running it.
  const safe = needsFormulaGuard(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) || safe !== text ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvRow(cells: string[]): string {
  return `${cells.join(',')}\r\n`;
}
