/**
 * Why the database could not answer, in words for /api/health and the "unavailable" page: never the SQL, the
 * parameters or a stack. Reads the error codes Node, postgres.js and PostgreSQL give.
 */
export function describeDatabaseFailure(error: unknown, limitMs: number): string {
  const code = errorCode(error);
  const seconds = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(limitMs / 1000);
  switch (code) {
    case 'ECONNREFUSED':
      return 'The database server refused the connection: it is not running or not listening.';
    case 'CONNECT_TIMEOUT':
    case 'ETIMEDOUT':
      return `The database server did not accept a connection within ${seconds} s.`;
    case 'ANSWER_TIMEOUT':
    case '57014':
      return `The database did not answer within ${seconds} s: it may be overloaded or locked.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'The database server’s host name could not be found.';
    case '28P01':
    case '28000':
      return 'The database server refused the credentials in DATABASE_URL.';
    case '3D000':
      return 'The database named in DATABASE_URL does not exist.';
    case '53300':
      return 'The database server has no connection to spare just now.';
    case '57P01':
    case '57P03':
    case 'CONNECTION_CLOSED':
    case 'CONNECTION_ENDED':
    case 'CONNECTION_DESTROYED':
      return 'The database server is shutting down, starting up or dropped the connection.';
    default:
      return 'The database could not be reached.';
  }
}

// Drizzle wraps the driver's error ("Failed query: …") and keeps it as the cause.
function errorCode(error: unknown): string {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== 'object') return '';
    if ('code' in current && current.code) return String(current.code);
    current = 'cause' in current ? current.cause : undefined;
  }
  return '';
}

const connectivityCodes = new Set([
  'ECONNREFUSED',
  'CONNECT_TIMEOUT',
  'ETIMEDOUT',
  'ANSWER_TIMEOUT',
  '57014',
  'ENOTFOUND',
  'EAI_AGAIN',
  '28P01',
  '28000',
  '3D000',
  '57P01',
  '57P03',
  '53300',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
]);

/** Whether the error is the database being unreachable, slow or going away, rather than a fault in a query. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return connectivityCodes.has(errorCode(error));
}

/** An error carrying the code `describeDatabaseFailure` reads as "did not answer in time". */
export class AnswerTimeoutError extends Error {
  readonly code = 'ANSWER_TIMEOUT';
}
