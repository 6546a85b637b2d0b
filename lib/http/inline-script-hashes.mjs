// @ts-check
/**
 * The CSP hash sources ('sha256-…') of every inline script in an HTML document, so the policy can allow exactly the
 * scripts the server wrote and no other inline code. Pure: given the HTML text.
 */
import { createHash } from 'node:crypto';

// Script bodies cannot contain "</script": Next and React escape "<" in the data they inline.
const scriptElement = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const sourceAttribute = /(?:^|\s)src\s*=/i;

/**
 * @param {string} html
 * @returns {string[]} distinct hash sources, in order of first appearance, quoted as CSP wants them
 */
export function inlineScriptHashes(html) {
  /** @type {Set<string>} */
  const hashes = new Set();
  for (const [, attributes = '', body = ''] of html.matchAll(scriptElement)) {
    if (sourceAttribute.test(attributes) || body === '') continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}
