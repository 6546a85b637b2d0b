/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ['@electric-sql/pglite'],
  poweredByHeader: false,
  // scripts/serve.mjs compresses, after it has read each page whole to list its inline scripts' hashes in the CSP.
  compress: false,
  // Rendered pages are kept per data version (see the README, "Rendered once per data version").
  cacheHandler: require.resolve('./db/page-cache-handler.cjs'),
  cacheMaxMemorySize: 0,
  // A CDN may serve a page up to a day old while it fetches the new one (Cache-Control stale-while-revalidate).
  expireTime: 86400,
};

module.exports = nextConfig;
