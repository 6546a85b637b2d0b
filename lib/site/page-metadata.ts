/**
 * What every page says of itself to search engines and to apps that show a shared link: its title and
 * description, also as Open Graph and Twitter card tags (Next does not copy them there), and its canonical
 * address, relative to the layout's `metadataBase` (the configured SITE_URL). Pure.
 * The image is the site's card (app/opengraph-image.tsx), unless the page has a card of its own (`ownCard`: an
 * opengraph-image file beside it, which Next uses only when the page names no image).
 */
const siteCard = {
  url: '/opengraph-image',
  width: 1200,
  height: 630,
  alt: 'Contested Figures: numbers about the Russia–Ukraine war, side by side, each traced to its sentence',
};

export function pageMetadata({
  title,
  description,
  path,
  ownCard = false,
}: {
  /** A page's own title (the layout adds the site's name), or `{ absolute }` for one that stands alone. */
  title: string | { absolute: string };
  description?: string;
  path: string;
  ownCard?: boolean;
}) {
  const images = ownCard ? {} : { images: [siteCard] };
  const shared = typeof title === 'string' ? title : title.absolute;
  return {
    title,
    ...(description ? { description } : {}),
    alternates: { canonical: path },
    openGraph: {
      title: shared,
      ...(description ? { description } : {}),
      url: path,
      siteName: 'Contested Figures',
      type: 'website' as const,
      ...images,
    },
    twitter: {
      card: 'summary_large_image' as const,
      title: shared,
      ...(description ? { description } : {}),
      ...images,
    },
  };
}
