import { describe, expect, it } from 'vitest';
import { refusalBody, refuseRequest } from '@/lib/http/request-guard.mjs';

describe('requests turned away before any route', () => {
  it.each([
    ['GET', '/figures?q=drones&side=russia'],
    ['HEAD', '/metrics/russian-military-casualties/data.csv'],
    ['GET', '/figures?q=%E2%80%9Cquote%20marks%E2%80%9D+and+more'],
    ['GET', '/'],
  ])('lets %s %s through', (method, target) => {
    expect(refuseRequest(method, target)).toBeNull();
  });

  it.each(['TRACE', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PROPFIND'])(
    'answers %s with 405 and Allow',
    (method) => {
      expect(refuseRequest(method, '/')).toMatchObject({ status: 405, allow: 'GET, HEAD' });
    },
  );

  it('answers a form sent to the review screen with 404 unless EDITOR=1 turned it on', () => {
    expect(refuseRequest('POST', '/edit/some-article/review')).toMatchObject({ status: 404 });
    expect(refuseRequest('POST', '/edit')).toMatchObject({ status: 404 });
    expect(refuseRequest('POST', '/edit/some-article/review', { editor: true })).toBeNull();
    expect(refuseRequest('POST', '/editorial', { editor: true })).toMatchObject({ status: 405 });
    expect(refuseRequest('PUT', '/edit/some-article/review', { editor: true })).toMatchObject({
      status: 405,
    });
    expect(refuseRequest('POST', '/edit/%zz', { editor: true })).toMatchObject({ status: 400 });
  });

  it.each([
    ['*', 'must be a path'],
    ['http://example.org/', 'must be a path'],
    ['/claimants/%ff', 'malformed %-escape'],
    ['/metrics/%/data.csv', 'malformed %-escape'],
    ['/metrics/%00/data.csv', 'NUL'],
  ])('answers the target %s with 400', (target, words) => {
    const refusal = refuseRequest('GET', target);
    expect(refusal?.status).toBe(400);
    expect(refusal?.message).toContain(words);
  });

  it.each([
    ['/figures?q=%00', 'q'],
    ['/figures?outlet=BBC%00', 'outlet'],
    ['/figures.csv?q=%ff', 'q'],
    ['/figures?side=%E2%28', 'side'],
    ['/figures?q=100%', 'q'],
  ])('answers %s with a 400 naming "%s"', (target, parameter) => {
    const refusal = refuseRequest('GET', target);
    expect(refusal?.status).toBe(400);
    expect(refusal?.message).toContain(`Invalid parameter "${parameter}"`);
  });

  it('writes JSON for a JSON address and escaped HTML otherwise', () => {
    const refusal = { status: 400 as const, message: 'Invalid parameter "<q>": bad' };
    expect(JSON.parse(refusalBody(refusal, '/figures.json?q=%00', undefined).body)).toEqual({
      error: refusal.message,
    });
    const html = refusalBody(refusal, '/figures?q=%00', 'text/html');
    expect(html.contentType).toContain('text/html');
    expect(html.body).toContain('Invalid parameter &#34;&#60;q&#62;&#34;');
    expect(html.body).not.toContain('<q>');
  });
});
