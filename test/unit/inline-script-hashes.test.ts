import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from '@/lib/http/inline-script-hashes.mjs';
import { contentSecurityPolicy } from '@/lib/http/security-headers.mjs';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('inline script hashes', () => {
  it('hash each inline script body once, as the browser reads it, and skip scripts loaded by address', () => {
    const html =
      '<html><head><script src="/_next/static/a.js" async=""></script>' +
      '<script>self.__next_f=[]</script></head><body><p>“430 790” — <b>x</b></p>' +
      '<script id="_R_">self.__next_f.push([1,"\\u003cp\\u003e"])</script>' +
      '<SCRIPT>self.__next_f=[]</SCRIPT><script></script></body></html>';
    expect(inlineScriptHashes(html)).toEqual([
      sha256('self.__next_f=[]'),
      sha256('self.__next_f.push([1,"\\u003cp\\u003e"])'),
    ]);
  });

  it('hash non-ASCII text as UTF-8, since that is how a page is sent', () => {
    expect(inlineScriptHashes('<script>document.title="Київ\u00a0—"</script>')).toEqual([
      sha256('document.title="Київ\u00a0—"'),
    ]);
  });

  it('find none in a page without inline scripts', () => {
    expect(inlineScriptHashes('<p>no scripts</p><script src="/x.js"></script>')).toEqual([]);
  });
});

describe('content security policy', () => {
  it('allow scripts from the site and the listed hashes only, never any inline code', () => {
    const policy = contentSecurityPolicy('/about', ["'sha256-abc='", "'sha256-def='"]);
    expect(policy).toContain("script-src 'self' 'sha256-abc=' 'sha256-def=';");
    expect(policy.split('; ').find((directive) => directive.startsWith('script-src'))).not.toContain(
      'unsafe',
    );
    expect(contentSecurityPolicy('/figures.csv')).toContain("script-src 'self';");
  });
});
