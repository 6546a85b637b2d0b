import fs from 'node:fs/promises';
import path from 'node:path';
import type { ReactElement } from 'react';
import { downloadDataVersion } from '@/app/_downloads/download-response';
import { EmbedDocument } from '@/components/charts/EmbedDocument';
import { MetricChart } from '@/components/charts/MetricChart';
import { getMetricBySlug } from '@/db/queries/catalogue';
import { getMetricChartFigures } from '@/db/queries/chart-figures';
import { requestDb } from '@/db/request-database';
import { shapeChartFigures } from '@/lib/charts/shape-chart-figures';
import { downloadEtag, downloadHeaders } from '@/lib/http/download-caching';

// GET /embed/metrics/[slug] – one metric's chart as a page for other sites' iframes, with no framework script

type Context = { params: Promise<{ slug: string }> };

// The lead's caching of the embed page (app/embed/layout.tsx and page.tsx on main), carried over to this handler:
// rendered on first request, then served from the page cache until a load changes the data (per data version);
// after five minutes a request re-renders in the background, and a CDN may keep a copy that long.
export const revalidate = 300;

// None at build time: each is rendered on first request and then cached for the data version.
export function generateStaticParams() {
  return [];
}

// The same stylesheet as the site's pages and the embed's narrow-column rules, read once and sent inline (an embed
// is one request, no more).
let stylesheet: Promise<string> | undefined;
function siteStylesheet(): Promise<string> {
  const read = (file: string) => fs.readFile(path.join(process.cwd(), 'app', file), 'utf8');
  stylesheet ??= Promise.all([read('globals.css'), read('embed-narrow.css')]).then((sheets) =>
    sheets.join('\n'),
  );
  return stylesheet;
}

/**
 * An App Router page always loads React and the router in the browser (about 140 kB gzip), which an embed does not
 * need: its chart is static SVG with plain links. So the embed is a route handler that renders the same server
 * components to HTML itself. React DOM's server renderer is loaded from node_modules at run time, outside the
 * server-components bundle (which may not import it).
 */
async function htmlResponse(page: ReactElement, status: number, headers?: Headers): Promise<Response> {
  const { renderToStaticMarkup } = (await import(
    /* turbopackIgnore: true */ 'react-dom/server'
  )) as typeof import('react-dom/server');
  const sent = new Headers(headers);
  sent.set('content-type', 'text/html; charset=utf-8');
  return new Response(`<!doctype html>${renderToStaticMarkup(page)}`, { status, headers: sent });
}

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const db = await requestDb();
  const found = await getMetricBySlug(db, (await params).slug);
  const css = await siteStylesheet();
  if (!found) {
    return htmlResponse(
      <EmbedDocument title="Not found" description="There is no chart at this address." stylesheet={css}>
        <h1>Not found</h1>
        <p>
          There is no chart at this address.{' '}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- this HTML has no router for a Link */}
          <a href="/metrics" target="_top">
            Every metric on Contested Figures
          </a>
        </p>
      </EmbedDocument>,
      404,
    );
  }
  const { metric } = found;
  // Like a download, the embed changes only with the data version: tagged by it, a copy may be kept and revalidated
  // (the request's own headers are out of reach of a handler cached per version; the server answers its 304s).
  const etag = downloadEtag(await downloadDataVersion(db), ['embed', metric.slug]);
  const { chart, sourceLine } = shapeChartFigures(await getMetricChartFigures(db, metric), metric);
  return htmlResponse(
    <EmbedDocument
      title={`${metric.name} (chart)`}
      description={`Chart of every claim about ${metric.name}, side by side, with its sources.`}
      stylesheet={css}
    >
      <h1>{metric.name}</h1>
      {chart ? (
        <MetricChart chart={chart} title={metric.name} slug={metric.slug} sourceLine={sourceLine} embedded />
      ) : (
        <p>No figure for this metric has a value to plot.</p>
      )}
      <p className="source-line small">{sourceLine}</p>
      <p className="small embed-more">
        <a href={`/metrics/${metric.slug}`} target="_top">
          See every figure and its source on Contested Figures
        </a>
      </p>
    </EmbedDocument>,
    200,
    downloadHeaders(etag),
  );
}
