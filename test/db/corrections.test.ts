import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import FigurePage from '@/app/(site)/figures/[id]/page';
import CorrectionsPage from '@/app/(site)/corrections/page';
import { GET as getCorrectionsCsv } from '@/app/corrections.csv/route';
import { GET as getCorrectionsFeed } from '@/app/corrections.xml/route';
import { GET as getDataPackage } from '@/app/datapackage.json/route';
import { GET as getFiguresCsv } from '@/app/figures.csv/route';
import { useDatabase } from '@/db/app-database';
import type { Database } from '@/db/client';
import { loadSeedDirectory, type LoadSummary } from '@/db/load-seed';
import { listExcludedMentions } from '@/db/queries/sources';
import { sources } from '@/db/schema';
import { renderPage, visibleText } from '../support/render-page';
import { copyFixtureSeeds, editSeedFile } from '../support/seed-copy';
import { openTestDatabase } from '../support/test-database';

let database: Database;
let secondLoad: LoadSummary;

const figurePage = async (id: string) =>
  visibleText(await renderPage(FigurePage({ params: Promise.resolve({ id }) })));

beforeAll(async () => {
  database = await openTestDatabase();
  useDatabase(database);
  const dir = await copyFixtureSeeds();
  await loadSeedDirectory(database.db, dir);
  await editSeedFile(
    dir,
    'sources/sample.yaml',
    '    period: { start: 2025-03-01, end: 2025-03-31 }\n',
    '    period: { start: 2025-03-01, end: 2025-03-31 }\n' +
      '    corrections:\n' +
      '      - { on: 2025-04-02, field: kind, was: estimate, reason: "The minister stated output, he did not estimate it" }\n',
  );
  await editSeedFile(
    dir,
    'sources/sample.yaml',
    '    period: { start: 2026-01-01, end: 2026-12-31 }\n',
    '    period: { start: 2026-01-01, end: 2026-12-31 }\n' +
      '    retracted: { on: 2025-04-03, reason: "The ministry says the 4,000 figure was misquoted." }\n',
  );
  secondLoad = await loadSeedDirectory(database.db, dir);
});
afterAll(() => database.close());

describe('a correction', () => {
  it('shows on the figure page with what the field was and why it changed', async () => {
    expect(await figurePage('drones-per-day-minister')).toContain(
      'Corrected on 2 Apr 2025: the kind of figure was estimate, because the minister stated output, he did not estimate it.',
    );
  });

  it('is not shown on a figure that was never corrected', async () => {
    expect(await figurePage('us-aid-sent-kiel')).not.toContain('Corrected on');
  });

  it('is named by the load that records it', () => {
    expect(secondLoad.corrected).toEqual(['drones-per-day-minister']);
    expect(secondLoad.retracted).toEqual(['drones-per-day-target-minister']);
    expect(secondLoad.removed).toEqual([]);
  });
});

describe('a retracted figure', () => {
  it('keeps its permalink, which says why it went and what it said', async () => {
    const text = await figurePage('drones-per-day-target-minister');
    expect(text).toContain('This figure was retracted');
    expect(text).toContain(
      'Retracted on 3 Apr 2025, because the ministry says the 4,000 figure was misquoted.',
    );
    expect(text).toContain('“4,000”');
    expect(text).toContain('adding that output could rise to 4,000 by 2026.');
  });

  it('leaves the downloads, whose columns stay the same', async () => {
    const csv = await (await getFiguresCsv(new Request('http://localhost/figures.csv'))).text();
    expect(csv).not.toContain('drones-per-day-target-minister');
    expect(csv).toContain('drones-per-day-minister,');
    expect(csv.split('\r\n')[0]).toMatch(/^figure_id,figure_url,topic,.*,quote_start,quote_end$/);
  });

  it('still accounts for its stated value in the article, as a retracted mention', async () => {
    const [source] = await database.db.select().from(sources);
    const mentions = await listExcludedMentions(database.db, source!.id);
    expect(mentions.find((mention) => mention.text === '4,000')).toMatchObject({ reason: 'retracted' });
  });
});

describe('/corrections and /corrections.xml', () => {
  it('list every correction and retraction, newest first', async () => {
    const text = visibleText(await renderPage(CorrectionsPage()));
    const retraction = text.indexOf('3 Apr 2025');
    const correction = text.indexOf('2 Apr 2025');
    expect(retraction).toBeGreaterThan(-1);
    expect(correction).toBeGreaterThan(retraction);
  });

  it('give an Atom feed whose addresses come from SITE_URL, whatever the request says', async () => {
    const response = await getCorrectionsFeed(
      new Request('http://evil.example/corrections.xml', { headers: { host: 'evil.example' } }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const feed = await response.text();
    expect(feed).not.toContain('evil.example');
    const links = [...feed.matchAll(/<entry>[\s\S]*?<link rel="alternate" href="([^"]+)"/g)].map((m) => m[1]);
    expect(links).toEqual([
      'https://figures.example.org/figures/drones-per-day-target-minister',
      'https://figures.example.org/figures/drones-per-day-minister',
    ]);
    expect(feed).toContain('<summary>Corrected on 2 Apr 2025: the kind of figure was estimate');
  });
});

describe('the corrections resource of the data package', () => {
  it('is a CSV of every correction and retraction, newest first, that the package describes', async () => {
    const response = await getCorrectionsCsv(new Request('http://localhost/corrections.csv'));
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await response.text()).toBe(
      'figure_id,figure_url,action,on,field,was,reason\r\n' +
        'drones-per-day-target-minister,https://figures.example.org/figures/drones-per-day-target-minister,retracted,2025-04-03,,,"The ministry says the 4,000 figure was misquoted."\r\n' +
        'drones-per-day-minister,https://figures.example.org/figures/drones-per-day-minister,corrected,2025-04-02,kind,estimate,"The minister stated output, he did not estimate it"\r\n',
    );
    const dataPackage = (await (
      await getDataPackage(new Request('http://localhost/datapackage.json'))
    ).json()) as {
      resources: { name: string; path: string; schema: { fields: { name: string }[] } }[];
    };
    const resource = dataPackage.resources.find((r) => r.name === 'corrections');
    expect(resource?.path).toBe('https://figures.example.org/corrections.csv');
    expect(resource?.schema.fields.map((field) => field.name).join(',')).toBe(
      'figure_id,figure_url,action,on,field,was,reason',
    );
  });
});
