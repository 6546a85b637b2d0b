import { describe, expect, it } from 'vitest';
import { describeReleaseChanges } from '@/lib/releases/describe-release';

describe('describeReleaseChanges', () => {
  it('names what the release did, in one sentence', () => {
    expect(describeReleaseChanges({ added: 90, corrected: 0, retracted: 0 })).toBe('Added 90 figures.');
    expect(describeReleaseChanges({ added: 1, corrected: 2, retracted: 1 })).toBe(
      'Added 1 figure, corrected 2 figures and retracted 1 figure.',
    );
    expect(describeReleaseChanges({ added: 0, corrected: 1, retracted: 0 })).toBe('Corrected 1 figure.');
    expect(describeReleaseChanges({ added: 1_000_000, corrected: 0, retracted: 3 })).toBe(
      'Added 1,000,000 figures and retracted 3 figures.',
    );
  });

  it('says so when a release changed no figure', () => {
    expect(describeReleaseChanges({ added: 0, corrected: 0, retracted: 0 })).toBe(
      'No figure was added, corrected or retracted.',
    );
  });
});
