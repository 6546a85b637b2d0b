// @ts-check
// npm start: the production server. Next.js renders each page once per data version; this process answers repeat
// requests for it with the finished bytes from memory, before Next's own request pipeline runs.
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import compression from 'compression';
import {
  ResponseCache,
  isKeepable,
  largestCachedBody,
  matchesEtag,
  replayableHeaders,
  replayedHeader,
  responseCacheKey,
} from '../lib/http/response-cache.mjs';
import { errorBody } from '../lib/http/error-body.mjs';
import { addressToRender } from '../lib/http/page-query.mjs';
import { isEditorPath, refusalBody, refuseRequest } from '../lib/http/request-guard.mjs';
import { contentSecurityPolicy, securityHeaders } from '../lib/http/security-headers.mjs';
import { inlineScriptHashes } from '../lib/http/inline-script-hashes.mjs';
import { statusDeclaredIn } from '../lib/http/declared-status.mjs';

const require = createRequire(import.meta.url);
const { currentDataVersion, versionJustChanged } = require('../db/served-data-version.cjs');
const { databaseFailedRecently, retryAfterSeconds } = require('../db/database-outage.cjs');

const { values: options } = parseArgs({
  options: {
    port: { type: 'string', short: 'p', default: process.env.PORT ?? '3000' },
    hostname: { type: 'string', short: 'H' },
  },
});
const port = Number(options.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, not "${options.port}"`);
  process.exit(2);
}
// EDITOR=1 turns on the review screen at /edit, which writes the seed files: it is served on this machine only. Any
// other value (EDITOR is also the shell's name for one's text editor) leaves it off, as lib/env.ts reads it.
const editor = process.env.EDITOR === '1';
const loopback = ['127.0.0.1', 'localhost', '::1'];
if (editor && options.hostname !== undefined && !loopback.includes(options.hostname)) {
  console.error(`With EDITOR=1 the server listens on localhost only, not on "${options.hostname}"`);
  process.exit(2);
}
const hostname = options.hostname ?? (editor ? '127.0.0.1' : undefined);

process.env.NODE_ENV = 'production';
const { default: createNextApp } = await import('next');
const app = createNextApp({
  dev: false,
  dir: path.resolve(import.meta.dirname, '..'),
  // Not the address we listen on: Next builds the address a proxy.ts rewrite goes to from 'localhost', and treats a
  // rewrite to any other host as external, sending it over HTTP back to this server.
  hostname: 'localhost',
  port,
});
const handle = app.getRequestHandler();
await app.prepare();

const cache = new ResponseCache(Number(process.env.PAGE_CACHE_MB || 256) * 1024 * 1024);

/** Headers a 304 repeats (RFC 9110, 15.4.5). */
const notModifiedHeaders = ['cache-control', 'content-location', 'etag', 'expires', 'vary'];

/**
 * @param {http.IncomingMessage} request
 * @param {http.ServerResponse} response
 * @param {import('../lib/http/response-cache.mjs').StoredResponse} stored
 */
function replay(request, response, stored) {
  if (matchesEtag(request.headers['if-none-match'], stored.headers.etag)) {
    // A browser merges a 304's headers into the page it kept; the policy listing that page's scripts must stay.
    response.removeHeader('content-security-policy');
    const headers = Object.fromEntries(
      notModifiedHeaders.flatMap((name) => (name in stored.headers ? [[name, stored.headers[name]]] : [])),
    );
    response.writeHead(304, headers).end();
    return;
  }
  response.writeHead(stored.status, {
    ...stored.headers,
    'content-length': stored.body.length,
    [replayedHeader]: 'hit',
  });
  response.end(request.method === 'HEAD' ? undefined : stored.body);
}

/**
 * Collects the bytes Next writes (after its compression) and keeps the response once it has been sent in full.
 * @param {http.ServerResponse} response
 * @param {(body: Buffer) => void} keep
 */
function recordBody(response, keep) {
  /** @type {Buffer[]} */
  let chunks = [];
  let size = 0;
  /** @param {unknown} chunk @param {unknown} encoding */
  const collect = (chunk, encoding) => {
    if (!chunks.length && size > largestCachedBody) return;
    if (typeof chunk === 'string')
      chunk = Buffer.from(
        chunk,
        typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : 'utf8',
      );
    if (!(chunk instanceof Uint8Array)) return;
    size += chunk.byteLength;
    // Past the limit the response streams on untouched and nothing is kept.
    if (size > largestCachedBody) chunks = [];
    else chunks.push(Buffer.from(chunk));
  };
  const write = response.write;
  const end = response.end;
  response.write = /** @type {any} */ (
    function (/** @type {unknown} */ chunk, /** @type {unknown} */ encoding) {
      collect(chunk, encoding);
      return write.apply(response, /** @type {any} */ (arguments));
    }
  );
  response.end = /** @type {any} */ (
    function (/** @type {unknown} */ chunk, /** @type {unknown} */ encoding) {
      if (typeof chunk !== 'function') collect(chunk, encoding);
      return end.apply(response, /** @type {any} */ (arguments));
    }
  );
  // 'finish' fires only when the whole response has been handed to the network, never for an aborted one.
  response.once('finish', () => {
    if (size <= largestCachedBody) keep(Buffer.concat(chunks));
  });
}

/** Next answers its own errors; this is for a failure of the handler itself, which must not leave the request hanging. */
function fail(/** @type {http.ServerResponse} */ response) {
  return (/** @type {unknown} */ error) => {
    console.error(error);
    if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('The server could not answer this request.');
  };
}

/**
 * A 500 that follows a failure of the database to answer is an outage, not a fault: it becomes a 503 with
 * Retry-After and a page saying so in words (Next's own error document says nothing until its scripts run), so
 * readers, clients and CDNs wait and try again.
 * @param {http.IncomingMessage} request
 * @param {http.ServerResponse} response
 */
function answerOutageWith503(request, response) {
  const { writeHead, write, end } = response;
  let replaced = false;
  response.writeHead = /** @type {any} */ (
    function (/** @type {number} */ status, /** @type {unknown[]} */ ...rest) {
      if (status !== 500 || !databaseFailedRecently()) {
        return writeHead.apply(response, /** @type {any} */ ([status, ...rest]));
      }
      replaced = true;
      const { contentType, body } = errorBody(
        'The database is not answering',
        `The database is not answering just now, so this could not be shown. Try again in ${retryAfterSeconds} seconds.`,
        request.url,
        request.headers.accept,
      );
      for (const name of ['content-encoding', 'content-length', 'etag', 'vary', 'transfer-encoding']) {
        response.removeHeader(name);
      }
      writeHead.call(response, 503, 'Service Unavailable', {
        'content-type': contentType,
        'content-length': Buffer.byteLength(body),
        'cache-control': 'no-store',
        'retry-after': String(retryAfterSeconds),
      });
      end.call(response, request.method === 'HEAD' ? undefined : body);
      return response;
    }
  );
  // Whatever Next still writes of its error document is dropped: the answer above is complete.
  response.write = /** @type {any} */ (
    function () {
      return replaced ? true : write.apply(response, /** @type {any} */ (arguments));
    }
  );
  response.end = /** @type {any} */ (
    function () {
      return replaced ? response : end.apply(response, /** @type {any} */ (arguments));
    }
  );
}

/**
 * Holds an HTML page until Next has written all of it, then lists the hashes of its inline scripts in the
 * Content-Security-Policy, so the browser runs those scripts and no other inline code, and sends the status the page
 * declares, if any (lib/http/declared-status.mjs). Pages are rendered once per
 * data version and are small (under 250 kB), so holding one costs a render's worth of memory once. Anything that is
 * not HTML passes straight through.
 * @param {http.IncomingMessage} request
 * @param {http.ServerResponse} response
 */
function listInlineScriptsInPolicy(request, response) {
  const inner = {
    writeHead: response.writeHead,
    write: response.write,
    end: response.end,
    flushHeaders: response.flushHeaders,
  };
  const pathname = (request.url ?? '').split('?')[0] ?? '';
  /** @type {boolean | undefined} */
  let holding;
  /** @type {Buffer[]} */
  const chunks = [];
  const isHtml = () => /^text\/html\b/i.test(String(response.getHeader('content-type') ?? ''));
  /** @param {unknown} chunk @param {unknown} encoding */
  const hold = (chunk, encoding) => {
    if (typeof chunk === 'string')
      chunks.push(
        Buffer.from(chunk, typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : 'utf8'),
      );
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  /** @param {unknown[]} args */
  const callbackOf = (args) => args.find((arg) => typeof arg === 'function');

  response.writeHead = /** @type {any} */ (
    function (/** @type {number} */ status, /** @type {unknown[]} */ ...rest) {
      const headers = rest.find((arg) => typeof arg === 'object' && arg !== null);
      const contentType =
        headers && !Array.isArray(headers) ? (headers['content-type'] ?? headers['Content-Type']) : undefined;
      holding ??= contentType !== undefined ? /^text\/html\b/i.test(String(contentType)) : isHtml();
      if (!holding) return inner.writeHead.apply(response, /** @type {any} */ ([status, ...rest]));
      response.statusCode = status;
      if (typeof rest[0] === 'string') response.statusMessage = rest[0];
      if (Array.isArray(headers)) {
        for (let i = 0; i + 1 < headers.length; i += 2) response.setHeader(headers[i], headers[i + 1]);
      } else if (headers) {
        for (const [name, value] of Object.entries(headers))
          if (value !== undefined) response.setHeader(name, value);
      }
      return response;
    }
  );
  response.flushHeaders = function () {
    holding ??= isHtml();
    if (!holding) inner.flushHeaders.call(response);
  };
  // compression's flush() pushes out what gzip holds, and with it the headers.
  const flush = /** @type {{ flush?: () => void }} */ (response).flush;
  if (flush)
    /** @type {{ flush?: () => void }} */ (response).flush = function () {
      holding ??= isHtml();
      if (!holding) flush.call(response);
    };
  response.write = /** @type {any} */ (
    function (/** @type {unknown} */ chunk, /** @type {unknown[]} */ ...rest) {
      holding ??= isHtml();
      if (!holding) return inner.write.apply(response, /** @type {any} */ ([chunk, ...rest]));
      hold(chunk, rest[0]);
      const callback = callbackOf(rest);
      if (callback) process.nextTick(callback);
      return true;
    }
  );
  response.end = /** @type {any} */ (
    function (/** @type {unknown} */ chunk, /** @type {unknown[]} */ ...rest) {
      holding ??= isHtml();
      if (!holding) return inner.end.apply(response, /** @type {any} */ ([chunk, ...rest]));
      if (typeof chunk !== 'function') hold(chunk, rest[0]);
      const body = Buffer.concat(chunks);
      if (response.statusCode === 304) response.removeHeader('content-security-policy');
      else {
        // Compression comes after this hold (render), so the page is still plain text here.
        const html = body.toString('utf8');
        response.setHeader(
          'content-security-policy',
          contentSecurityPolicy(pathname, inlineScriptHashes(html)),
        );
        if (response.statusCode === 200) response.statusCode = statusDeclaredIn(html) ?? 200;
      }
      response.removeHeader('content-length');
      // From here on the response goes out as any other: the status line and headers are written with the body.
      holding = false;
      const callback = typeof chunk === 'function' ? chunk : callbackOf(rest);
      return inner.end.call(response, body, /** @type {any} */ (callback));
    }
  );
}

const site = { https: (process.env.SITE_URL ?? '').startsWith('https:') };

/** A request no route can answer, turned away here: Next's own parsing answers some of these with a 500. */
function refuse(
  /** @type {http.IncomingMessage} */ request,
  /** @type {http.ServerResponse} */ response,
  /** @type {import('../lib/http/request-guard.mjs').Refusal} */ refusal,
) {
  const { contentType, body } = refusalBody(refusal, request.url, request.headers.accept);
  response.writeHead(refusal.status, {
    'content-type': contentType,
    'cache-control': 'no-store',
    ...(refusal.allow ? { allow: refusal.allow } : {}),
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

// Compression happens here rather than in Next (next.config.js: compress: false) so that it sits between the page
// Next writes, which must be read whole to hash its scripts, and the bytes kept for replay.
// Next sets a route handler's Content-Type as a one-element array, which compression's own filter reads as "not
// compressible": CSV and JSON downloads went out uncompressed to readers whose browsers asked for gzip. The client
// router's own requests (RSC) stay uncompressed, as they always were here: compressing them was not tried.
const compress = compression({
  filter: (request, response) => {
    if (request.headers.rsc !== undefined) return false;
    const type = response.getHeader('content-type');
    if (Array.isArray(type) && type.length === 1) response.setHeader('content-type', String(type[0]));
    return compression.filter(request, response);
  },
});

/**
 * Hands the request to Next, behind compression and the script-hash policy.
 * @param {http.IncomingMessage} request
 * @param {http.ServerResponse} response
 */
function render(request, response) {
  compress(/** @type {any} */ (request), /** @type {any} */ (response), () => {
    listInlineScriptsInPolicy(request, response);
    handle(request, response).catch(fail(response));
  });
}

/**
 * Renders of a cacheable response now under way, by cache key: a spike of readers on a page that is not yet kept
 * (the first minutes after a load, a story linking a new chart) waits for one render instead of starting fifty,
 * which at a million figures would queue the database until every one of them timed out.
 * @type {Map<string, Promise<void>>}
 */
const rendering = new Map();

/**
 * Answers from memory if the response is kept, else waits for a render of it already under way, else renders it,
 * keeping the result when it may be kept.
 * @param {http.IncomingMessage} request
 * @param {http.ServerResponse} response
 * @param {string} key
 * @param {number} version
 */
function answerCacheable(request, response, key, version) {
  const stored = cache.get(key, version);
  if (stored) return replay(request, response, stored);
  const underWay = rendering.get(key);
  if (underWay) return void underWay.then(() => renderOnce(request, response, key, version));
  renderOnce(request, response, key, version);
}

/**
 * @param {http.IncomingMessage} request
 * @param {http.ServerResponse} response
 * @param {string} key
 * @param {number} version
 */
function renderOnce(request, response, key, version) {
  const stored = cache.get(key, currentDataVersion() ?? version);
  if (stored) return replay(request, response, stored);
  // Only a full GET rendered wholly under one settled version is kept.
  if (request.method !== 'GET' || versionJustChanged()) return render(request, response);
  // After a render that could not be kept (a failure), the readers who waited for it each render again.
  if (!rendering.has(key)) {
    /** @type {() => void} */
    let done = () => {};
    rendering.set(key, new Promise((resolve) => (done = resolve)));
    // 'close' comes after 'finish', and also when the reader leaves first: either way the next reader may go on.
    response.once('close', () => {
      rendering.delete(key);
      done();
    });
  }
  recordBody(response, (body) => {
    const headers = response.getHeaders();
    if (currentDataVersion() !== version || versionJustChanged() || !isKeepable(response.statusCode, headers))
      return;
    cache.set(key, { status: response.statusCode, headers: replayableHeaders(headers), body }, version);
  });
  render(request, response);
}

const server = http.createServer((request, response) => {
  const pathname = (request.url ?? '').split('?')[0] ?? '';
  for (const [name, value] of Object.entries(securityHeaders(pathname, site)))
    response.setHeader(name, value);
  const refusal = refuseRequest(request.method, request.url, { editor });
  if (refusal) return refuse(request, response, refusal);
  answerOutageWith503(request, response);
  // Next answers as the router's only a request with the RSC header; with just the other router headers it renders
  // a page, which must lose its query like any other (responseCacheKey's wider list only keeps such requests out).
  request.url = addressToRender(request.url ?? '/', request.headers.rsc !== undefined);
  // The review screen reads the seed files at each request: never kept, never replayed.
  if (isEditorPath(pathname)) return void render(request, response);
  const key = responseCacheKey(request);
  const version = currentDataVersion();
  if (key === null || version === undefined) return void render(request, response);
  answerCacheable(request, response, key, version);
});

server.listen(port, hostname, () => {
  const address = server.address();
  const shown = typeof address === 'object' && address ? `${hostname ?? 'localhost'}:${address.port}` : port;
  console.log(`Contested Figures ready on http://${shown}`);
  if (editor) console.log(`Review screen (EDITOR=1) on http://${shown}/edit, for this machine only`);
});

for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT'])) {
  process.once(signal, () => {
    server.close();
    process.exit(0);
  });
}
