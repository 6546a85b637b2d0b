import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { firstFigurePath } from '../support/first-figure-path';
import { browserPageForFile } from '../support/browser';

const baseUrl = inject('baseUrl');
const browser = browserPageForFile();

/** Opens `path` and gathers every Content-Security-Policy complaint and script error the page raises. */
async function openWatched(page: Page, path: string) {
  const complaints: string[] = [];
  const onConsole = (message: { type(): string; text(): string }) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text()))
      complaints.push(message.text());
  };
  const onError = (error: Error) => complaints.push(error.message);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  const response = await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
  return {
    response,
    complaints,
    stop: () => {
      page.off('console', onConsole);
      page.off('pageerror', onError);
    },
  };
}

describe('scripts run only when the page lists their hashes', () => {
  it.each([
    ['home', '/'],
    ['a metric', '/metrics/russian-military-casualties'],
    ['all figures, filtered', '/figures?side=russia'],
    ['a source', '/sources'],
    ['about', '/about'],
    ['a page not found', '/metrics/no-such-metric'],
    ['an embed', '/embed/metrics/russian-military-casualties'],
  ])('%s (%s) runs its scripts with no policy complaint', async (_what, path) => {
    const page = browser.page();
    const watched = await openWatched(page, path);
    watched.stop();
    const policy = (await watched.response!.allHeaders())['content-security-policy'] ?? '';
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    const html = await watched.response!.text();
    const inlineScripts = html.match(/<script(?![^>]*\bsrc=)[^>]*>[^<]/g) ?? [];
    expect(policy.match(/'sha256-/g)?.length ?? 0).toBeGreaterThanOrEqual(inlineScripts.length > 0 ? 1 : 0);
    // Next's hydration data is inline: a page that carries it must have run it.
    if (html.includes('self.__next_f')) {
      expect(await page.evaluate(() => Array.isArray((self as { __next_f?: unknown[] }).__next_f))).toBe(
        true,
      );
    }
    expect(watched.complaints).toEqual([]);
  });

  it('a figure page, and a move to another page by the site’s own links, raise no complaint', async () => {
    const page = browser.page();
    const watched = await openWatched(page, await firstFigurePath(baseUrl));
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'About the data' })
      .click();
    await page.waitForURL(`${baseUrl}/about`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    watched.stop();
    expect(watched.complaints).toEqual([]);
  });

  it('an inline script added to a page is refused and reported', async () => {
    const page = browser.page();
    await page.goto(`${baseUrl}/about`);
    const outcome = await page.evaluate(
      () =>
        new Promise<{ ran: boolean; violated: string }>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) =>
            resolve({ ran: 'injected' in window, violated: event.effectiveDirective }),
          );
          const script = document.createElement('script');
          script.textContent = 'window.injected = true;';
          document.body.append(script);
          setTimeout(() => resolve({ ran: 'injected' in window, violated: '' }), 2000);
        }),
    );
    expect(outcome).toEqual({ ran: false, violated: 'script-src-elem' });
  });
});

describe('compression, now done by the server in front of Next', () => {
  it('gives the same page, gzipped when asked for, and plain otherwise', async () => {
    const plain = await fetch(`${baseUrl}/about`, { headers: { 'accept-encoding': 'identity' } });
    const gzipped = await fetch(`${baseUrl}/about`, { headers: { 'accept-encoding': 'gzip' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(await gzipped.text()).toBe(await plain.text());
    expect(gzipped.headers.get('content-security-policy')).toBe(plain.headers.get('content-security-policy'));
  });
});
