import { getDatabase } from '@/db/app-database';
import { getLargestFigureId } from '@/db/queries/sitemap';
import { figureSitemapCount, sitemapIndexXml } from '@/lib/site/sitemap-xml';
import { sitemapContext, xmlResponse } from '../_downloads/sitemap-response';

export const dynamic = 'force-dynamic';

// GET /sitemap.xml – the sitemap index: the pages' sitemap and one sitemap per 50,000 figure ids
export async function GET(request: Request) {
  const { db } = await getDatabase();
  const { origin, lastmod, etag, notModified } = await sitemapContext(request, db, 'sitemap.xml');
  if (notModified) return notModified;
  const figureSitemaps = Array.from(
    { length: figureSitemapCount(await getLargestFigureId(db)) },
    (_, chunk) => ({
      loc: `${origin}/sitemaps/figures/${chunk}.xml`,
      lastmod,
    }),
  );
  return xmlResponse(
    sitemapIndexXml([{ loc: `${origin}/sitemaps/pages.xml`, lastmod }, ...figureSitemaps]),
    etag,
  );
}
