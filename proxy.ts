import { NextResponse, type NextRequest } from 'next/server';
import { InvalidParameterError, parseFigureQuery } from '@/lib/figures/figure-filters';
import { figuresViewPath } from '@/lib/figures/figures-view-path';
import { escapeHtml } from '@/lib/http/error-body.mjs';
import { siteNavLinks } from '@/lib/site/site-nav';

// The 400 page is written here, before any page renders, so it carries a small copy of the site's look.
const errorPageStyle =
  'body{font-family:system-ui,sans-serif;margin:0;color:#1d1d1f}header{border-bottom:1px solid #d9d9d4;' +
  'padding:.75rem 1rem;display:flex;gap:1.5rem;flex-wrap:wrap}header a{color:#55555e;text-decoration:none}' +
  'header .title{font-weight:700;color:#1d1d1f}nav{display:flex;gap:1rem}main{max-width:40rem;margin:2rem auto;' +
  'padding:0 1rem}a{color:#0b57a4}';

const navMarkup = siteNavLinks.map((link) => `<a href="${link.href}">${link.label}</a>`).join('');

/**
 * /figures: a bad filter is answered here with a 400, since pages cannot set a status code; a good one is rewritten
 * to a path that carries the query string, so each view is rendered once per data version and then cached.
 */
export function proxy(request: NextRequest) {
  // Next also matches '/figures' against '/figures.json'; that route answers its own errors, as JSON.
  if (request.nextUrl.pathname !== '/figures') return NextResponse.next();
  try {
    parseFigureQuery(request.nextUrl.searchParams, { paged: true });
    return NextResponse.rewrite(new URL(figuresViewPath(request.nextUrl.search), request.url));
  } catch (error) {
    if (!(error instanceof InvalidParameterError)) throw error;
    const message = escapeHtml(error.message);
    return new NextResponse(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bad filter · Contested Figures</title>` +
        `<meta name="viewport" content="width=device-width, initial-scale=1"><style>${errorPageStyle}</style></head>` +
        `<body><header><a href="/" class="title">Contested Figures</a><nav aria-label="Main">` +
        navMarkup +
        `</nav></header><main>` +
        `<h1>That filter is not valid</h1><p>${message}</p>` +
        `<p>Check the address, or <a href="/figures">start again from all figures</a>.</p></main></body></html>`,
      { status: 400, headers: { 'content-type': 'text/html; charset=utf-8' } },
    );
  }
}

export const config = { matcher: ['/figures'] };
