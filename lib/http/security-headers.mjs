// @ts-check
/**
 * The security headers every response carries (scripts/serve.mjs sets them before Next answers). Only /embed/ may be
 * framed, by any site: it is made to be put in other pages. Pure: given the path and whether the site is served
 * over https.
 */

// Next's hydration data arrives as inline scripts that differ on every page, so scripts are held to this origin
// and inline code rather than to hashes.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const permissionsPolicy = [
  'accelerometer',
  'camera',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'payment',
  'usb',
  'browsing-topics',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/**
 * @param {string} pathname
 * @param {{ https: boolean }} site
 * @returns {Record<string, string>}
 */
export function securityHeaders(pathname, { https }) {
  const frameable = pathname.startsWith('/embed/');
  /** @type {Record<string, string>} */
  const headers = {
    'content-security-policy': `${contentSecurityPolicy}; frame-ancestors ${frameable ? '*' : "'none'"}`,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': permissionsPolicy,
  };
  if (!frameable) headers['x-frame-options'] = 'DENY';
  if (https) headers['strict-transport-security'] = 'max-age=31536000';
  return headers;
}
