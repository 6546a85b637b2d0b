import http from 'node:http';
import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');
const forged = 'evil.example';

function getForged(
  target: string,
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const outgoing = http.get(
      {
        hostname,
        port,
        path: target,
        headers: {
          host: `${forged}:666`,
          'x-forwarded-host': `forwarded.${forged}`,
          'x-forwarded-proto': 'gopher',
          'x-forwarded-port': '666',
          forwarded: `host=fwd.${forged};proto=gopher`,
        },
      },
      (incoming) => {
        let body = '';
        incoming.setEncoding('utf8');
        incoming.on('data', (chunk: string) => (body += chunk));
        incoming.on('end', () =>
          resolve({ status: incoming.statusCode ?? 0, body, headers: incoming.headers }),
        );
        incoming.on('error', reject);
      },
    );
    outgoing.on('error', reject);
  });
}

describe('request headers never reach content', () => {
  it.each([
    '/',
    '/figures',
    '/metrics/russian-military-casualties',
    '/embed/metrics/russian-military-casualties',
    '/sources',
    '/claimants',
    '/about',
    '/figures.csv?side=russia',
    '/figures.json?side=ukraine',
    '/metrics/russian-military-casualties/data.csv',
    '/datapackage.json',
    '/no-such-page',
    '/sitemap.xml',
    '/sitemaps/pages.xml',
    '/sitemaps/figures/0.xml',
    '/robots.txt',
  ])('%s, asked for with a forged Host, X-Forwarded-Host and X-Forwarded-Proto', async (target) => {
    const answer = await getForged(target);
    expect(answer.status).toBeLessThan(500);
    expect(answer.body).not.toContain(forged);
    expect(answer.body).not.toContain('gopher');
    expect(JSON.stringify(answer.headers)).not.toContain(forged);
  });

  it('a figure page, whose citation and links carry the configured address', async () => {
    const list = await getForged('/figures.json?side=russia');
    const figureUrl = (JSON.parse(list.body) as { figures: { url: string }[] }).figures[0]!.url;
    expect(figureUrl.startsWith(`${baseUrl}/figures/`)).toBe(true);
    const page = await getForged(new URL(figureUrl).pathname);
    expect(page.status).toBe(200);
    expect(page.body).toContain(figureUrl);
    expect(page.body).not.toContain(forged);
  });
});
