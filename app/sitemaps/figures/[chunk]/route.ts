import { z } from 'zod';
import { getDatabase } from '@/db/app-database';
import { getLargestFigureId, listFigurePublicIds } from '@/db/queries/sitemap';
import { figureSitemapCount, figureSitemapIds, urlSetXml } from '@/lib/site/sitemap-xml';
import { sitemapContext, xmlResponse } from '../../../_downloads/sitemap-response';

export const dynamic = 'force-dynamic';

const chunkSchema = z
  .string()
  .regex(/^\d{1,7}\.xml$/)
  .transform((name) => Number.parseInt(name, 10));

const notFound = () =>
  new Response('There is no such sitemap: /sitemap.xml lists them all.\n', {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });

// GET /sitemaps/figures/<n>.xml – the permalinks of the figures with ids from n×50,000+1 to (n+1)×50,000
export async function GET(request: Request, { params }: { params: Promise<{ chunk: string }> }) {
  const chunk = chunkSchema.safeParse((await params).chunk);
  if (!chunk.success) return notFound();
  const { db } = await getDatabase();
  if (chunk.data >= figureSitemapCount(await getLargestFigureId(db))) return notFound();
  const { origin, lastmod, etag, notModified } = await sitemapContext(
    request,
    db,
    `sitemaps/figures/${chunk.data}`,
  );
  if (notModified) return notModified;
  const publicIds = await listFigurePublicIds(db, figureSitemapIds(chunk.data));
  return xmlResponse(urlSetXml(publicIds.map((id) => ({ loc: `${origin}/figures/${id}`, lastmod }))), etag);
}
