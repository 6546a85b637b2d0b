import type { Metadata } from 'next';
import { readSiteOrigin } from '@/lib/env';
import './globals.css';
import './phones.css';

// A function, not a constant, so the configured SITE_URL is read when pages render, not when the site is built.
export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(readSiteOrigin()),
    title: { default: 'Contested Figures', template: '%s · Contested Figures' },
    description:
      'Numbers about the Russia–Ukraine war and its peace talks, side by side, each traced to the sentence it came from.',
  };
}

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
