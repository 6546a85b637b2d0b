import { describe, expect, it } from 'vitest';
import {
  AnswerTimeoutError,
  describeDatabaseFailure,
  isDatabaseUnavailable,
} from '@/lib/health/describe-database-failure';

const failure = (code: string) =>
  Object.assign(new Error('insert into figures values ($1, $2, …)'), { code });

describe('why the database did not answer, in words', () => {
  it.each([
    ['ECONNREFUSED', 'refused the connection'],
    ['CONNECT_TIMEOUT', 'did not accept a connection within 1 s'],
    ['57014', 'did not answer within 1 s'],
    ['3D000', 'does not exist'],
    ['28P01', 'refused the credentials'],
    ['57P01', 'dropped the connection'],
  ])('%s', (code, words) => {
    expect(describeDatabaseFailure(failure(code), 1000)).toContain(words);
  });

  it("reads the driver's error inside Drizzle's", () => {
    const wrapped = new Error('Failed query: select "id" from "data_versions"', { cause: failure('57014') });
    expect(describeDatabaseFailure(wrapped, 1000)).toContain('did not answer within 1 s');
  });

  it('says how long it waited', () => {
    expect(describeDatabaseFailure(new AnswerTimeoutError(), 2500)).toContain('within 2.5 s');
  });

  it('never repeats the SQL or the error message', () => {
    for (const error of [failure('42P01'), new Error('select * from figures'), 'boom', undefined]) {
      const words = describeDatabaseFailure(error, 1000);
      expect(words).toBe('The database could not be reached.');
    }
    expect(describeDatabaseFailure(failure('ECONNREFUSED'), 1000)).not.toContain('insert');
  });
});

describe('which failures mean the database is unavailable', () => {
  it('counts refusals, timeouts and dropped connections, not faults in a query', () => {
    expect(isDatabaseUnavailable(new Error('Failed query', { cause: failure('57014') }))).toBe(true);
    expect(isDatabaseUnavailable(failure('ECONNREFUSED'))).toBe(true);
    expect(isDatabaseUnavailable(new AnswerTimeoutError())).toBe(true);
    expect(isDatabaseUnavailable(failure('42P01'))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
  });
});
