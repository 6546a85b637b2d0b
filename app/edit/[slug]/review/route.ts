// POST /edit/<slug>/review: one editor's action on a draft, written to the article's seed file and checked at once.
import { readEditorEnabled } from '@/lib/env';
import {
  acceptDraftFigure,
  applyReview,
  DraftNotFoundError,
  editDraftFigure,
} from '@/lib/editing/apply-review';
import { parseReviewForm, type ReviewAction } from '@/lib/editing/review-form';
import { readReview, writeSourceFile } from '../../_review/review-files';

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

/** A form posted from another site (a page the editor has open elsewhere) is refused. */
function fromAnotherSite(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (origin === null) return false;
  try {
    return new URL(origin).host !== request.headers.get('host');
  } catch {
    return true;
  }
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

function anchorOf(action: ReviewAction): string {
  return action.intent === 'accept-exclusion' ? `exclusion-${action.start}` : `draft-${action.figure}`;
}

export async function POST(request: Request, { params }: Context): Promise<Response> {
  if (!readEditorEnabled()) return notFound();
  if (fromAnotherSite(request))
    return plain(403, 'This form may only be sent from the review screen itself.');
  const { slug } = await params;
  const review = await readReview(slug);
  if (!review) return notFound();
  const form = await readForm(request);
  if (!form) return plain(400, 'Send the review form as a form (application/x-www-form-urlencoded).');
  const parsed = parseReviewForm(form);
  if (!parsed.ok && parsed.request) return plain(400, parsed.message);
  if (!parsed.ok) {
    const figure = form.figure ?? '';
    const bad = Buffer.from(
      JSON.stringify({ figure, errors: parsed.errors, values: parsed.values }),
    ).toString('base64url');
    return backTo(slug, { done: 'invalid', figure, bad }, `draft-${figure}`);
  }
  const action = parsed.action;
  if (review.documentText === null) return plain(400, `The archived text of ${review.file} cannot be read.`);
  try {
    if (action.intent !== 'accept') {
      await writeSourceFile(review.file, applyReview(review.yamlText, action, review.documentText));
      const done = { save: 'saved', reject: 'rejected', 'accept-exclusion': 'exclusion-accepted' }[
        action.intent
      ];
      const which: Record<string, string> =
        action.intent === 'accept-exclusion' ? { start: String(action.start) } : { figure: action.figure };
      return backTo(slug, { done, ...which }, action.intent === 'reject' ? 'drafts' : anchorOf(action));
    }
    // The edits are saved first; the draft is published only if the loader would take it as it now stands.
    const saved = editDraftFigure(review.yamlText, action.figure, action.edit);
    await writeSourceFile(review.file, saved);
    const checked = await readReview(slug);
    if ((checked?.draftProblems.get(action.figure) ?? []).length > 0)
      return backTo(slug, { done: 'not-accepted', figure: action.figure }, anchorOf(action));
    await writeSourceFile(review.file, acceptDraftFigure(saved, action.figure));
    const after = await readReview(slug);
    if (after?.problems.some((problem) => problem.record === `figure ${action.figure}`)) {
      await writeSourceFile(review.file, saved);
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
