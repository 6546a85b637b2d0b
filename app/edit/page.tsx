import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SiteChrome } from '@/components/SiteChrome';
import { readEditorEnabled } from '@/lib/env';
import { listSources } from './_review/review-files';

// Read from the seed files at every request: this screen is the editor's, never cached, and off without EDITOR=1.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Review drafts', robots: { index: false, follow: false } };

export default async function EditIndexPage() {
  if (!readEditorEnabled()) notFound();
  const sources = await listSources();
  const withDrafts = sources.filter((source) => source.draftFigures + source.draftExclusions > 0);
  return (
    <SiteChrome>
      <h1>Review drafts</h1>
      <p className="lede">
        Drafts that <code>npm run article:add</code> proposed, waiting for an editor. Each action writes the
        article’s seed file at once; public pages change only when a draft is accepted and the seeds are
        loaded (<code>npm run db:seed</code>).
      </p>
      <h2>Articles with drafts</h2>
      {withDrafts.length === 0 ? (
        <p>No article has drafts waiting.</p>
      ) : (
        <ul className="edit-list">
          {withDrafts.map((source) => (
            <li key={source.file}>
              <Link href={`/edit/${source.slug}`}>{source.title}</Link> ({source.draftFigures} draft figures,{' '}
              {source.draftExclusions} draft exclusions) <code>{source.file}</code>
            </li>
          ))}
        </ul>
      )}
      <h2>All articles</h2>
      <ul className="edit-list">
        {sources.map((source) => (
          <li key={source.file}>
            <Link href={`/edit/${source.slug}`}>{source.title}</Link> <code>{source.file}</code>
          </li>
        ))}
      </ul>
    </SiteChrome>
  );
}
