import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as getHealth } from '@/app/api/health/route';
import { GET as getFiguresCsv } from '@/app/figures.csv/route';
import { GET as getDataPackage } from '@/app/datapackage.json/route';
import { GET as getFiguresJson } from '@/app/figures.json/route';
import { GET as getMetricCsv } from '@/app/(site)/metrics/[slug]/data.csv/route';
import { useDatabase } from '@/db/app-database';
import { openPostgres, type Database } from '@/db/client';
import { openFixtureDatabase } from '../support/test-database';

let database: Database;

beforeAll(async () => {
  database = await openFixtureDatabase();
  useDatabase(database);
});
afterAll(() => database.close());

const request = (path: string) => new Request(`http://localhost${path}`);
const metricParams = (slug: string) => ({ params: Promise.resolve({ slug }) });

const header =
  'figure_id,figure_url,topic,metric,metric_slug,value_as_stated,value,value_low,value_high,bound,unit,per,normalised_value,normalised_unit,period_start,period_end,kind,claimant,claimant_side,outlet,source_title,source_author,source_published_on,source_url,source_sha256,quote,quote_start,quote_end\r\n';
const sha = 'f38f2d721f0a89a209960ab17087c575b8792800ce81a43c7c9a22e96ad51bb5';

describe('GET /figures.csv', () => {
  it('writes every figure with its provenance, exactly', async () => {
    const response = await getFiguresCsv(request('/figures.csv'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="contested-figures-all.csv"',
    );
    expect(await response.text()).toBe(
      header +
        `us-aid-sent-kiel,https://figures.example.org/figures/us-aid-sent-kiel,Aid & finance,US aid sent to Ukraine,us-aid-sent,$119\u00a0billion,119000000000,,,exact,USD,,,,2022-02-24,2025-02-28,estimate,Kiel Institute for the World Economy,independent,The Sample Times,Sample Dispatch,,2025-03,,${sha},The Kiel Institute estimates that the US has sent a total of $119\u00a0billion to Ukraine.,16,101\r\n` +
        `drones-per-day-minister,https://figures.example.org/figures/drones-per-day-minister,Arms production,Ukrainian drone output,drone-output,"1,500",1500,1500,,more_than,drones,day,547500,drones per year,2025-03-01,2025-03-31,claim,A sample minister,ukraine,The Sample Times,Sample Dispatch,,2025-03,,${sha},"“We produce more than 1,500 drones a day,” the minister said, adding that output could rise to 4,000 by 2026.",102,211\r\n` +
        `drones-per-day-target-minister,https://figures.example.org/figures/drones-per-day-target-minister,Arms production,Ukrainian drone output,drone-output,"4,000",4000,,4000,up_to,drones,day,1460000,drones per year,2026-01-01,2026-12-31,projection,A sample minister,ukraine,The Sample Times,Sample Dispatch,,2025-03,,${sha},"“We produce more than 1,500 drones a day,” the minister said, adding that output could rise to 4,000 by 2026.",102,211\r\n`,
    );
  });

  it('holds exactly the filtered rows, and says so in the filename', async () => {
    const response = await getFiguresCsv(request('/figures.csv?side=ukraine&kind=projection'));
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="contested-figures-side-ukraine-kind-projection.csv"',
    );
    const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.figure_id)).toEqual(['drones-per-day-target-minister']);
  });

  it('answers a bad filter with 400 naming the parameter', async () => {
    const response = await getFiguresCsv(request('/figures.csv?side=martian'));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; parameter: string };
    expect(body.parameter).toBe('side');
    expect(body.error).toContain('Invalid parameter "side"');
  });

  it.each([
    [
      '/figures.csv?topic=arms-production&topic=arms-prodution',
      'topic',
      'no topic has the slug "arms-prodution"',
    ],
    ['/figures.json?claimant=kiel-institut', 'claimant', 'no claimant has the slug "kiel-institut"'],
    ['/figures.csv?outlet=Blomberg', 'outlet', 'no source has the outlet "Blomberg"'],
  ])(
    'answers a slug or outlet that names nothing (%s) with 400, not an empty file',
    async (path, parameter, message) => {
      const handler = path.startsWith('/figures.csv') ? getFiguresCsv : getFiguresJson;
      const response = await handler(request(path));
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        error: `Invalid parameter "${parameter}": ${message}`,
        parameter,
      });
    },
  );
});

describe('GET /figures.json', () => {
  it('gives the same figures nested, with the count and the filters applied', async () => {
    const response = await getFiguresJson(request('/figures.json?topic=arms-production'));
    const body = (await response.json()) as {
      count: number;
      filters: Record<string, string[]>;
      figures: {
        id: string;
        claimant: { side: string };
        source: { sha256: string };
        quote: { start: number };
      }[];
    };
    expect(body.count).toBe(2);
    expect(body.filters.topic).toEqual(['arms-production']);
    expect(body.figures.map((figure) => figure.id)).toEqual([
      'drones-per-day-minister',
      'drones-per-day-target-minister',
    ]);
    expect(body.figures[0]?.claimant.side).toBe('ukraine');
    expect(body.figures[0]?.source.sha256).toBe(sha);
    expect(body.figures[0]?.quote.start).toBe(102);
  });

  it('rejects an unknown parameter with 400', async () => {
    const response = await getFiguresJson(request('/figures.json?colour=red'));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { parameter: string }).parameter).toBe('colour');
  });
});

describe('GET /metrics/[slug]/data.csv', () => {
  it("holds exactly the metric's figures", async () => {
    const response = await getMetricCsv(
      request('/metrics/drone-output/data.csv'),
      metricParams('drone-output'),
    );
    const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.figure_id)).toEqual([
      'drones-per-day-minister',
      'drones-per-day-target-minister',
    ]);
    expect(rows.every((row) => row.metric_slug === 'drone-output')).toBe(true);
  });

  it('answers an unknown metric with 404', async () => {
    const response = await getMetricCsv(request('/metrics/nope/data.csv'), metricParams('nope'));
    expect(response.status).toBe(404);
  });
});

describe('GET /api/health', () => {
  it('reports the driver in use, the data version and the row counts', async () => {
    const response = await getHealth();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      driver: process.env.DATABASE_URL ? 'postgres' : 'pglite',
      dataVersion: 1,
      counts: { figures: 3, sources: 1, claimants: 2, metrics: 2, topics: 2 },
    });
  });
});

describe('GET /api/health when the database does not answer', () => {
  it('answers 503 with a reason', async () => {
    // Nothing listens on port 9: the connection is refused at once.
    const unreachable = await openPostgres('postgres://nobody@127.0.0.1:9/none');
    useDatabase(unreachable);
    try {
      const response = await getHealth();
      expect(response.status).toBe(503);
      expect(((await response.json()) as { status: string }).status).toBe('unavailable');
    } finally {
      useDatabase(database);
      await unreachable.close();
    }
  });
});

describe('GET /datapackage.json', () => {
  it('describes every CSV column, in order, with a type and description, plus sources, licence and citation', async () => {
    const response = await getDataPackage(request('/datapackage.json'));
    const body = (await response.json()) as {
      resources: {
        path: string;
        schema: { fields: { name: string; type: string; description: string }[]; primaryKey: string };
      }[];
      sources: { title: string; path: string }[];
      licenses: { name: string }[];
      citation: string;
    };
    const csv = await (await getFiguresCsv(request('/figures.csv'))).text();
    const header = csv.split('\r\n')[0]?.split(',');
    const [resource] = body.resources;
    expect(resource?.schema.fields.map((field) => field.name)).toEqual(header);
    expect(resource?.schema.fields.every((field) => field.type && field.description.length > 10)).toBe(true);
    expect(resource?.schema.primaryKey).toBe('figure_id');
    expect(resource?.path).toBe('https://figures.example.org/figures.csv');
    expect(body.sources).toEqual([
      {
        title: 'Sample Dispatch, The Sample Times, 2025-03',
        path: 'https://figures.example.org/sources/sample-dispatch',
      },
    ]);
    expect(body.licenses[0]?.name).toBe('CC-BY-4.0');
    expect(body.citation).toContain('https://figures.example.org/figures/<figure_id>');
  });
});
