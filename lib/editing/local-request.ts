const loopbackNames = new Set(['localhost', '127.0.0.1', '[::1]']);

function hostname(host: string): string | null {
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return null;
  }
}

/**
 * Whether a form sent to the review screen comes from the review screen itself, on this machine: the Host is a
 * loopback name (a page elsewhere that points its own domain at 127.0.0.1 still sends that domain) and the Origin,
 * when the browser sends one, is that same host.
 */
export function isLocalRequest(host: string | null, origin: string | null): boolean {
  if (host === null) return false;
  const name = hostname(host);
  if (name === null || !loopbackNames.has(name)) return false;
  if (origin === null) return true;
  try {
    return new URL(origin).host === new URL(`http://${host}`).host;
  } catch {
    return false;
  }
}
