import http from 'node:http';
import net from 'node:net';
import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

// node:http rather than fetch: fetch refuses TRACE and re-encodes malformed addresses.
function request(target: string, method = 'GET', headers: Record<string, string> = {}): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const outgoing = http.request({ hostname, port, path: target, method, headers }, (incoming) => {
      let body = '';
      incoming.setEncoding('utf8');
      incoming.on('data', (chunk: string) => (body += chunk));
      incoming.on('end', () =>
        resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body }),
      );
      incoming.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/** The status line of a request written byte for byte, for targets node:http will not send (such as "*"). */
function rawStatusLine(requestLine: string): Promise<string> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () =>
      socket.write(`${requestLine}\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`),
    );
    let reply = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (reply += chunk));
    socket.on('end', () => resolve(reply.split('\r\n')[0] ?? ''));
    socket.on('error', reject);
  });
}

function expectSecurityHeaders(response: RawResponse, { frameable = false, notModified = false } = {}) {
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(response.headers['permissions-policy']).toContain('camera=()');
  const policy = response.headers['content-security-policy'];
  if (notModified) {
    // The browser keeps the policy that came with the page, which lists that page's own script hashes.
    expect(policy).toBeUndefined();
  } else {
    expect(policy).toContain("object-src 'none'");
    expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/);
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
  }
  if (frameable) {
    if (!notModified) expect(policy).toContain('frame-ancestors *');
    expect(response.headers['x-frame-options']).toBeUndefined();
  } else {
    if (!notModified) expect(policy).toContain("frame-ancestors 'none'");
    expect(response.headers['x-frame-options']).toBe('DENY');
  }
}

describe('security headers on every kind of response', () => {
  it.each([
    ['a page', '/metrics/russian-military-casualties', 200],
    ['the home page', '/', 200],
    ['a page not found', '/metrics/no-such-metric', 404],
    ['a bad filter', '/figures?side=nobody', 400],
    ['a CSV download', '/figures.csv?side=russia', 200],
    ['a JSON download', '/figures.json?side=russia', 200],
    ['the data package', '/datapackage.json', 200],
    ['the health check', '/api/health', 200],
    ['the site icon', '/icon.svg', 200],
    ['a refused method', '/', 405],
    ['a malformed address', '/claimants/%ff', 400],
  ])('%s (%s)', async (_what, target, status) => {
    const response = await request(target, status === 405 ? 'TRACE' : 'GET');
    expect(response.status).toBe(status);
    expectSecurityHeaders(response);
  });

  it('a script file, a repeat answered from memory and a 304', async () => {
    const page = await request('/about');
    const script = page.body.match(/<script src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    expectSecurityHeaders(await request(script!));
    const repeat = await request('/about');
    expect(repeat.headers['x-response-cache']).toBe('hit');
    expectSecurityHeaders(repeat);
    const notModified = await request('/about', 'GET', { 'if-none-match': page.headers.etag! });
    expect(notModified.status).toBe(304);
    expectSecurityHeaders(notModified, { notModified: true });
  });

  it('an embed, which any site may frame', async () => {
    const embed = await request('/embed/metrics/russian-military-casualties');
    expect(embed.status).toBe(200);
    expectSecurityHeaders(embed, { frameable: true });
  });
});

describe('hostile requests get a 4xx that says why, never a 5xx', () => {
  it.each([
    ['/figures?after=2147483648', 'after'],
    [`/figures?sort=period&after=${Buffer.from('["0000-01-01",1]').toString('base64url')}`, 'after'],
    [`/figures?sort=metric&after=${Buffer.from('["a\\u0000",1]').toString('base64url')}`, 'after'],
    ['/figures?q=%00', 'q'],
    ['/figures?outlet=%00', 'outlet'],
    ['/figures.csv?q=%00', 'q'],
    ['/figures.json?q=%ff', 'q'],
  ])('%s names "%s"', async (target, parameter) => {
    const response = await request(target);
    expect(response.status).toBe(400);
    // An HTML page escapes the quotes as &#34;, a JSON body as \".
    expect(response.body).toMatch(new RegExp(`Invalid parameter (&#34;|\\\\?")${parameter}(&#34;|\\\\?")`));
  });

  it.each(['/claimants/%ff', '/metrics/%/data.csv', '/metrics/%00/data.csv', '/sources/%E2%28'])(
    '%s is a 400',
    async (target) => {
      const response = await request(target);
      expect(response.status).toBe(400);
      expect(response.body).toContain('malformed %-escape');
    },
  );

  it('TRACE and OPTIONS are a 405 with Allow; the target "*" is a 400', async () => {
    for (const method of ['TRACE', 'OPTIONS', 'POST']) {
      const response = await request('/figures', method);
      expect(response.status).toBe(405);
      expect(response.headers.allow).toBe('GET, HEAD');
    }
    expect(await rawStatusLine('OPTIONS * HTTP/1.1')).toBe('HTTP/1.1 405 Method Not Allowed');
    expect(await rawStatusLine('GET * HTTP/1.1')).toBe('HTTP/1.1 400 Bad Request');
  });
});
