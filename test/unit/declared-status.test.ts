import { describe, expect, it } from 'vitest';
import { declaredStatusName, statusDeclaredIn } from '@/lib/http/declared-status.mjs';

describe('a status a page declares', () => {
  it('is 410 when the page says so, and nothing otherwise', () => {
    expect(statusDeclaredIn(`<head><meta name="${declaredStatusName}" content="410"/></head>`)).toBe(410);
    expect(statusDeclaredIn('<head><title>A figure</title></head>')).toBeUndefined();
  });

  it('may not be anything but 410', () => {
    expect(statusDeclaredIn(`<meta name="${declaredStatusName}" content="500"/>`)).toBeUndefined();
    expect(statusDeclaredIn(`<meta name="${declaredStatusName}" content="200"/>`)).toBeUndefined();
  });
});
