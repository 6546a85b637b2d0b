import { csvRow, csvTextCell } from '@/lib/csv/csv-cell';
import type { CorrectionLogEntry } from './describe-correction';

/** The corrections log as a table (Frictionless Table Schema), one row per corrected field or retraction. */
export const correctionsCsvFields = [
  {
    name: 'figure_id',
    type: 'string',
    description: 'Public id of the figure; its permalink is /figures/<figure_id>.',
  },
  { name: 'figure_url', type: 'string', format: 'uri', description: 'Permalink of the figure.' },
  { name: 'action', type: 'string', description: 'corrected or retracted.' },
  { name: 'on', type: 'date', description: 'The day of the correction or retraction.' },
  {
    name: 'field',
    type: 'string',
    description: 'The field corrected (value, bound, claimant, …); empty on a retraction.',
  },
  {
    name: 'was',
    type: 'string',
    description: 'What the field said before the correction; empty on a retraction.',
  },
  { name: 'reason', type: 'string', description: 'Why the figure was corrected or retracted.' },
] as const;

export function correctionsCsv(entries: readonly CorrectionLogEntry[], origin: string): string {
  const header = csvRow(correctionsCsvFields.map((field) => field.name));
  const rows = entries.map((entry) =>
    csvRow([
      csvTextCell(entry.publicId),
      csvTextCell(`${origin}/figures/${encodeURIComponent(entry.publicId)}`),
      entry.kind === 'retraction' ? 'retracted' : 'corrected',
      entry.on,
      csvTextCell(entry.field),
      csvTextCell(entry.was),
      csvTextCell(entry.reason),
    ]),
  );
  return header + rows.join('');
}
