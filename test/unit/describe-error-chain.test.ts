import { describe, expect, it } from 'vitest';
import { describeErrorChain } from '@/lib/health/describe-error-chain';

describe('an error for the terminal', () => {
  it("keeps a failed query's message short and shows the database's reason beneath it", () => {
    const parameters = Array.from({ length: 5_000 }, (_, index) => `value ${index}`).join(', ');
    const reason = Object.assign(
      new Error('duplicate key value violates unique constraint "figures_public_id"'),
      {
        code: '23505',
      },
    );
    const failed = new Error(`Failed query: insert into figures values (…)\nparams: ${parameters}`, {
      cause: reason,
    });
    const text = describeErrorChain(failed);
    expect(text.length).toBeLessThan(400);
    expect(text).toBe(
      'Failed query: insert into figures values (…)\n' +
        'Caused by: duplicate key value violates unique constraint "figures_public_id" (23505)',
    );
  });

  it('cuts a very long first line and copes with causes that are not errors', () => {
    const text = describeErrorChain(new Error('x'.repeat(1_000), { cause: 'refused' }));
    expect(text.split('\n')[0]).toHaveLength(241);
    expect(text.split('\n')[1]).toBe('refused');
  });
});
