import { decodeFiguresViewSegment } from '@/lib/figures/figures-view-path';
import FiguresPage from '../../page';

export { metadata } from '../../page';

type Props = { params: Promise<{ query: string }> };

// None at build time: proxy.ts rewrites each /figures?… address here, so every view is cached per data version.
export function generateStaticParams() {
  return [];
}

/** /figures with its query string carried in the path, where the page cache can keep it (see proxy.ts). */
export default async function CachedFiguresPage({ params }: Props) {
  const raw: Record<string, string[]> = {};
  for (const [key, value] of decodeFiguresViewSegment((await params).query)) (raw[key] ??= []).push(value);
  return <FiguresPage searchParams={Promise.resolve(raw)} />;
}
