import { SiteChrome } from '@/components/SiteChrome';

// Rendered on first request, then served from the page cache until a load changes the data (per data version);
// after five minutes a request re-renders in the background, and a CDN may keep a copy that long.
export const revalidate = 300;

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
