import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');

const locs = (xml: string) =>
  [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!.replace(/&amp;/g, '&'));

/** The site's own links to pages under `prefix` on a list page, as absolute addresses. */
async function linkedPages(listPath: string, prefix: string): Promise<string[]> {
  const html = await (await fetch(`${baseUrl}${listPath}`)).text();
  const paths = [...html.matchAll(new RegExp(`href="(${prefix}[a-z0-9-]+)"`, 'g'))].map((match) => match[1]!);
  return [...new Set(paths)].map((path) => `${baseUrl}${path}`);
}

describe('the sitemap', () => {
  it('lists every public page at the configured address, each one answering, and robots.txt points to it', async () => {
    const index = await fetch(`${baseUrl}/sitemap.xml`);
    expect(index.headers.get('content-type')).toContain('application/xml');
    expect(index.headers.get('etag')).toBeTruthy();
    const sitemaps = locs(await index.text());
    const listed = (
      await Promise.all(sitemaps.map(async (url) => locs(await (await fetch(url)).text())))
    ).flat();
    expect(listed.every((url) => url.startsWith(`${baseUrl}/`))).toBe(true);

    const figures = (await (await fetch(`${baseUrl}/figures.json`)).json()) as { figures: { url: string }[] };
    const expected = [
      ...figures.figures.map((figure) => figure.url),
      ...(await linkedPages('/metrics', '/metrics/')),
      ...(await linkedPages('/metrics', '/topics/')),
      ...(await linkedPages('/sources', '/sources/')),
      ...(await linkedPages('/claimants', '/claimants/')),
      `${baseUrl}/about`,
      `${baseUrl}/changes`,
      `${baseUrl}/corrections`,
    ];
    expect(listed).toEqual(expect.arrayContaining(expected));
    expect(new Set(listed).size).toBe(listed.length);

    const statuses = await Promise.all(listed.map(async (url) => [url, (await fetch(url)).status] as const));
    expect(statuses.filter(([, status]) => status !== 200)).toEqual([]);

    const robots = await (await fetch(`${baseUrl}/robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${baseUrl}/sitemap.xml`);
    expect(robots).toContain('Disallow: /embed/');
  });

  it('answers 404 for a figure sitemap past the last', async () => {
    expect((await fetch(`${baseUrl}/sitemaps/figures/99.xml`)).status).toBe(404);
    expect((await fetch(`${baseUrl}/sitemaps/figures/x.xml`)).status).toBe(404);
  });
});
