import { z } from 'zod';
import { findCodePointOffsets, toCodePoints } from '@/lib/text/code-points';

const bound = z.enum(['exact', 'approximately', 'more_than', 'at_least', 'less_than', 'up_to', 'range']);

/** One quantitative claim of an answer key: what an editor would publish as a figure. */
export const keyClaimSchema = z
  .object({
    text: z.string().min(1),
    start: z.number().int().nonnegative(),
    value: z.number().nullable(),
    low: z.number().nullable(),
    high: z.number().nullable(),
    bound,
    /** Who asserts it, as a reader would name them; "author" when the reporter states it in their own voice. */
    claimant: z.string().min(1),
    /** A person: a surname match counts. */
    claimant_is_person: z.boolean().optional(),
    /** Other names the claimant goes by ("CSIS", "Kiel Institute"). */
    claimant_aliases: z.array(z.string().min(1)).optional(),
    note: z.string().optional(),
  })
  .refine((claim) => claim.bound === 'range' || claim.value !== null, 'value: only a range may leave it null')
  .refine(
    (claim) => claim.bound !== 'range' || (claim.low !== null && claim.high !== null),
    'low and high: a range needs both',
  );

export const answerKeySchema = z.object({
  article: z.string().min(1),
  author: z.string().min(1).optional(),
  published: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .optional(),
  fictional: z.boolean().optional(),
  note: z.string().optional(),
  claims: z.array(keyClaimSchema).min(1),
  not_claims: z
    .array(z.object({ text: z.string().min(1), start: z.number().int().nonnegative(), reason: z.string() }))
    .default([]),
});

export type KeyClaim = z.infer<typeof keyClaimSchema>;
export type AnswerKey = z.infer<typeof answerKeySchema>;

/** A draft figure as article:add writes it, with its claimant's name where one is known. */
export interface ScoredDraft {
  id: string;
  value_text: string;
  value: number | null;
  bound: string;
  low: number | null;
  high: number | null;
  claimant: string;
  /** The claimant's name in claimants.yaml, or the stub's name article:add proposed; null if neither. */
  claimantName: string | null;
  quote: { start: number; end: number; text: string };
}

export interface ClaimScore {
  claim: KeyClaim;
  draft: ScoredDraft | null;
  value: boolean;
  bound: boolean;
  claimant: boolean;
}

export interface DraftScore {
  claims: ClaimScore[];
  /** Drafts that stand for no key claim, with the key's reason when the key lists the mention as not a claim. */
  falseDrafts: { draft: ScoredDraft; notClaim: string | null }[];
  total: number;
  missed: number;
  valueRight: number;
  boundRight: number;
  claimantRight: number;
}

/** Where a draft's stated value lies in the text: its value_text inside its quote (by the id's offset if several). */
export function draftSpans(draft: ScoredDraft): { start: number; end: number }[] {
  const length = toCodePoints(draft.value_text).length;
  const spans = findCodePointOffsets(draft.quote.text, draft.value_text).map((offset) => ({
    start: draft.quote.start + offset,
    end: draft.quote.start + offset + length,
  }));
  const idStart = Number(/-(\d+)$/.exec(draft.id)?.[1]);
  const byId = spans.filter((span) => span.start === idStart);
  return byId.length > 0 ? byId : spans;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** A name reduced for comparison: no accents, case, possessive, bracketed aside, leading "the" or punctuation. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[’']s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the\s+/, '');
}

/** Whether a draft's claimant is the key's: the author's claimant for "author", else a name, alias or surname. */
export function claimantMatches(claim: KeyClaim, draft: ScoredDraft, authorSlug: string | null): boolean {
  if (normaliseName(claim.claimant) === 'author') return authorSlug !== null && draft.claimant === authorSlug;
  const wanted = [claim.claimant, ...(claim.claimant_aliases ?? [])].map(normaliseName);
  const drafted = [draft.claimantName, draft.claimant.replace(/-/g, ' ')]
    .filter((name): name is string => name !== null)
    .map(normaliseName)
    .filter((name) => name !== '');
  if (drafted.some((name) => wanted.includes(name))) return true;
  if (!claim.claimant_is_person) return false;
  const surname = (name: string) => name.split(' ').at(-1) ?? '';
  return drafted.some((name) => wanted.some((other) => surname(name) === surname(other)));
}

/** Matches each key claim to the draft that states it (same quote, overlapping value_text) and scores it. */
export function scoreDrafts(
  key: AnswerKey,
  drafts: readonly ScoredDraft[],
  authorSlug: string | null,
): DraftScore {
  const used = new Set<ScoredDraft>();
  const claims = key.claims.map((claim): ClaimScore => {
    const span = { start: claim.start, end: claim.start + toCodePoints(claim.text).length };
    const candidates = drafts.filter(
      (draft) =>
        draft.quote.start <= claim.start &&
        claim.start < draft.quote.end &&
        draftSpans(draft).some((drafted) => overlaps(drafted, span)),
    );
    const draft =
      candidates.find((candidate) => draftSpans(candidate).some((drafted) => drafted.start === span.start)) ??
      candidates[0] ??
      null;
    if (!draft) return { claim, draft: null, value: false, bound: false, claimant: false };
    used.add(draft);
    const value =
      claim.bound === 'range' || claim.value === null
        ? sameNumber(draft.low, claim.low) && sameNumber(draft.high, claim.high)
        : sameNumber(draft.value, claim.value);
    return {
      claim,
      draft,
      value,
      bound: draft.bound === claim.bound,
      claimant: claimantMatches(claim, draft, authorSlug),
    };
  });
  const falseDrafts = drafts
    .filter((draft) => !used.has(draft))
    .map((draft) => {
      const spans = draftSpans(draft);
      const notClaim = key.not_claims.find((listed) =>
        spans.some((drafted) =>
          overlaps(drafted, { start: listed.start, end: listed.start + toCodePoints(listed.text).length }),
        ),
      );
      return { draft, notClaim: notClaim?.reason ?? null };
    });
  return {
    claims,
    falseDrafts,
    total: claims.length,
    missed: claims.filter((claim) => claim.draft === null).length,
    valueRight: claims.filter((claim) => claim.value).length,
    boundRight: claims.filter((claim) => claim.bound).length,
    claimantRight: claims.filter((claim) => claim.claimant).length,
  };
}

export const percent = (part: number, whole: number): string =>
  whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`;
