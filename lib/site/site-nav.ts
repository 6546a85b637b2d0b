/** The site's main navigation, shared by the page header and the 400 page the proxy writes. */
export const siteNavLinks = [
  { href: '/figures', label: 'All figures' },
  { href: '/metrics', label: 'Metrics' },
  { href: '/sources', label: 'Sources' },
  { href: '/claimants', label: 'Who says so' },
  { href: '/about', label: 'About the data' },
] as const;
