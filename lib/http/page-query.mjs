// @ts-check

// Pages that read no query string. Next keeps one render of such a page for every address, and that render carries
// the query of the request that made it in its router data: one reader's "?anything" would be served to all. Their
// queries are dropped before Next sees them. /figures reads its
// query (proxy.ts), downloads and the review screen read theirs, and the router's own requests keep theirs.
const queryFreePage =
  /^\/(?:|metrics|sources|claimants|about|changes|corrections|(?:metrics|topics|claimants|embed\/metrics)\/[a-z0-9-]+|sources\/[a-z0-9-]+(?:\/coverage)?|figures\/(?!view$)[a-z0-9-]+)$/;

/**
 * The address Next should render for a request: the same, or for a page that reads no query, its path alone.
 * @param {string} url the request's path and query
 * @param {boolean} fromRouter whether the client router sent it (RSC headers), whose query Next itself reads
 * @returns {string}
 */
export function addressToRender(url, fromRouter) {
  const queryAt = url.indexOf('?');
  if (queryAt === -1 || fromRouter) return url;
  const pathname = url.slice(0, queryAt);
  return queryFreePage.test(pathname) ? pathname : url;
}
