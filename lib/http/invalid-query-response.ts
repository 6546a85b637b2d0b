import { InvalidParameterError, parseFigureQuery } from '@/lib/figures/figure-filters';

/** Parses /figures-style query params, or gives the 400 response naming the bad parameter. */
export function parseFigureQueryOr400(url: URL, paged: boolean) {
  try {
    return { query: parseFigureQuery(url.searchParams, { paged }) };
  } catch (error) {
    if (!(error instanceof InvalidParameterError)) throw error;
    return {
      response: Response.json(
        { error: error.message, parameter: error.parameter },
        { status: 400, headers: { 'cache-control': 'no-store' } },
      ),
    };
  }
}
