import type { Db } from '@/db/client';
import { describeUnknownFilterValue, listUnknownFilterValues } from '@/db/queries/filter-values';
import { InvalidParameterError, parseFigureQuery } from '@/lib/figures/figure-filters';

function badParameter(error: InvalidParameterError): Response {
  return Response.json(
    { error: error.message, parameter: error.parameter },
    { status: 400, headers: { 'cache-control': 'no-store' } },
  );
}

/**
 * Parses /figures-style query params, or gives the 400 response naming the bad parameter: a malformed value,
 * or a slug or outlet that names nothing, which would otherwise download an empty file without a word.
 */
export async function parseFigureQueryOr400(db: Db, url: URL, paged: boolean) {
  let query: ReturnType<typeof parseFigureQuery>;
  try {
    query = parseFigureQuery(url.searchParams, { paged });
  } catch (error) {
    if (!(error instanceof InvalidParameterError)) throw error;
    return { response: badParameter(error) };
  }
  const [unknown] = await listUnknownFilterValues(db, query.filters);
  if (unknown) {
    return {
      response: badParameter(
        new InvalidParameterError(unknown.parameter, describeUnknownFilterValue(unknown)),
      ),
    };
  }
  return { query };
}
