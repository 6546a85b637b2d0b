// @ts-check

/** Text made safe to put in HTML, attribute values included. @param {string} text */
export function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * The body of an error the production server writes itself: JSON for a JSON address or a client that asks for
 * JSON, plain text for a CSV address, a short HTML page otherwise.
 * @param {string} title
 * @param {string} message
 * @param {string | undefined} target the request target, whose path says whether a download was asked for
 * @param {string | undefined} accept
 * @returns {{ contentType: string, body: string }}
 */
export function errorBody(title, message, target, accept) {
  const path = (target ?? '').split('?')[0] ?? '';
  if (path.endsWith('.json') || (accept ?? '').includes('application/json')) {
    return { contentType: 'application/json; charset=utf-8', body: JSON.stringify({ error: message }) };
  }
  if (path.endsWith('.csv')) return { contentType: 'text/plain; charset=utf-8', body: `${message}\n` };
  return {
    contentType: 'text/html; charset=utf-8',
    body:
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} · Contested Figures</title>` +
      `<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>` +
      `<main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>` +
      `<p><a href="/">Go to the home page</a>.</p></main></body></html>`,
  };
}
