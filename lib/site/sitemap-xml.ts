/**
 * Sitemaps (sitemaps.org protocol 0.9) as XML text: an index of sitemaps and sets of page addresses, each with the
 * day the data behind it last changed. Pure: given absolute addresses.
 */

/** The protocol's limit of addresses in one sitemap; the figures are split into sitemaps of this many ids. */
export const sitemapUrlLimit = 50_000;

export interface SitemapEntry {
  loc: string;
  /** YYYY-MM-DD */
  lastmod: string;
}

const xmlEscapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (character) => xmlEscapes[character]!);

const entriesXml = (element: 'url' | 'sitemap', entries: readonly SitemapEntry[]) =>
  entries
    .map(
      (entry) =>
        `<${element}><loc>${escapeXml(entry.loc)}</loc><lastmod>${entry.lastmod}</lastmod></${element}>\n`,
    )
    .join('');

export function urlSetXml(entries: readonly SitemapEntry[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    entriesXml('url', entries) +
    '</urlset>\n'
  );
}

export function sitemapIndexXml(entries: readonly SitemapEntry[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    entriesXml('sitemap', entries) +
    '</sitemapindex>\n'
  );
}

/** How many figure sitemaps cover ids 1 to `largestId`: one per `sitemapUrlLimit` ids, at least one. */
export function figureSitemapCount(largestId: number): number {
  return Math.max(1, Math.ceil(largestId / sitemapUrlLimit));
}

/** The ids figure sitemap `chunk` covers: chunk 0 holds ids 1 to 50,000, chunk 1 the next 50,000, and so on. */
export function figureSitemapIds(chunk: number): { first: number; last: number } {
  return { first: chunk * sitemapUrlLimit + 1, last: (chunk + 1) * sitemapUrlLimit };
}
