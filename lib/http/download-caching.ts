import { createHash } from 'node:crypto';

// A download changes only when the data version does, so a CDN may keep it for a while and serve it stale while
// it revalidates; browsers always revalidate, and get a 304 while their copy is current.
export const downloadCacheControl = 'public, max-age=0, s-maxage=300, stale-while-revalidate=86400';

/**
 * The entity tag of a download: the data version it was read at, and a hash of everything else its content
 * depends on (the resource, the origin in its URLs, the normalised filters). Weak, because two URLs that differ
 * only in the order of their filters give the same content in bytes that differ (the filters echoed in JSON).
 */
export function downloadEtag(dataVersion: number, dependsOn: unknown): string {
  const hash = createHash('sha256').update(JSON.stringify(dependsOn)).digest('base64url').slice(0, 22);
  return `W/"v${dataVersion}-${hash}"`;
}

/** Headers of a cacheable download with this entity tag. */
export function downloadHeaders(etag: string, headers: Record<string, string> = {}): Headers {
  return new Headers({ ...headers, etag, 'cache-control': downloadCacheControl });
}

/** The answer to a conditional request whose copy is current: no body, the same validators. */
export function notModifiedResponse(etag: string): Response {
  return new Response(null, { status: 304, headers: downloadHeaders(etag) });
}
