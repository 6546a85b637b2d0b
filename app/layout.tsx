import type { Metadata } from 'next';
import './globals.css';
import './phones.css';

export const metadata: Metadata = {
  title: { default: 'Contested Figures', template: '%s · Contested Figures' },
  description:
    'Numbers about the Russia–Ukraine war and its peace talks, side by side, each traced to the sentence it came from.',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
