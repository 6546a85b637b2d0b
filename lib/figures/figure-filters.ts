import { z } from 'zod';
import { figureKind, side } from '@/db/schema';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a slug such as "casualties"');

// Every filter may repeat (?side=ukraine&side=russia): a figure matches when it has any of the values given.
export const figureFiltersSchema = z.strictObject({
  topic: z.array(slug).default([]),
  metric: z.array(slug).default([]),
  claimant: z.array(slug).default([]),
  source: z.array(slug).default([]),
  side: z.array(z.enum(side.enumValues)).default([]),
  kind: z.array(z.enum(figureKind.enumValues)).default([]),
  outlet: z.array(z.string().trim().min(1).max(200)).default([]),
  /** Full-text search over quotes (Postgres websearch syntax: words, "a phrase", -not). */
  q: z.array(z.string().trim().min(1).max(200)).max(1, 'may be given once').default([]),
});

export const figureSorts = ['added', 'period', 'published', 'metric'] as const;
export type FigureSort = (typeof figureSorts)[number];
/** The order /figures uses when `sort` is not given, so links leave it out. */
export const defaultFigureSort: FigureSort = 'added';

export const figurePageSchema = z.strictObject({
  sort: z.enum(figureSorts).default(defaultFigureSort),
  /** The keyset cursor from a "Next page" link: the last row's sort key and id. */
  after: z.string().max(400).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export interface FigureCursor {
  key: string;
  id: number;
}

export function encodeCursor(cursor: FigureCursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString('base64url');
}

// Ids are PostgreSQL integers: a larger number cannot be a row and would fail the cast.
const largestId = 2_147_483_647;

function isRowId(key: string): boolean {
  return /^\d{1,10}$/.test(key) && Number(key) <= largestId;
}

const cursorShape = z.tuple([z.string(), z.number().int().nonnegative().max(largestId)]);

/** Reads an `after` cursor; an id alone (from the default order) is accepted too. */
export function decodeCursor(after: string): FigureCursor {
  if (/^\d+$/.test(after)) {
    if (!isRowId(after)) throw new InvalidParameterError('after', 'is not a cursor from a "Next page" link');
    return { key: after, id: Number(after) };
  }
  try {
    const [key, id] = cursorShape.parse(JSON.parse(Buffer.from(after, 'base64url').toString('utf8')));
    return { key, id };
  } catch {
    throw new InvalidParameterError('after', 'is not a cursor from a "Next page" link');
  }
}

// PostgreSQL dates have no year 0.
function isCalendarDate(key: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(key) &&
    key >= '0001-01-01' &&
    new Date(`${key}T00:00:00Z`).toISOString().startsWith(key)
  );
}

// The database casts a cursor's key back to the sort's type; a key it could not cast is a bad link, not a 500.
const cursorKeyChecks: Record<FigureSort, (key: string) => boolean> = {
  added: isRowId,
  period: (key) => key === '-infinity' || isCalendarDate(key),
  published: (key) => key === '-infinity' || isCalendarDate(key),
  metric: (key) => !key.includes('\0'),
};

export type FigureFilters = z.infer<typeof figureFiltersSchema>;
export type FigurePage = z.infer<typeof figurePageSchema>;

const filterKeys = Object.keys(figureFiltersSchema.shape) as (keyof FigureFilters)[];
const pageKeys = Object.keys(figurePageSchema.shape) as (keyof FigurePage)[];

export class InvalidParameterError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(`Invalid parameter "${parameter}": ${message}`);
    this.name = 'InvalidParameterError';
  }
}

function firstIssue(error: z.ZodError, { paged }: { paged: boolean }): InvalidParameterError {
  const issue = error.issues[0];
  const parameter = String(issue?.path[0] ?? 'query');
  if (issue?.code === 'unrecognized_keys') {
    const keys = issue.keys.join('", "');
    return new InvalidParameterError(
      keys,
      `unknown parameter; use ${[...filterKeys, ...(paged ? pageKeys : [])].join(', ')}`,
    );
  }
  return new InvalidParameterError(parameter, issue?.message ?? 'is invalid');
}

/** Reads /figures filters and paging from URL search params; throws InvalidParameterError naming the parameter. */
export function parseFigureQuery(params: URLSearchParams, { paged }: { paged: boolean }) {
  const filterInput: Record<string, string[]> = {};
  const pageInput: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key).filter((value) => value !== '');
    if (values.length === 0) continue;
    // PostgreSQL text cannot hold a NUL; said here rather than failing in the database.
    if (values.some((value) => value.includes('\0'))) {
      throw new InvalidParameterError(key, 'must not contain a NUL character (%00)');
    }
    if (paged && (pageKeys as string[]).includes(key)) {
      if (values.length > 1) throw new InvalidParameterError(key, 'may be given once');
      pageInput[key] = values[0] as string;
    } else filterInput[key] = values;
  }
  const filters = figureFiltersSchema.safeParse(filterInput);
  if (!filters.success) throw firstIssue(filters.error, { paged });
  const page = figurePageSchema.safeParse(pageInput);
  if (!page.success) throw firstIssue(page.error, { paged });
  const cursor = page.data.after === undefined ? undefined : decodeCursor(page.data.after);
  if (cursor && !cursorKeyChecks[page.data.sort](cursor.key)) {
    throw new InvalidParameterError('after', `is not a cursor for sort=${page.data.sort}`);
  }
  return { filters: filters.data, page: { ...page.data, cursor } };
}

/** The URL search string for a set of filters (plus paging), in a stable order so views can be shared. */
export function figureQueryString(filters: Partial<FigureFilters>, page: Partial<FigurePage> = {}): string {
  const params = new URLSearchParams();
  for (const key of filterKeys) for (const value of filters[key] ?? []) params.append(key, value);
  if (page.sort !== undefined && page.sort !== defaultFigureSort) params.set('sort', page.sort);
  if (page.after !== undefined) params.set('after', page.after);
  if (page.limit !== undefined && page.limit !== 50) params.set('limit', String(page.limit));
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function hasFilters(filters: FigureFilters): boolean {
  return filterKeys.some((key) => filters[key].length > 0);
}

export function figureFilters(selected: Partial<FigureFilters> = {}): FigureFilters {
  return { ...figureFiltersSchema.parse({}), ...selected };
}

/** The filters in one canonical form (each key's values sorted, once each): two URLs for the same view agree. */
export function normaliseFigureFilters(filters: FigureFilters): FigureFilters {
  return Object.fromEntries(
    filterKeys.map((key) => [key, [...new Set(filters[key])].sort()]),
  ) as FigureFilters;
}
