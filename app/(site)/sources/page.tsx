import type { Metadata } from 'next';
import Link from 'next/link';
import { listSourceSummaries } from '@/db/queries/sources';
import { requestDb } from '@/db/request-database';
import { sourceTitle } from '@/lib/figures/name-source';
import { formatPublished } from '@/lib/format/format-date';
import { sourceKindLabel } from '@/lib/format/labels';
import { pageMetadata } from '@/lib/site/page-metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Sources',
  description: 'The archived articles every figure comes from, with their metadata and full text.',
  path: '/sources',
});

export default async function SourcesPage() {
  const sources = await listSourceSummaries(await requestDb());
  return (
    <>
      <h1>Sources</h1>
      <p className="lede">The articles our figures come from, archived byte-for-byte with their checksums.</p>
      <div className="table-wrap">
        <table className="stack">
          <caption>{sources.length} archived articles</caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Outlet</th>
              <th scope="col">Author</th>
              <th scope="col">Published</th>
              <th scope="col">What kind of article</th>
              <th scope="col">Figures</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((source) => (
              <tr key={source.slug}>
                <td data-label="Title">
                  <Link href={`/sources/${source.slug}`}>{sourceTitle(source)}</Link>
                </td>
                <td data-label="Outlet">{source.outlet ?? <span className="muted">not named</span>}</td>
                <td data-label="Author">{source.author ?? <span className="muted">not named</span>}</td>
                <td data-label="Published">
                  {formatPublished(source.publishedOn, source.publishedPrecision)}
                </td>
                <td data-label="What kind of article">{sourceKindLabel[source.kind]}</td>
                <td className="num" data-label="Figures">
                  {source.figureCount}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
