// The view of everything gets a readable segment; any other query string is carried whole in base64url, which
// no percent-decoding along the way can alter.
const everything = 'all';
const queryPrefix = 'q';

/**
 * The internal path that renders /figures with the query string `search`: an address with a query string
 * cannot be kept in the page cache, one with a path segment can.
 */
export function figuresViewPath(search: string): string {
  const query = search.replace(/^\?/, '');
  return `/figures/view/${query === '' ? everything : queryPrefix + Buffer.from(query).toString('base64url')}`;
}

/** The query string a figuresViewPath segment carries; nothing for a segment it did not make. */
export function decodeFiguresViewSegment(segment: string): URLSearchParams {
  if (!segment.startsWith(queryPrefix)) return new URLSearchParams();
  return new URLSearchParams(Buffer.from(segment.slice(queryPrefix.length), 'base64url').toString());
}
