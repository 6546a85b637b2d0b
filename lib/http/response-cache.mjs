// @ts-check
/**
 * The finished responses the production server (scripts/serve.mjs) answers from memory: status, headers and body
 * bytes of a page or download, valid for the one data version it was rendered under. Pure: the server gives it
 * requests, responses and the current version.
 */

/** Headers under which Next answers the same address with something else (router payloads, server actions). */
const routerHeaders = [
  'rsc',
  'next-router-prefetch',
  'next-router-state-tree',
  'next-router-segment-prefetch',
  'next-url',
  'next-action',
];

/** Responses larger than this stream through Next every time: a full export is not worth keeping. */
export const largestCachedBody = 2 * 1024 * 1024;

/** Headers the server sets itself on every response, or that describe one transfer only (Next's own hit or miss). */
const perTransferHeaders = new Set([
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'x-nextjs-cache',
]);

/** The header a response answered from memory carries, so a reader of the headers can tell. */
export const replayedHeader = 'x-response-cache';

/**
 * @typedef {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined> }} CacheableRequest
 * @typedef {{ status: number, headers: Record<string, string | string[]>, body: Buffer }} StoredResponse
 * @typedef {{ response: StoredResponse, version: number, size: number }} Entry
 */

/**
 * The cache key of a request, or null when it must go to Next: only GET and HEAD of a page or download, never
 * the router's own requests. Responses differ by compression, so the accepted encodings are part of the key.
 * @param {CacheableRequest} request
 * @returns {string | null}
 */
export function responseCacheKey(request) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  if (!request.url || !request.url.startsWith('/')) return null;
  for (const name of routerHeaders) if (request.headers[name] !== undefined) return null;
  const encoding = String(request.headers['accept-encoding'] ?? '')
    .toLowerCase()
    .replace(/\s+/g, '');
  return `${encoding} ${request.url}`;
}

/**
 * Whether a finished response may be kept: a complete 200 that a shared cache may keep (`s-maxage`) with an ETag,
 * setting no cookie.
 * @param {number} status
 * @param {Record<string, unknown>} headers lower-case names, as Node's `getHeaders()` gives them
 */
export function isKeepable(status, headers) {
  if (status !== 200 || headers['set-cookie'] !== undefined || headers.etag === undefined) return false;
  return /(?:^|,)\s*s-maxage=\d+/.test(String(headers['cache-control'] ?? ''));
}

/**
 * The headers to replay, without those that describe one transfer.
 * @param {Record<string, unknown>} headers
 * @returns {Record<string, string | string[]>}
 */
export function replayableHeaders(headers) {
  /** @type {Record<string, string | string[]>} */
  const kept = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || perTransferHeaders.has(name)) continue;
    kept[name] = Array.isArray(value) ? value.map(String) : String(value);
  }
  return kept;
}

const entityTags = /(?:W\/)?"([^"]*)"/g;

/**
 * Whether an If-None-Match header matches an entity tag (RFC 9110 §13.1.2): `*`, or any tag of the list by weak
 * comparison, where W/"x" and "x" are the same.
 * @param {string | string[] | null | undefined} header
 * @param {string | string[] | undefined} etag
 */
export function matchesEtag(header, etag) {
  // Next sets some headers as one-element lists.
  if (Array.isArray(etag)) etag = etag[0];
  if (typeof header !== 'string' || typeof etag !== 'string') return false;
  if (header.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  for (const [, tag] of header.matchAll(entityTags)) if (`"${tag}"` === opaque) return true;
  return false;
}

/** A least-recently-used store of finished responses within a byte budget, each valid for one data version. */
export class ResponseCache {
  /** @param {number} budgetBytes */
  constructor(budgetBytes) {
    this.budgetBytes = budgetBytes;
    this.usedBytes = 0;
    /** @type {Map<string, Entry>} */
    this.entries = new Map();
  }

  /**
   * The response stored for `key` under `version`; an entry from another version is dropped.
   * @param {string} key
   * @param {number | undefined} version
   * @returns {StoredResponse | null}
   */
  get(key, version) {
    const entry = this.entries.get(key);
    if (!entry) return null;
    this.entries.delete(key);
    if (entry.version !== version) {
      this.usedBytes -= entry.size;
      return null;
    }
    // Map order is insertion order: moving a hit to the end keeps the least recently used first.
    this.entries.set(key, entry);
    return entry.response;
  }

  /**
   * @param {string} key
   * @param {StoredResponse} response
   * @param {number} version
   */
  set(key, response, version) {
    const previous = this.entries.get(key);
    if (previous) {
      this.usedBytes -= previous.size;
      this.entries.delete(key);
    }
    const size = key.length + response.body.length + JSON.stringify(response.headers).length;
    if (size > this.budgetBytes) return;
    this.entries.set(key, { response, version, size });
    this.usedBytes += size;
    for (const [oldestKey, oldest] of this.entries) {
      if (this.usedBytes <= this.budgetBytes) break;
      this.usedBytes -= oldest.size;
      this.entries.delete(oldestKey);
    }
  }

  get size() {
    return this.entries.size;
  }
}
