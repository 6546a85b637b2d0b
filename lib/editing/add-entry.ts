import YAML, { isMap, isSeq, type Document, type YAMLSeq } from 'yaml';
import { z } from 'zod';
import { claimantSeed, metricSeed } from '@/lib/seed/seed-schema';

/** The slug is already in the list: the picker should have offered it. */
export class EntryExistsError extends Error {
  constructor(slug: string) {
    super(`${slug} is already in the list`);
    this.name = 'EntryExistsError';
  }
}

export type NewEntry =
  | { list: 'claimants'; entry: z.output<typeof claimantSeed> }
  | { list: 'metrics'; entry: z.output<typeof metricSeed> };

export type NewEntryResult =
  | { ok: true; added: NewEntry }
  | { ok: false; errors: Record<string, string>; values: Record<string, string> };

const claimantFields = ['slug', 'name', 'kind', 'side', 'description', 'role'] as const;
const metricFields = ['slug', 'topic', 'name', 'definition', 'unit', 'subject', 'note'] as const;

/**
 * Reads the form that proposes a claimant or metric a draft names but the seed does not have yet, against the seed's
 * own schema, so what is written is what the loader takes. Empty optional fields are left out.
 */
export function parseNewEntry(list: 'claimants' | 'metrics', form: Record<string, string>): NewEntryResult {
  const fields = list === 'claimants' ? claimantFields : metricFields;
  const input = Object.fromEntries(
    fields.flatMap((field) => {
      const value = (form[`new_${field}`] ?? '').trim();
      return value === '' && (field === 'role' || field === 'note') ? [] : [[field, value]];
    }),
  );
  const parsed = (list === 'claimants' ? claimantSeed : metricSeed).safeParse(input);
  if (parsed.success) {
    const added =
      list === 'claimants'
        ? { list, entry: parsed.data as z.output<typeof claimantSeed> }
        : { list, entry: parsed.data as z.output<typeof metricSeed> };
    return { ok: true, added };
  }
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[`new_${String(issue.path[0] ?? 'slug')}`] ??= issue.message;
  return { ok: false, errors, values: form };
}

/** claimants.yaml or metrics.yaml with one entry added at the end; comments and every other entry stay as they are. */
export function appendEntry(yamlText: string, added: NewEntry): string {
  const document: Document = YAML.parseDocument(yamlText, { uniqueKeys: true });
  if (document.errors.length > 0)
    throw new Error(`the list is not valid YAML: ${document.errors[0]?.message}`);
  if (document.contents === null) document.contents = document.createNode([]) as YAMLSeq<unknown>;
  const list = document.contents;
  if (!isSeq(list)) throw new Error('the file must be a YAML list');
  if (list.items.some((item) => isMap(item) && item.get('slug') === added.entry.slug))
    throw new EntryExistsError(added.entry.slug);
  const entry: Record<string, unknown> = { ...added.entry };
  if (added.list === 'metrics' && added.entry.related.length === 0) delete entry.related;
  if (entry.role === null) delete entry.role;
  if (entry.note === null) delete entry.note;
  list.items.push(document.createNode(entry));
  return document.toString({ lineWidth: 0 });
}
