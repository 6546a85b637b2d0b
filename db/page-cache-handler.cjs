// @ts-check
/**
 * Next's cache of rendered pages, kept in memory and valid for one data version only: an entry written under
 * one version is never served under another, so a load shows on every page at once. It starts empty, so the
 * pages `next build` rendered (from its own in-memory copy of the seeds) are never served.
 */

const { currentDataVersion, versionJustChanged } = require('./served-data-version.cjs');

/** @param {unknown} value */
function byteLength(value) {
  if (typeof value === 'string') return value.length;
  if (value && typeof value === 'object' && 'length' in value && typeof value.length === 'number')
    return value.length;
  return 0;
}

/** A rough size of a cached render, so the cache stays within its memory budget. */
function sizeOf(/** @type {any} */ value) {
  if (!value) return 1;
  let size =
    byteLength(value.html) + byteLength(value.rscData) + byteLength(value.body) + byteLength(value.postponed);
  if (value.segmentData instanceof Map) {
    for (const [path, buffer] of value.segmentData) size += path.length + byteLength(buffer);
  }
  return Math.max(size, 1);
}

const budgetBytes = Number(process.env.PAGE_CACHE_MB || 256) * 1024 * 1024;

/** @type {Map<string, { value: unknown, lastModified: number, cacheControl: unknown, version: number, tags: string[], size: number }>} */
const entries = new Map();
let usedBytes = 0;

function remove(/** @type {string} */ key) {
  const entry = entries.get(key);
  if (!entry) return;
  usedBytes -= entry.size;
  entries.delete(key);
}

module.exports = class PageCacheHandler {
  async get(/** @type {string} */ key) {
    const entry = entries.get(key);
    if (!entry) return null;
    if (entry.version !== currentDataVersion()) {
      remove(key);
      return null;
    }
    // Map order is insertion order: moving a hit to the end keeps the least recently used first.
    entries.delete(key);
    entries.set(key, entry);
    return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
  }

  async set(/** @type {string} */ key, /** @type {any} */ data, /** @type {any} */ ctx) {
    remove(key);
    const version = currentDataVersion();
    // Before the database is open nothing can be rendered from it, so there is nothing worth keeping.
    if (version === undefined || !data || versionJustChanged()) return;
    const size = sizeOf(data) + key.length;
    if (size > budgetBytes) return;
    const tags =
      typeof data.headers?.['x-next-cache-tags'] === 'string'
        ? data.headers['x-next-cache-tags'].split(',')
        : [];
    entries.set(key, {
      value: data,
      lastModified: Date.now(),
      cacheControl: ctx?.cacheControl,
      version,
      tags,
      size,
    });
    usedBytes += size;
    for (const oldest of entries.keys()) {
      if (usedBytes <= budgetBytes) break;
      remove(oldest);
    }
  }

  async revalidateTag(/** @type {string | string[]} */ tags) {
    const dropped = new Set(Array.isArray(tags) ? tags : [tags]);
    for (const [key, entry] of entries) {
      if (entry.tags.some((tag) => dropped.has(tag))) remove(key);
    }
  }

  resetRequestCache() {}
};
