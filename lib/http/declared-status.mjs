// @ts-check
/**
 * The status a page asks for when Next cannot give it one. Next's pages answer 200 or 404; a retracted figure's
 * permalink must answer 410 Gone, so the page declares it in a meta tag and scripts/serve.mjs, which reads every
 * HTML page whole anyway, sends it. Only 410 may be declared. Pure: given the HTML text.
 */

/** The meta tag's name, as pages write it (through Next's metadata `other`). */
export const declaredStatusName = 'contested-figures-status';

const declaredStatus = new RegExp(`<meta name="${declaredStatusName}" content="(\\d{3})"`);

/**
 * @param {string} html
 * @returns {410 | undefined}
 */
export function statusDeclaredIn(html) {
  return declaredStatus.exec(html)?.[1] === '410' ? 410 : undefined;
}
