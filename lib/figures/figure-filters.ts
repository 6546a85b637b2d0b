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
});

export const figurePageSchema = z.strictObject({
  after: z.coerce.number().int().nonnegative().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

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

function firstIssue(error: z.ZodError): InvalidParameterError {
  const issue = error.issues[0];
  const parameter = String(issue?.path[0] ?? 'query');
  if (issue?.code === 'unrecognized_keys') {
    const keys = issue.keys.join('", "');
    return new InvalidParameterError(
      keys,
      `unknown parameter; use ${[...filterKeys, ...pageKeys].join(', ')}`,
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
    if (paged && (pageKeys as string[]).includes(key)) {
      if (values.length > 1) throw new InvalidParameterError(key, 'may be given once');
      pageInput[key] = values[0] as string;
    } else filterInput[key] = values;
  }
  const filters = figureFiltersSchema.safeParse(filterInput);
  if (!filters.success) throw firstIssue(filters.error);
  const page = figurePageSchema.safeParse(pageInput);
  if (!page.success) throw firstIssue(page.error);
  return { filters: filters.data, page: page.data };
}

/** The URL search string for a set of filters (plus paging), in a stable order so views can be shared. */
export function figureQueryString(filters: Partial<FigureFilters>, page: Partial<FigurePage> = {}): string {
  const params = new URLSearchParams();
  for (const key of filterKeys) for (const value of filters[key] ?? []) params.append(key, value);
  if (page.after !== undefined) params.set('after', String(page.after));
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
