import { escapeXml } from './chart-image';

// Room for the heading, legend, caption, source line and link: measured at 158–226 px on every metric at 640 px wide.
export const embedExtraHeight = 230;

export function embedPath(slug: string): string {
  return `/embed/metrics/${slug}`;
}

/** The iframe a publisher pastes to show one metric's chart; `origin` is empty before the browser knows it. */
export function embedSnippet({
  origin,
  slug,
  title,
  chartHeight,
}: {
  origin: string;
  slug: string;
  title: string;
  chartHeight: number;
}): string {
  const src = `${origin}${embedPath(slug)}`;
  const height = Math.round(chartHeight + embedExtraHeight);
  return (
    `<iframe src="${escapeXml(src)}" title="${escapeXml(`${title} — Contested Figures`)}" ` +
    `width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`
  );
}
