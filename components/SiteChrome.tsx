import Link from 'next/link';

/** The site's header, navigation and footer; embeds (app/embed) have none of them. */
export function SiteChrome({ children }: { children: React.ReactNode }) {
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
            <Link href="/figures">All figures</Link>
            <Link href="/metrics">Metrics</Link>
            <Link href="/sources">Sources</Link>
            <Link href="/claimants">Claimants</Link>
            <Link href="/about">About the data</Link>
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
          ; quotes remain their publishers’. <Link href="/about">How the data is made</Link>.
        </div>
      </footer>
    </>
  );
}
