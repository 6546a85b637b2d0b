/**
 * Why the database could not answer, in words for /api/health and the "unavailable" page: never the SQL, the
 * parameters or a stack. Reads the error codes Node, postgres.js and PostgreSQL give.
 */
type Reason = (seconds: string) => string;

const refused: Reason = () =>
  'The database server refused the connection: it is not running or not listening.';
const noConnection: Reason = (seconds) =>
  `The database server did not accept a connection within ${seconds} s.`;
const noAnswer: Reason = (seconds) =>
  `The database did not answer within ${seconds} s: it may be overloaded or locked.`;
const unknownHost: Reason = () => 'The database server’s host name could not be found.';
const badCredentials: Reason = () => 'The database server refused the credentials in DATABASE_URL.';
const dropped: Reason = () => 'The database server is shutting down, starting up or dropped the connection.';

/** Every code that means the database is unreachable, slow or going away, with what a reader is told. */
const reasons: Record<string, Reason> = {
  ECONNREFUSED: refused,
  CONNECT_TIMEOUT: noConnection,
  ETIMEDOUT: noConnection,
  ANSWER_TIMEOUT: noAnswer,
  '57014': noAnswer,
  ENOTFOUND: unknownHost,
  EAI_AGAIN: unknownHost,
  '28P01': badCredentials,
  '28000': badCredentials,
  '3D000': () => 'The database named in DATABASE_URL does not exist.',
  '53300': () => 'The database server has no connection to spare just now.',
  '57P01': dropped,
  '57P03': dropped,
  CONNECTION_CLOSED: dropped,
  CONNECTION_ENDED: dropped,
  CONNECTION_DESTROYED: dropped,
};

// The server ended the connection under the query (a restart, pg_terminate_backend): a read may simply be run again.
const deadConnectionCodes = new Set([
  '57P01',
  'CONNECTION_CLOSED',
  'CONNECTION_DESTROYED',
  'ECONNRESET',
  'EPIPE',
]);

// Drizzle wraps the driver's error ("Failed query: …") and keeps it as the cause.
function errorCode(error: unknown): string {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== 'object') return '';
    if ('code' in current && current.code) return String(current.code);
    current = 'cause' in current ? current.cause : undefined;
  }
  return '';
}

/**
 * Why the database could not answer, in words for /api/health and the "unavailable" page: never the SQL, the
 * parameters or a stack. Reads the error codes Node, postgres.js and PostgreSQL give.
 */
export function describeDatabaseFailure(error: unknown, limitMs: number): string {
  const reason = reasons[errorCode(error)];
  const seconds = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(limitMs / 1000);
  return reason ? reason(seconds) : 'The database could not be reached.';
}

/** Whether the error is the database being unreachable, slow or going away, rather than a fault in a query. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return errorCode(error) in reasons;
}

/** Whether the query failed because its connection died under it, so that it never ran to the end. */
export function isDeadConnection(error: unknown): boolean {
  return deadConnectionCodes.has(errorCode(error));
}

/** An error carrying the code `describeDatabaseFailure` reads as "did not answer in time". */
export class AnswerTimeoutError extends Error {
  readonly code = 'ANSWER_TIMEOUT';
}
