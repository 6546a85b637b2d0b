// Rendered on first request, then served from the page cache until a load changes the data (per data version);
// after five minutes a request re-renders in the background, and a CDN may keep a copy that long.
export const revalidate = 300;

/** Embeds render inside other sites' iframes: no site header, navigation or footer. */
export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return children;
}
