import { NextResponse, type NextRequest } from 'next/server';
import { InvalidParameterError, parseFigureQuery } from '@/lib/figures/figure-filters';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

// Pages cannot set a status code, so a bad /figures filter is answered here with a 400 before the page renders.
export function proxy(request: NextRequest) {
  try {
    parseFigureQuery(request.nextUrl.searchParams, { paged: true });
    return NextResponse.next();
  } catch (error) {
    if (!(error instanceof InvalidParameterError)) throw error;
    const message = escapeHtml(error.message);
    return new NextResponse(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bad filter · Contested Figures</title>` +
        `<meta name="viewport" content="width=device-width, initial-scale=1"></head>` +
        `<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem">` +
        `<h1>That filter is not valid</h1><p>${message}</p><p><a href="/figures">Show all figures</a></p></body></html>`,
      { status: 400, headers: { 'content-type': 'text/html; charset=utf-8' } },
    );
  }
}

export const config = { matcher: ['/figures'] };
