import { describe, expect, it } from 'vitest';
import {
  decodeCursor,
  encodeCursor,
  figureQueryString,
  InvalidParameterError,
  parseFigureQuery,
} from '@/lib/figures/figure-filters';

const parse = (query: string, paged = true) => parseFigureQuery(new URLSearchParams(query), { paged });

describe('/figures URL filters', () => {
  it('reads repeated filters and paging', () => {
    const { filters, page } = parse('side=russia&side=ukraine&topic=casualties&after=40&limit=20');
    expect(filters.side).toEqual(['russia', 'ukraine']);
    expect(filters.topic).toEqual(['casualties']);
    expect(page).toEqual({ sort: 'added', after: '40', cursor: { key: '40', id: 40 }, limit: 20 });
  });

  it('defaults to no filters and 50 rows, ignoring empty values', () => {
    const { filters, page } = parse('side=&kind=');
    expect(Object.values(filters).every((values) => values.length === 0)).toBe(true);
    expect(page).toEqual({ sort: 'added', limit: 50, cursor: undefined });
  });

  it.each([
    ['side=martian', 'side'],
    ['kind=rumour', 'kind'],
    ['topic=Not A Slug', 'topic'],
    ['limit=0', 'limit'],
    ['limit=10000', 'limit'],
    ['after=-1', 'after'],
    ['after=abc', 'after'],
    ['sort=value', 'sort'],
    ['q=a&q=b', 'q'],
    ['colour=red', 'colour'],
    [`sort=period&after=${encodeCursor({ key: 'ukrainian drone output', id: 12 })}`, 'after'],
    [`sort=published&after=${encodeCursor({ key: '2025-02-30', id: 12 })}`, 'after'],
    [`after=${encodeCursor({ key: '2025-02-03', id: 12 })}`, 'after'],
    // Past PostgreSQL's integer and date ranges, and NUL, which its text cannot hold.
    ['after=2147483648', 'after'],
    [`after=${encodeCursor({ key: '7', id: 2_147_483_648 })}`, 'after'],
    [`sort=period&after=${encodeCursor({ key: '0000-01-01', id: 1 })}`, 'after'],
    [`sort=metric&after=${encodeCursor({ key: 'drones\u0000', id: 1 })}`, 'after'],
    ['q=drones%00', 'q'],
    ['outlet=%00', 'outlet'],
  ])('rejects %s naming the parameter', (query, parameter) => {
    const error = (() => {
      try {
        parse(query);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect((error as InvalidParameterError).parameter).toBe(parameter);
    expect((error as InvalidParameterError).message).toContain(`"${parameter}"`);
  });

  it('round-trips keyset cursors, and rejects forged ones', () => {
    const cursor = { key: 'ukrainian drone output', id: 12 };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(() => decodeCursor(Buffer.from('["x"]').toString('base64url'))).toThrow('is not a cursor');
  });

  it("accepts a cursor whose key fits the sort: a date, or '-infinity' for undated figures", () => {
    for (const key of ['2025-02-28', '-infinity']) {
      expect(parse(`sort=period&after=${encodeCursor({ key, id: 3 })}`).page.cursor).toEqual({ key, id: 3 });
    }
  });

  it('does not accept paging on downloads, which always hold the whole view', () => {
    expect(() => parse('limit=10', false)).toThrow(InvalidParameterError);
    // And does not offer it: the message lists only what the download accepts.
    expect(() => parse('limit=10', false)).toThrow(
      /use topic, metric, claimant, source, side, kind, outlet, q$/,
    );
    expect(() => parse('colour=red', true)).toThrow(/, q, sort, after, limit$/);
  });

  it('writes filters back to a stable, shareable query string', () => {
    const { filters } = parse('topic=casualties&side=russia&side=nato');
    expect(figureQueryString(filters, { after: '7' })).toBe(
      '?topic=casualties&side=russia&side=nato&after=7',
    );
    expect(figureQueryString(filters, { sort: 'period' })).toBe(
      '?topic=casualties&side=russia&side=nato&sort=period',
    );
    expect(figureQueryString(parse('').filters)).toBe('');
  });
});
