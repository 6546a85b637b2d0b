import { readSiteOrigin } from '@/lib/env';

export const dynamic = 'force-dynamic';

// GET /robots.txt – every page may be indexed but embeds (copies of metric charts) and the API; where the sitemap is
export function GET() {
  return new Response(
    `User-agent: *\nAllow: /\nDisallow: /embed/\nDisallow: /api/\n\nSitemap: ${readSiteOrigin()}/sitemap.xml\n`,
    { headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=3600' } },
  );
}
