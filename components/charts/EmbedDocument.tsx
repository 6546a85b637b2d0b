import type { ReactNode } from 'react';
import { embedHeightScript } from '@/lib/charts/embed-snippet';

/**
 * A whole HTML page for other sites' iframes: the site's stylesheet inline, `children` as its content, and one
 * small inline script that reports its height to the host page. No framework script: the chart is drawn already.
 */
export function EmbedDocument({
  title,
  description,
  stylesheet,
  children,
}: {
  title: string;
  description: string;
  stylesheet: string;
  children: ReactNode;
}) {
  return (
    <html lang="en">
      {/* eslint-disable-next-line @next/next/no-head-element -- a whole document from a route handler, not a page */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · Contested Figures`}</title>
        <meta name="description" content={description} />
        <meta name="robots" content="noindex, follow" />
        <style dangerouslySetInnerHTML={{ __html: stylesheet }} />
      </head>
      <body>
        <main className="embed">{children}</main>
        <script dangerouslySetInnerHTML={{ __html: embedHeightScript }} />
      </body>
    </html>
  );
}
