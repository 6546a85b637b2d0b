import { describe, expect, it } from 'vitest';
import { isLocalRequest } from '@/lib/editing/local-request';

describe('forms the review screen takes', () => {
  it('come from the screen itself on this machine', () => {
    expect(isLocalRequest('127.0.0.1:3000', 'http://127.0.0.1:3000')).toBe(true);
    expect(isLocalRequest('localhost:3000', null)).toBe(true);
    expect(isLocalRequest('[::1]:3000', 'http://[::1]:3000')).toBe(true);
  });

  it('not from another site, nor through a name pointed at this machine', () => {
    expect(isLocalRequest('127.0.0.1:3000', 'https://elsewhere.example')).toBe(false);
    expect(isLocalRequest('127.0.0.1:3000', 'http://127.0.0.1:4000')).toBe(false);
    expect(isLocalRequest('rebound.example:3000', 'http://rebound.example:3000')).toBe(false);
    expect(isLocalRequest(null, null)).toBe(false);
    expect(isLocalRequest('127.0.0.1:3000', 'null')).toBe(false);
  });
});
