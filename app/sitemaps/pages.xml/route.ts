import { getDatabase } from '@/db/app-database';
import { listSitemapSlugs } from '@/db/queries/sitemap';
import { urlSetXml } from '@/lib/site/sitemap-xml';
import { sitemapContext, xmlResponse } from '../../_downloads/sitemap-response';

export const dynamic = 'force-dynamic';

const listPages = [
  '/',
  '/figures',
  '/metrics',
  '/sources',
  '/claimants',
  '/about',
  '/changes',
  '/corrections',
];

// GET /sitemaps/pages.xml – every page but the figures': home, lists, topics, metrics, sources and who says so
export async function GET(request: Request) {
  const { db } = await getDatabase();
  const { origin, lastmod, etag, notModified } = await sitemapContext(request, db, 'sitemaps/pages.xml');
  if (notModified) return notModified;
  const slugs = await listSitemapSlugs(db);
  const paths = [
    ...listPages,
    ...slugs.topics.map((slug) => `/topics/${slug}`),
    ...slugs.metrics.map((slug) => `/metrics/${slug}`),
    ...slugs.sources.flatMap((slug) => [`/sources/${slug}`, `/sources/${slug}/coverage`]),
    ...slugs.claimants.map((slug) => `/claimants/${slug}`),
  ];
  return xmlResponse(urlSetXml(paths.map((path) => ({ loc: `${origin}${path}`, lastmod }))), etag);
}
