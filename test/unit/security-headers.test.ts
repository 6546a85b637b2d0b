import { describe, expect, it } from 'vitest';
import { securityHeaders } from '@/lib/http/security-headers.mjs';

describe('security headers', () => {
  it('forbid framing everywhere but the embeds, which any site may frame', () => {
    const page = securityHeaders('/metrics/russian-military-casualties', { https: false });
    expect(page['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page['x-frame-options']).toBe('DENY');
    const embed = securityHeaders('/embed/metrics/russian-military-casualties', { https: false });
    expect(embed['content-security-policy']).toContain('frame-ancestors *');
    expect(embed['x-frame-options']).toBeUndefined();
  });

  it('always say nosniff, a referrer policy and a permissions policy; HSTS only over https', () => {
    const plain = securityHeaders('/', { https: false });
    expect(plain).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
    });
    expect(plain['permissions-policy']).toContain('camera=()');
    expect(plain['strict-transport-security']).toBeUndefined();
    expect(securityHeaders('/', { https: true })['strict-transport-security']).toMatch(/max-age=\d+/);
  });

  it("keep objects out and forms and the base address to the site's own origin", () => {
    const policy = securityHeaders('/figures', { https: false })['content-security-policy'];
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("form-action 'self'");
    expect(policy).toContain("base-uri 'self'");
  });
});
