import type { Source } from '@/db/schema';
import { formatPublished } from '@/lib/format/format-date';

type Nameable = Pick<Source, 'title' | 'outlet' | 'kind' | 'publishedOn' | 'publishedPrecision'>;

const untitledKind: Record<Source['kind'], string> = {
  news_report: 'news report',
  opinion: 'opinion piece',
  interview: 'interview',
  analysis: 'analysis',
};

/**
 * What a reader calls an article: its title, or for an untitled one what it is, where and when
 * ("Untitled opinion piece, Bloomberg, Nov 2024"), never a made-up title.
 */
export function sourceTitle(source: Nameable): string {
  if (source.title) return source.title;
  const published = formatPublished(source.publishedOn, source.publishedPrecision);
  return `Untitled ${untitledKind[source.kind]}, ${source.outlet ?? 'outlet unknown'}, ${published}`;
}

/**
 * Where a figure appeared, in the fewest words: the outlet, or when the outlet is unknown the article's
 * title in quotes, so a reader can still tell one source from another.
 */
export function sourceCredit(source: Pick<Source, 'title' | 'outlet' | 'kind'>): string {
  if (source.outlet) return source.outlet;
  if (source.title) return `“${source.title}” (outlet unknown)`;
  return `an untitled ${untitledKind[source.kind]} (outlet unknown)`;
}
