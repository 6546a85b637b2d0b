// POST /edit/<slug>/review: one editor's action on a draft, written to the article's seed file and checked at once.
import { readEditorEnabled } from '@/lib/env';
import {
  acceptDraftFigure,
  applyReview,
  DraftNotFoundError,
  editDraftFigure,
} from '@/lib/editing/apply-review';
import { isLocalRequest } from '@/lib/editing/local-request';
import { parseReviewForm, type ReviewAction } from '@/lib/editing/review-form';
import { appendEntry, EntryExistsError, parseNewEntry } from '@/lib/editing/add-entry';
import { readReview, readSeedFile, writeSeedFile } from '../../_review/review-files';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string }> };

function plain(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}

const notFound = () => plain(404, 'Not found');

/** Back to the review screen (Post/Redirect/Get), saying what happened, at the draft acted on. */
function backTo(slug: string, query: Record<string, string>, anchor: string): Response {
  const location = `/edit/${encodeURIComponent(slug)}?${new URLSearchParams(query)}#${anchor}`;
  return new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } });
}

async function readForm(request: Request): Promise<Record<string, string> | null> {
  try {
    const form = await request.formData();
    return Object.fromEntries(
      [...form.entries()].flatMap(([name, value]) => (typeof value === 'string' ? [[name, value]] : [])),
    );
  } catch {
    return null;
  }
}

function rejectedForm(figure: string, errors: Record<string, string>, values: Record<string, string>) {
  return Buffer.from(JSON.stringify({ figure, errors, values })).toString('base64url');
}

/** A claimant or metric a draft names, proposed by the editor and added to claimants.yaml or metrics.yaml. */
async function addEntry(slug: string, list: 'claimants' | 'metrics', form: Record<string, string>) {
  const figure = form.figure ?? '';
  const parsed = parseNewEntry(list, form);
  if (!parsed.ok)
    return backTo(
      slug,
      { done: 'invalid', figure, bad: rejectedForm(figure, parsed.errors, parsed.values) },
      `draft-${figure}`,
    );
  const file = `${list}.yaml`;
  try {
    await writeSeedFile(file, appendEntry(await readSeedFile(file), parsed.added));
  } catch (error) {
    if (error instanceof EntryExistsError)
      return plain(400, `${error.message} (${file}): reload the review screen.`);
    throw error;
  }
  return backTo(slug, { done: `added-${list}`, figure, entry: parsed.added.entry.slug }, `draft-${figure}`);
}

function anchorOf(action: ReviewAction): string {
  return action.intent === 'accept-exclusion' ? `exclusion-${action.start}` : `draft-${action.figure}`;
}

export async function POST(request: Request, { params }: Context): Promise<Response> {
  if (!readEditorEnabled()) return notFound();
  if (!isLocalRequest(request.headers.get('host'), request.headers.get('origin')))
    return plain(403, 'This form may only be sent from the review screen itself, on this machine.');
  const { slug } = await params;
  const review = await readReview(slug);
  if (!review) return notFound();
  const form = await readForm(request);
  if (!form) return plain(400, 'Send the review form as a form (application/x-www-form-urlencoded).');
  if (form.intent === 'add-claimant') return addEntry(slug, 'claimants', form);
  if (form.intent === 'add-metric') return addEntry(slug, 'metrics', form);
  const parsed = parseReviewForm(form);
  if (!parsed.ok && parsed.request) return plain(400, parsed.message);
  if (!parsed.ok) {
    const figure = form.figure ?? '';
    const bad = rejectedForm(figure, parsed.errors, parsed.values);
    return backTo(slug, { done: 'invalid', figure, bad }, `draft-${figure}`);
  }
  const action = parsed.action;
  // An accepted figure is dated today (UTC): the day it is published, which places it in the next release.
  const today = new Date().toISOString().slice(0, 10);
  if (review.documentText === null) return plain(400, `The archived text of ${review.file} cannot be read.`);
  try {
    if (action.intent !== 'accept') {
      await writeSeedFile(review.file, applyReview(review.yamlText, action, review.documentText, today));
      const done = { save: 'saved', reject: 'rejected', 'accept-exclusion': 'exclusion-accepted' }[
        action.intent
      ];
      const which: Record<string, string> =
        action.intent === 'accept-exclusion' ? { start: String(action.start) } : { figure: action.figure };
      return backTo(slug, { done, ...which }, action.intent === 'reject' ? 'drafts' : anchorOf(action));
    }
    // The edits are saved first; the draft is published only if the loader would take it as it now stands.
    const saved = editDraftFigure(review.yamlText, action.figure, action.edit);
    await writeSeedFile(review.file, saved);
    const checked = await readReview(slug);
    if ((checked?.draftProblems.get(action.figure) ?? []).length > 0)
      return backTo(slug, { done: 'not-accepted', figure: action.figure }, anchorOf(action));
    await writeSeedFile(review.file, acceptDraftFigure(saved, action.figure, today));
    const after = await readReview(slug);
    // review.problems leaves out a wait for a new release, which is not the figure's to fix.
    if (after?.problems.some((problem) => problem.record === `figure ${action.figure}`)) {
      await writeSeedFile(review.file, saved);
      return backTo(slug, { done: 'not-accepted', figure: action.figure }, anchorOf(action));
    }
    return backTo(
      slug,
      { done: 'accepted', figure: action.figure, metric: action.edit.metric },
      'review-notice',
    );
  } catch (error) {
    if (error instanceof DraftNotFoundError)
      return plain(400, `${error.message}: reload the review screen to see the file as it is now.`);
    throw error;
  }
}

export function GET(): Response {
  return notFound();
}
