import Link from 'next/link';
import { siteNavLinks } from '@/lib/site/site-nav';

/** The site's header, navigation and footer; embeds (app/embed) have none of them. */
export function SiteChrome({
  children,
  data,
}: {
  children: React.ReactNode;
  /** The dataset's version and the day it was released, as the footer states them. */
  data?: { version: string; updated: string };
}) {
  return (
    <>
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link href="/" className="site-title">
            Contested Figures
          </Link>
          <nav className="site-nav" aria-label="Main">
            {siteNavLinks.map((link) => (
              <Link key={link.href} href={link.href}>
                {link.label}
              </Link>
            ))}
          </nav>
        </div>
      </header>
      <main id="content">{children}</main>
      <footer className="site-footer">
        <div className="site-footer-inner">
          Every figure links to the exact sentence it was taken from. Download everything:{' '}
          <a href="/figures.csv">CSV</a> · <a href="/figures.json">JSON</a> ·{' '}
          <a href="/datapackage.json">data package</a>. The compilation is licensed{' '}
          <a href="https://creativecommons.org/licenses/by/4.0/" rel="license">
            CC BY 4.0
          </a>
          ; quotes remain their publishers’. <Link href="/about">How the data is made</Link>.{' '}
          {data && (
            <span className="data-version">
              Data version {data.version}, last updated {data.updated} (
              <Link href="/changes">what changed</Link>).
            </span>
          )}
        </div>
      </footer>
    </>
  );
}
