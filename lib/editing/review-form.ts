import { z } from 'zod';
import { boundKind, exclusionReason, figureKind, ratePer } from '@/db/schema';

/** The fields of a draft figure an editor can change, named as the form names them. */
export const editableFields = [
  'value',
  'bound',
  'low',
  'high',
  'unit',
  'per',
  'kind',
  'period_start',
  'period_end',
  'claimant',
  'metric',
] as const;
export type EditableField = (typeof editableFields)[number];

/** Reasons an editor may give for rejecting a draft: every exclusion reason but `retracted`, which is the loader's. */
export const rejectionReasons = exclusionReason.enumValues.filter((reason) => reason !== 'retracted');

export interface FigureEdit {
  value: number | null;
  bound: (typeof boundKind.enumValues)[number];
  low: number | null;
  high: number | null;
  unit: string;
  per: (typeof ratePer.enumValues)[number] | null;
  kind: (typeof figureKind.enumValues)[number];
  period: 'undated' | { start: string; end: string };
  claimant: string;
  metric: string;
}

export type ReviewAction =
  | { intent: 'save' | 'accept'; figure: string; edit: FigureEdit }
  | { intent: 'reject'; figure: string; reason: (typeof rejectionReasons)[number]; note: string | null }
  | {
      intent: 'accept-exclusion';
      start: number;
      reason: (typeof rejectionReasons)[number];
      note: string | null;
    };

export type ReviewFormResult =
  | { ok: true; action: ReviewAction }
  | {
      ok: false;
      request: false;
      errors: Partial<Record<EditableField | 'reason', string>>;
      values: Record<string, string>;
    }
  | { ok: false; request: true; message: string };

const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a slug: lowercase letters, digits and single hyphens');

// "3,000", "3 000" and "1.2e9" are read; an empty box is no number.
const optionalNumber = z
  .string()
  .transform((text) => text.replace(/[\s,_\u00a0]/g, ''))
  .refine(
    (text) => text === '' || /^-?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(text),
    'must be a number, such as 3000 or 1.2e9',
  )
  .transform((text) => (text === '' ? null : Number(text)))
  .refine((value) => value === null || Number.isFinite(value), 'must be a finite number');

const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'is not a real calendar date');

const fieldSchemas = {
  value: optionalNumber,
  bound: z.enum(boundKind.enumValues, { error: 'choose a bound' }),
  low: optionalNumber,
  high: optionalNumber,
  unit: z.string().trim().min(1, 'must not be empty'),
  per: z.union([z.literal('').transform(() => null), z.enum(ratePer.enumValues, { error: 'choose a rate' })]),
  kind: z.enum(figureKind.enumValues, { error: 'choose a kind' }),
  period_start: isoDate,
  period_end: isoDate,
  claimant: slug,
  metric: slug,
} satisfies Record<EditableField, z.ZodType>;

const noteSchema = z
  .string()
  .trim()
  .max(2000, 'must be at most 2,000 characters')
  .transform((note) => (note === '' ? null : note));

const reasonSchema = z.enum(rejectionReasons, { error: 'choose a reason' });

function text(form: Record<string, string>, name: string): string {
  return form[name] ?? '';
}

/**
 * Reads one posted review form. A request that names no known action or draft is a bad request; a value that does
 * not fit its field is an error beside that field, with everything typed kept to show again.
 */
export function parseReviewForm(form: Record<string, string>): ReviewFormResult {
  const intent = text(form, 'intent');
  if (intent === 'accept-exclusion') {
    const start = Number(text(form, 'start'));
    if (!/^\d+$/.test(text(form, 'start')) || !Number.isSafeInteger(start))
      return { ok: false, request: true, message: 'start must be the offset of a draft exclusion' };
    const reason = reasonSchema.safeParse(text(form, 'reason'));
    const note = noteSchema.safeParse(text(form, 'note'));
    if (!reason.success || !note.success)
      return { ok: false, request: false, errors: { reason: 'choose a reason' }, values: form };
    return { ok: true, action: { intent, start, reason: reason.data, note: note.data } };
  }
  if (intent !== 'save' && intent !== 'accept' && intent !== 'reject')
    return { ok: false, request: true, message: 'intent must be save, accept, reject or accept-exclusion' };
  const figure = slug.safeParse(text(form, 'figure'));
  if (!figure.success)
    return { ok: false, request: true, message: 'figure must be the id of a draft figure' };
  if (intent === 'reject') {
    const reason = reasonSchema.safeParse(text(form, 'reason'));
    const note = noteSchema.safeParse(text(form, 'note'));
    if (!reason.success)
      return {
        ok: false,
        request: false,
        errors: { reason: 'choose why this is not a figure' },
        values: form,
      };
    if (!note.success)
      return {
        ok: false,
        request: false,
        errors: { reason: note.error.issues[0]?.message ?? 'bad note' },
        values: form,
      };
    return { ok: true, action: { intent, figure: figure.data, reason: reason.data, note: note.data } };
  }
  const errors: Partial<Record<EditableField, string>> = {};
  const read: Partial<Record<EditableField, unknown>> = {};
  const undated = form.undated === 'on';
  for (const field of editableFields) {
    if (undated && (field === 'period_start' || field === 'period_end')) continue;
    const parsed = fieldSchemas[field].safeParse(text(form, field));
    if (parsed.success) read[field] = parsed.data;
    else errors[field] = parsed.error.issues[0]?.message ?? 'is not valid';
  }
  if (Object.keys(errors).length > 0) return { ok: false, request: false, errors, values: form };
  const edit: FigureEdit = {
    value: read.value as number | null,
    bound: read.bound as FigureEdit['bound'],
    low: read.low as number | null,
    high: read.high as number | null,
    unit: read.unit as string,
    per: read.per as FigureEdit['per'],
    kind: read.kind as FigureEdit['kind'],
    period: undated ? 'undated' : { start: read.period_start as string, end: read.period_end as string },
    claimant: read.claimant as string,
    metric: read.metric as string,
  };
  return { ok: true, action: { intent, figure: figure.data, edit } };
}
