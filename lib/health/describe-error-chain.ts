// A failed query's message carries its SQL and every parameter (62 kB for a seed's insert): keep the start only.
const longestLine = 240;

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? '';
  return line.length > longestLine ? `${line.slice(0, longestLine)}…` : line;
}

/**
 * An error for a log or a terminal: its own message cut to one short line, then each underlying cause's, so the
 * reason (the database's "duplicate key value…", "connection refused") is never hidden behind the query.
 */
export function describeErrorChain(error: unknown): string {
  const lines: string[] = [];
  for (let current = error, depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
    if (!(current instanceof Error)) {
      lines.push(firstLine(String(current)));
      break;
    }
    const code = (current as { code?: unknown }).code;
    lines.push(
      `${depth ? 'Caused by: ' : ''}${firstLine(current.message)}${code ? ` (${String(code)})` : ''}`,
    );
    current = current.cause;
  }
  return lines.join('\n');
}
