import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { DraftFigureForm, type DraftFigureView } from '@/components/DraftFigureForm';
import { ReviewedArticle, type ReviewedMention } from '@/components/ReviewedArticle';
import { SiteChrome } from '@/components/SiteChrome';
import { problemsByField } from '@/lib/editing/draft-problems';
import { rejectionReasons } from '@/lib/editing/review-form';
import { readEditorEnabled } from '@/lib/env';
import { formatSeedProblem } from '@/lib/seed/seed-error';
import { locateValueSpan } from '@/lib/text/locate-value';
import { readReview, type RawFigure } from '../_review/review-files';

// Read from the seed files at every request: this screen is the editor's, never cached, and off without EDITOR=1.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Review an article', robots: { index: false, follow: false } };

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// What a form the screen could not take carried back: the values typed and the error beside each field.
const rejectedForm = z.object({
  figure: z.string(),
  errors: z.record(z.string(), z.string()),
  values: z.record(z.string(), z.string()),
});

function readRejectedForm(encoded: string | undefined) {
  if (!encoded) return null;
  try {
    const parsed = rejectedForm.safeParse(JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));

function formValues(figure: RawFigure): Record<string, string> {
  const period = figure.period;
  const dated = period && typeof period === 'object' ? (period as { start?: unknown; end?: unknown }) : null;
  return {
    value: text(figure.value),
    bound: text(figure.bound),
    low: text(figure.low),
    high: text(figure.high),
    unit: text(figure.unit),
    per: text(figure.per),
    kind: text(figure.kind),
    period_start: text(dated?.start),
    period_end: text(dated?.end),
    undated: period === 'undated' ? 'on' : '',
    claimant: text(figure.claimant),
    metric: text(figure.metric),
  };
}

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function Notice({ query }: { query: Record<string, string | undefined> }) {
  const figure = query.figure ?? '';
  switch (query.done) {
    case 'saved':
      return <p>Saved {figure} to the seed file and checked it again. It is still a draft.</p>;
    case 'rejected':
      return <p>Rejected {figure}: its mention is now an exclusion with your reason.</p>;
    case 'added-claimants':
    case 'added-metrics':
      return (
        <p>
          Added {query.entry} to {query.done === 'added-claimants' ? 'claimants' : 'metrics'}.yaml. Describe
          it fully there before publishing.
        </p>
      );
    case 'exclusion-accepted':
      return <p>Accepted the exclusion at {query.start}.</p>;
    case 'invalid':
      return <p>Nothing was written: a field of {figure} is not valid. See the message beside it.</p>;
    case 'not-accepted':
      return (
        <p>
          Not accepted: {figure} would not load as it stands. Its edits are saved; fix the problems shown
          beside its fields and accept it again.
        </p>
      );
    case 'accepted':
      return (
        <>
          <p>
            Accepted {figure}: it is published in the seed file. Public pages change only when the seeds are
            loaded: run <code>npm run db:seed</code> (a running server shows the figure at the next request
            after the load).
          </p>
          <p>
            Preview: <a href={`/metrics/${query.metric}`}>the metric page ({query.metric})</a> and{' '}
            <a href={`/figures/${figure}`}>the figure page</a> (not found until the load).
          </p>
        </>
      );
    default:
      return null;
  }
}

export default async function ReviewPage({ params, searchParams }: Props) {
  if (!readEditorEnabled()) notFound();
  const { slug } = await params;
  const review = await readReview(slug);
  if (!review) notFound();
  const raw = await searchParams;
  const query = Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, one(value)]));
  const rejected = readRejectedForm(query.bad);
  const figures = review.source.figures ?? [];
  const drafts = figures.filter((figure) => figure.status === 'draft');
  const published = figures.filter((figure) => figure.status !== 'draft');
  const draftExclusions = (review.source.excluded_mentions ?? []).filter((entry) => entry.status === 'draft');
  const action = `/edit/${slug}/review`;
  const views: (DraftFigureView & { start: number | null; end: number | null })[] = drafts.map((figure) => {
    const id = text(figure.id);
    const quote = text(figure.quote?.text);
    const quoteStart = Number(figure.quote?.start);
    const span = Number.isInteger(quoteStart)
      ? locateValueSpan(quote, quoteStart, text(figure.value_text))
      : undefined;
    const stored = formValues(figure);
    const values = rejected?.figure === id ? { ...stored, ...rejected.values } : stored;
    const known = (options: readonly { slug: string }[], slug: string) =>
      slug === '' || options.some((option) => option.slug === slug);
    return {
      id,
      valueText: text(figure.value_text),
      quote,
      values,
      newClaimant: known(review.claimants, stored.claimant ?? '') ? null : (stored.claimant ?? null),
      newMetric: known(review.metrics, stored.metric ?? '') ? null : (stored.metric ?? null),
      unit: stored.unit ?? '',
      start: span?.start ?? null,
      end: span?.end ?? null,
    };
  });
  const mentions: ReviewedMention[] = [
    ...views.flatMap((view) =>
      view.start === null || view.end === null
        ? []
        : [
            {
              id: `mention-${view.id}`,
              start: view.start,
              end: view.end,
              href: `#draft-${view.id}`,
              kind: 'figure' as const,
            },
          ],
    ),
    ...draftExclusions.flatMap((entry) => {
      const start = Number(entry.start);
      return Number.isInteger(start)
        ? [
            {
              id: `mention-at-${start}`,
              start,
              end: start + Array.from(text(entry.text)).length,
              href: `#exclusion-${start}`,
              kind: 'exclusion' as const,
            },
          ]
        : [];
    }),
  ];
  const generalProblems = review.problems.filter((problem) => !/^figure /.test(problem.record));
  return (
    <SiteChrome>
      <p className="breadcrumbs">
        <Link href="/edit">Review drafts</Link> › Article
      </p>
      <h1>Review: {text(review.source.title?.value) || slug}</h1>
      <p className="lede">
        Each action writes <code>{review.file}</code> and checks it again at once. Public pages change only
        when a draft is accepted and the seeds are loaded (<code>npm run db:seed</code>).
      </p>
      <div id="review-notice" className="review-notice" role="status">
        <Notice query={query} />
      </div>
      {review.unreleased > 0 && (
        <p className="notice" role="status">
          {review.unreleased === 1 ? 'One accepted change is' : `${review.unreleased} accepted changes are`}{' '}
          dated after the newest release in <code>seeds/releases.yaml</code>. Add a release (version, date,
          summary) for them before <code>npm run db:seed</code>, which refuses them until then.
        </p>
      )}
      {(generalProblems.length > 0 || review.problemsElsewhere > 0) && (
        <section className="review-problems" aria-labelledby="file-problems">
          <h2 id="file-problems">Problems the seed check finds</h2>
          <ul>
            {generalProblems.map((problem) => (
              <li key={formatSeedProblem(problem)}>{formatSeedProblem(problem)}</li>
            ))}
            {review.problemsElsewhere > 0 && <li>{review.problemsElsewhere} in other seed files.</li>}
          </ul>
        </section>
      )}
      <datalist id="claimant-options">
        {review.claimants.map((claimant) => (
          <option key={claimant.slug} value={claimant.slug} label={claimant.name} />
        ))}
      </datalist>
      <datalist id="metric-options">
        {review.metrics.map((metric) => (
          <option key={metric.slug} value={metric.slug} label={`${metric.name} (${metric.unit})`} />
        ))}
      </datalist>
      <div className="review-layout">
        <section className="review-article" aria-labelledby="article-heading">
          <h2 id="article-heading">The article</h2>
          {review.documentText === null ? (
            <p>The archived text cannot be read.</p>
          ) : (
            <ReviewedArticle text={review.documentText} mentions={mentions} />
          )}
        </section>
        <section className="review-drafts" id="drafts" aria-labelledby="drafts-heading">
          <h2 id="drafts-heading">Draft figures ({views.length})</h2>
          {views.length === 0 && <p>No draft figures left in this article.</p>}
          {views.map((view) => (
            <DraftFigureForm
              key={view.id}
              draft={view}
              action={action}
              claimants={review.claimants}
              metrics={review.metrics}
              topics={review.topics}
              rejectedEntry={
                rejected?.figure === view.id && /^add-/.test(rejected.values.intent ?? '')
                  ? { intent: rejected.values.intent ?? '', values: rejected.values, errors: rejected.errors }
                  : null
              }
              problems={{
                ...problemsByField(review.draftProblems.get(view.id) ?? []),
                ...(rejected?.figure === view.id
                  ? Object.fromEntries(
                      Object.entries(rejected.errors)
                        .filter(([field]) => !field.startsWith('new_'))
                        .map(([field, error]) => [field, [error]]),
                    )
                  : {}),
              }}
            />
          ))}
          <h2>Draft exclusions ({draftExclusions.length})</h2>
          {draftExclusions.map((entry) => {
            const start = Number(entry.start);
            return (
              <form
                key={start}
                id={`exclusion-${start}`}
                method="post"
                action={action}
                className="draft-card exclusion-form"
              >
                <p>
                  “{text(entry.text)}” at {start}: {text(entry.note)}
                </p>
                <input type="hidden" name="intent" value="accept-exclusion" />
                <input type="hidden" name="start" value={start} />
                <div className="review-field">
                  <label htmlFor={`exclusion-${start}-reason`}>Reason</label>
                  <select id={`exclusion-${start}-reason`} name="reason" defaultValue={text(entry.reason)}>
                    {rejectionReasons.map((reason) => (
                      <option key={reason} value={reason}>
                        {reason.replaceAll('_', ' ')}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="review-field">
                  <label htmlFor={`exclusion-${start}-note`}>Note</label>
                  <input id={`exclusion-${start}-note`} name="note" defaultValue={text(entry.note)} />
                </div>
                <div className="review-buttons">
                  <button type="submit">Accept exclusion</button>
                </div>
              </form>
            );
          })}
          <h2>Published figures of this article ({published.length})</h2>
          <ul className="edit-list">
            {published.map((figure) => (
              <li key={text(figure.id)}>
                <a href={`/figures/${text(figure.id)}`}>{text(figure.id)}</a> (“{text(figure.value_text)}”, on{' '}
                <a href={`/metrics/${text(figure.metric)}`}>{text(figure.metric)}</a>)
              </li>
            ))}
          </ul>
        </section>
      </div>
    </SiteChrome>
  );
}
