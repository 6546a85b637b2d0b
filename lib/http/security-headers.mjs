// @ts-check
/**
 * The security headers every response carries (scripts/serve.mjs sets them before Next answers). Only /embed/ may be
 * framed, by any site: it is made to be put in other pages. Pure: given the path and whether the site is served
 * over https.
 */

// Scripts come from this origin, or are inline scripts whose hashes the server lists for that one document
// (scripts/serve.mjs hashes each HTML page it sends). Styles may be inline: React writes style attributes.
const policyAfterScripts = [
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

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

/** Only /embed/ may be framed, by any site. */
function isFrameable(/** @type {string} */ pathname) {
  return pathname.startsWith('/embed/');
}

/**
 * The Content-Security-Policy for a response at `pathname` whose inline scripts have these hash sources (none for
 * anything but an HTML page).
 * @param {string} pathname
 * @param {readonly string[]} [scriptHashes]
 */
export function contentSecurityPolicy(pathname, scriptHashes = []) {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(' '),
    ...policyAfterScripts,
    `frame-ancestors ${isFrameable(pathname) ? '*' : "'none'"}`,
  ].join('; ');
}

/**
 * @param {string} pathname
 * @param {{ https: boolean }} site
 * @returns {Record<string, string>}
 */
export function securityHeaders(pathname, { https }) {
  const frameable = isFrameable(pathname);
  /** @type {Record<string, string>} */
  const headers = {
    'content-security-policy': contentSecurityPolicy(pathname),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': permissionsPolicy,
  };
  if (!frameable) headers['x-frame-options'] = 'DENY';
  if (https) headers['strict-transport-security'] = 'max-age=31536000';
  return headers;
}
